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
    internal sealed class OpPrinter : InfixWriter
    {
        private const string MathPrefix = "global::System.Math.";
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
            : base(names)
        {
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
            _fusedMultiplyAdd && op.Kind == OpKind.Multiply && !Names.ContainsKey(op) ? op : null;

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

        /// <inheritdoc/>
        public override void WriteOperation(Op op, StringBuilder text, bool leftmost)
        {
            switch (op.Kind)
            {
                case OpKind.Constant:
                    {
                        if (_vector != null)
                        {
                            text.Append(_vector).Append(".Create(").Append(CSharpEmitter.FormatDouble(op.Value)).Append(')');
                            return;
                        }

                        WriteLiteral(op.Value, text, leftmost);
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
                case OpKind.Call:
                    WriteCall(Callee(op), op.Operands, text);
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
                    if (!TryWriteArithmetic(op, text, leftmost))
                    {
                        throw new InvalidOperationException("unknown operation " + op.Kind);
                    }

                    return;
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

        // A fused multiply-add is a call; vector literals are calls of Create.
        protected override int Precedence(Op op)
        {
            if (Names.ContainsKey(op) || (op.Kind == OpKind.Add && (FusableProduct(op.A!) is not null || FusableProduct(op.B!) is not null)))
            {
                return 4;
            }

            return op.Kind == OpKind.Constant && _vector != null ? 4 : ArithmeticPrecedence(op);
        }
    }
}
