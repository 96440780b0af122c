using System.Collections.Generic;
using System.Text;

namespace SymbolicGd.Symbolic
{
    /// <summary>
    /// What the point printer and the interval writer share: operations written as C# infix
    /// expressions with the fewest parentheses, every operation that has a local written as its
    /// name. Precedence: 1 additive, 2 multiplicative, 3 unary minus (and negative literals),
    /// 4 primary (names, calls, and whatever a writer prints as a call).
    /// </summary>
    internal abstract class InfixWriter
    {
        protected InfixWriter(Dictionary<Op, string> names)
        {
            Names = names;
        }

        /// <summary>Operations held in locals, by name.</summary>
        public Dictionary<Op, string> Names { get; }

        /// <summary>The name of <paramref name="op"/> when it has one, else its expression.</summary>
        public void Write(Op op, StringBuilder text, bool leftmost)
        {
            if (Names.TryGetValue(op, out string? name))
            {
                text.Append(name);
                return;
            }

            WriteOperation(op, text, leftmost);
        }

        /// <summary>The expression of <paramref name="op"/> itself, not its name.</summary>
        public abstract void WriteOperation(Op op, StringBuilder text, bool leftmost);

        /// <summary>The precedence of <paramref name="op"/> as this writer prints it.</summary>
        protected abstract int Precedence(Op op);

        /// <summary>+, -, *, / and unary minus; false (nothing written) for any other kind.</summary>
        protected bool TryWriteArithmetic(Op op, StringBuilder text, bool leftmost)
        {
            switch (op.Kind)
            {
                case OpKind.Add:
                case OpKind.Subtract:
                    Write(op.A!, text, leftmost);
                    text.Append(op.Kind == OpKind.Add ? " + " : " - ");
                    WriteOperand(op.B!, text, Precedence(op.B!) <= 1);
                    return true;
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
                    return true;
                case OpKind.Negate:
                    text.Append('-');
                    WriteOperand(op.A!, text, Precedence(op.A!) <= 3);
                    return true;
                default:
                    return false;
            }
        }

        /// <summary>A scalar literal; a negative one in parentheses unless it starts the expression.</summary>
        protected static void WriteLiteral(double value, StringBuilder text, bool leftmost)
        {
            string literal = CSharpEmitter.FormatDouble(value);
            text.Append(IsNegativeLiteral(value) && !leftmost ? "(" + literal + ")" : literal);
        }

        /// <summary>callee(a, b, ...).</summary>
        protected void WriteCall(string callee, Op[] operands, StringBuilder text)
        {
            text.Append(callee).Append('(');
            for (int i = 0; i < operands.Length; i++)
            {
                text.Append(i == 0 ? string.Empty : ", ");
                Write(operands[i], text, leftmost: true);
            }

            text.Append(')');
        }

        /// <summary>The precedence of the arithmetic kinds and of scalar literals; 4 for everything else.</summary>
        protected static int ArithmeticPrecedence(Op op) => op.Kind switch
        {
            OpKind.Add or OpKind.Subtract => 1,
            OpKind.Multiply or OpKind.Divide => 2,
            OpKind.Negate => 3,
            OpKind.Constant when IsNegativeLiteral(op.Value) => 3,
            _ => 4,
        };

        private static bool IsNegativeLiteral(double value)
        {
            string literal = CSharpEmitter.FormatDouble(value);
            return literal[0] == '-' || double.IsNegativeInfinity(value);
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
    }
}
