using System.Collections.Generic;

namespace SymbolicGd.Symbolic
{
    /// <summary>
    /// An immutable node of a hash-consed expression DAG. Nodes are created only by an
    /// <see cref="ExprBuilder"/>, which returns the existing node for an identical subexpression,
    /// so structural equality within one builder is reference equality.
    /// </summary>
    public sealed class Expr
    {
        private static readonly Expr[] NoChildren = new Expr[0];

        internal Expr(ExprKind kind, Expr[]? children, Number constant, int parameterIndex, string? parameterName)
        {
            Kind = kind;
            Args = children ?? NoChildren;
            Constant = constant;
            ParameterIndex = parameterIndex;
            ParameterName = parameterName;
            unchecked
            {
                int h = ((int)kind * 397) ^ constant.GetHashCode() ^ (parameterIndex * 7919);
                foreach (Expr child in Args)
                {
                    h = (h * 31) + child.Id;
                }

                Hash = h;
            }
        }

        public ExprKind Kind { get; }

        /// <summary>Operands; see <see cref="ExprKind"/> for their order.</summary>
        public IReadOnlyList<Expr> Children => Args;

        /// <summary>The value of a <see cref="ExprKind.Constant"/> node.</summary>
        public Number Constant { get; }

        /// <summary>The index of a <see cref="ExprKind.Parameter"/> node, -1 otherwise.</summary>
        public int ParameterIndex { get; }

        /// <summary>The name of a <see cref="ExprKind.Parameter"/> node.</summary>
        public string? ParameterName { get; }

        public bool IsConstant => Kind == ExprKind.Constant;

        /// <summary>
        /// Creation order inside the builder: children always have smaller ids than their
        /// parents, so ascending id is a topological order, and ordering by id is deterministic.
        /// </summary>
        internal int Id { get; set; } = -1;

        internal Expr[] Args { get; }

        internal int Hash { get; }

        public override string ToString() => ExpressionPrinter.Print(this);
    }
}
