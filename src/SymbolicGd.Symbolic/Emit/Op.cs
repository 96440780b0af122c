namespace SymbolicGd.Symbolic
{
    /// <summary>The machine-level operations of an emitted program.</summary>
    internal enum OpKind
    {
        Constant,
        Parameter,
        Negate,
        Add,
        Subtract,
        Multiply,
        Divide,

        /// <summary>A one-argument call (Callee names the method).</summary>
        Call,

        /// <summary>Math.Pow(A, B).</summary>
        Pow,

        /// <summary>(A &gt; 0.0 ? 1.0 : A &lt; 0.0 ? -1.0 : A * 0.0): reads A three times, so A is always a local or leaf.</summary>
        Sign,
    }

    /// <summary>
    /// A node of the hash-consed operation DAG that the emitter prints: binary arithmetic in a
    /// fixed evaluation order, so every distinct operation is computed once (CSE) and counted once.
    /// </summary>
    internal sealed class Op
    {
        public Op(OpKind kind, Op? a, Op? b, double value, int index, string? callee)
        {
            Kind = kind;
            A = a;
            B = b;
            Value = value;
            Index = index;
            Callee = callee;
            unchecked
            {
                long bits = System.BitConverter.DoubleToInt64Bits(value);
                int h = ((int)kind * 397) ^ (int)bits ^ (int)(bits >> 32) ^ (index * 7919);
                h = (h * 31) + (a?.Id ?? -1);
                h = (h * 31) + (b?.Id ?? -1);
                h = (h * 31) + (callee == null ? 0 : callee.Length);
                Hash = h;
            }
        }

        public OpKind Kind { get; }

        public Op? A { get; }

        public Op? B { get; }

        public double Value { get; }

        public int Index { get; }

        public string? Callee { get; }

        /// <summary>Creation order: operands always have smaller ids (a topological order).</summary>
        public int Id { get; set; } = -1;

        public int Hash { get; }
    }
}
