using System;
using System.Collections.Generic;
using System.Text;

namespace SymbolicGd.Symbolic
{
    /// <summary>
    /// Prints operations as C# expressions, inlining every operation that has no name, with the
    /// fewest parentheses. Scalar code uses <c>double</c> and <c>System.Math</c>; vector code
    /// (across samples) the same operators on <c>Vector256&lt;double&gt;</c> or
    /// <c>Vector512&lt;double&gt;</c>, their Exp, Log, Abs, Sqrt, Max and ConditionalSelect, and
    /// <c>SymbolicGd.VectorMath</c> for the functions that have no vector form.
    /// </summary>
    internal sealed class OpPrinter
    {
        private const string MathPrefix = "global::System.Math.";
        private readonly Dictionary<Op, string> _names;
        private readonly Func<Op, string> _leaf;
        private readonly string? _vector;
        private readonly bool _vectorExpLog;
        private readonly bool _fusedMultiplyAdd;

        /// <param name="names">Operations held in locals, by name (the printer adds none).</param>
        /// <param name="leaf">The text of a parameter, column, fixed value, N or accumulator.</param>
        /// <param name="vector">Null for scalar code; else the vector class, e.g. "global::System.Runtime.Intrinsics.Vector256".</param>
        /// <param name="vectorExpLog">Whether the vector class has Exp and Log (.NET 9 and later).</param>
        /// <param name="fusedMultiplyAdd">Vector code: write a*b + c as the vector class's FusedMultiplyAdd (.NET 9 and later).</param>
        public OpPrinter(Dictionary<Op, string> names, Func<Op, string> leaf, string? vector = null, bool vectorExpLog = false, bool fusedMultiplyAdd = false)
        {
            _names = names;
            _leaf = leaf;
            _vector = vector;
            _vectorExpLog = vectorExpLog;
            _fusedMultiplyAdd = vector != null && fusedMultiplyAdd;
        }

        /// <summary>
        /// The product <paramref name="op"/> inlined into a fused multiply-add, or null: only in
        /// vector code with FusedMultiplyAdd, only a product that has no local of its own.
        /// </summary>
        public Op? FusableProduct(Op op) =>
            _fusedMultiplyAdd && op.Kind == OpKind.Multiply && !_names.ContainsKey(op) ? op : null;

        /// <summary>"V.FusedMultiplyAdd(a, b, addend)" for a product a*b (<see cref="FusableProduct"/>) and an addend's text.</summary>
        public string FusedMultiplyAdd(Op product, string addend)
        {
            var text = new StringBuilder();
            text.Append(_vector).Append(".FusedMultiplyAdd(");
            Write(product.A!, text, leftmost: true);
            text.Append(", ");
            Write(product.B!, text, leftmost: true);
            text.Append(", ").Append(addend).Append(')');
            return text.ToString();
        }

        /// <summary>The expression of <paramref name="op"/> itself (its own name is not used: this defines it).</summary>
        public string Definition(Op op)
        {
            var text = new StringBuilder();
            WriteOperation(op, text, leftmost: true);
            return text.ToString();
        }

        /// <summary>The expression of <paramref name="op"/>, its name when it has one.</summary>
        public string Expression(Op op)
        {
            var text = new StringBuilder();
            Write(op, text, leftmost: true);
            return text.ToString();
        }

        private void Write(Op op, StringBuilder text, bool leftmost)
        {
            if (_names.TryGetValue(op, out string? name))
            {
                text.Append(name);
                return;
            }

            WriteOperation(op, text, leftmost);
        }

