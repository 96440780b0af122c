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

        /// <summary>A call of Callee with the operands as its arguments (one or more).</summary>
        Call,

        /// <summary>Math.Pow(A, B).</summary>
        Pow,

        /// <summary>(A &gt; 0.0 ? 1.0 : A &lt; 0.0 ? -1.0 : A * 0.0): reads A three times, so A is always a local or leaf.</summary>
        Sign,

        /// <summary>(A &gt;= 0.0 ? B : C): picks the branch of a stable formula by the sign of A.</summary>
        Select,

        /// <summary>The current sample's value of column Index.</summary>
        Column,

        /// <summary>Fixed value Index.</summary>
        Fixed,

        /// <summary>N, the number of samples.</summary>
        SampleCount,

        /// <summary>Sum over samples number Index, accumulated by the pass over the data.</summary>
        Accumulator,
    }

    /// <summary>
    /// A node of the hash-consed operation DAG that the emitter prints: binary arithmetic in a
    /// fixed evaluation order, so every distinct operation is computed once (CSE) and counted once.
    /// </summary>
    internal sealed class Op
    {
        private static readonly Op[] NoOperands = new Op[0];

        public Op(OpKind kind, Op? a, Op? b, double value, int index, string? callee)
            : this(kind, a == null ? NoOperands : b == null ? new[] { a } : new[] { a, b }, value, index, callee)
        {
        }

        public Op(OpKind kind, Op[] operands, double value, int index, string? callee)
        {
            Kind = kind;
            Operands = operands;
            Value = value;
            Index = index;
            Callee = callee;
            unchecked
            {
                long bits = System.BitConverter.DoubleToInt64Bits(value);
                int h = ((int)kind * 397) ^ (int)bits ^ (int)(bits >> 32) ^ (index * 7919);
                foreach (Op operand in operands)
                {
                    h = (h * 31) + operand.Id;
                }

                h = (h * 31) + (callee == null ? 0 : callee.Length);
                Hash = h;
            }
        }

        public OpKind Kind { get; }

        /// <summary>The operands in evaluation order (A, B, C, then any further call arguments).</summary>
        public Op[] Operands { get; }

        public Op? A => Operands.Length > 0 ? Operands[0] : null;

        public Op? B => Operands.Length > 1 ? Operands[1] : null;

        public Op? C => Operands.Length > 2 ? Operands[2] : null;

        public double Value { get; }

        public int Index { get; }

        public string? Callee { get; }

        /// <summary>Creation order: operands always have smaller ids (a topological order).</summary>
        public int Id { get; set; } = -1;

        public int Hash { get; }
    }
}