        private void WriteOperation(Op op, StringBuilder text, bool leftmost)
        {
            switch (op.Kind)
            {
                case OpKind.Constant:
                    {
                        string literal = CSharpEmitter.FormatDouble(op.Value);
                        if (_vector != null)
                        {
                            text.Append(_vector).Append(".Create(").Append(literal).Append(')');
                            return;
                        }

                        bool negative = literal[0] == '-' || literal == "double.NegativeInfinity";
                        text.Append(negative && !leftmost ? "(" + literal + ")" : literal);
                        return;
                    }

                case OpKind.Parameter:
                case OpKind.Column:
                case OpKind.Fixed:
                case OpKind.SampleCount:
                case OpKind.Accumulator:
                    text.Append(_leaf(op));
                    return;
                case OpKind.Add when FusableProduct(op.B!) is Op product:
                    text.Append(FusedMultiplyAdd(product, Expression(op.A!)));
                    return;
                case OpKind.Add when FusableProduct(op.A!) is Op product:
                    text.Append(FusedMultiplyAdd(product, Expression(op.B!)));
                    return;
                case OpKind.Add:
                case OpKind.Subtract:
                    Write(op.A!, text, leftmost);
                    text.Append(op.Kind == OpKind.Add ? " + " : " - ");
                    WriteOperand(op.B!, text, Precedence(op.B!) <= 1);
                    return;
                case OpKind.Multiply:
                case OpKind.Divide:
                    if (Precedence(op.A!) < 2)
                    {
                        WriteOperand(op.A!, text, parenthesize: true);
                    }
                    else
                    {
                        Write(op.A!, text, leftmost);
                    }

                    text.Append(op.Kind == OpKind.Multiply ? " * " : " / ");
                    WriteOperand(op.B!, text, Precedence(op.B!) <= 2);
                    return;
                case OpKind.Negate:
                    text.Append('-');
                    WriteOperand(op.A!, text, Precedence(op.A!) <= 3);
                    return;
                case OpKind.Call:
                    text.Append(Callee(op)).Append('(');
                    for (int i = 0; i < op.Operands.Length; i++)
                    {
                        text.Append(i == 0 ? string.Empty : ", ");
                        Write(op.Operands[i], text, leftmost: true);
                    }

                    text.Append(')');
                    return;
                case OpKind.Pow:
                    text.Append(_vector == null ? "global::System.Math.Pow(" : "global::SymbolicGd.VectorMath.Pow(");
                    Write(op.A!, text, leftmost: true);
                    text.Append(", ");
                    Write(op.B!, text, leftmost: true);
                    text.Append(')');
                    return;
                case OpKind.Sign when _vector != null:
                    text.Append("global::SymbolicGd.VectorMath.Sign(");
                    Write(op.A!, text, leftmost: true);
                    text.Append(')');
                    return;
                case OpKind.Sign:
                    {
                        var operand = new StringBuilder();
                        Write(op.A!, operand, leftmost: false);
                        string a = operand.ToString();
                        text.Append('(').Append(a).Append(" > 0.0 ? 1.0 : ").Append(a).Append(" < 0.0 ? -1.0 : ").Append(a).Append(" * 0.0)");
                        return;
                    }

                case OpKind.Select when _vector != null:
                    text.Append(_vector).Append(".ConditionalSelect(").Append(_vector).Append(".GreaterThanOrEqual(");
                    Write(op.A!, text, leftmost: true);
                    text.Append(", ").Append(_vector).Append("<double>.Zero), ");
                    Write(op.B!, text, leftmost: true);
                    text.Append(", ");
                    Write(op.C!, text, leftmost: true);
                    text.Append(')');
                    return;
                case OpKind.Select:
                    text.Append('(');
                    Write(op.A!, text, leftmost: false);
                    text.Append(" >= 0.0 ? ");
                    Write(op.B!, text, leftmost: false);
                    text.Append(" : ");
                    Write(op.C!, text, leftmost: false);
                    text.Append(')');
                    return;
                default:
                    throw new InvalidOperationException("unknown operation " + op.Kind);
            }
        }

        // Scalar code calls what the lowering named; vector code the vector class where it has
        // the function (Exp and Log only from .NET 9), VectorMath lane by lane otherwise.
        private string Callee(Op op)
        {
            string callee = op.Callee!;
            if (_vector == null)
            {
                return callee;
            }

            string name = callee.Substring(callee.LastIndexOf('.') + 1);
            bool math = callee.StartsWith(MathPrefix, StringComparison.Ordinal);
            switch (name)
            {
                case "Abs" when math:
                case "Sqrt" when math:
                case "Max" when math:
                    return _vector + "." + name;
                case "Exp" when math && _vectorExpLog:
                case "Log" when math && _vectorExpLog:
                    return _vector + "." + name;
                default:
                    return "global::SymbolicGd.VectorMath." + name;
            }
        }

        private void WriteOperand(Op op, StringBuilder text, bool parenthesize)
        {
            if (parenthesize)
            {
                text.Append('(');
                Write(op, text, leftmost: true);
                text.Append(')');
            }
            else
            {
                Write(op, text, leftmost: false);
            }
        }

        // 1: additive, 2: multiplicative, 3: unary minus (and negative literals), 4: primary.
        private int Precedence(Op op)
        {
            if (_names.ContainsKey(op))
            {
                return 4;
            }

            switch (op.Kind)
            {
                case OpKind.Add when FusableProduct(op.A!) is not null || FusableProduct(op.B!) is not null:
                    return 4;
                case OpKind.Add:
                case OpKind.Subtract:
                    return 1;
                case OpKind.Multiply:
                case OpKind.Divide:
                    return 2;
                case OpKind.Negate:
                    return 3;
                case OpKind.Constant:
                    return _vector == null && (CSharpEmitter.FormatDouble(op.Value)[0] == '-' || double.IsNegativeInfinity(op.Value)) ? 3 : 4;
                default:
                    return 4;
            }
        }
    }
}
