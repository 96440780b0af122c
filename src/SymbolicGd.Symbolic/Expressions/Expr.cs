using System;
using System.Collections.Generic;

namespace SymbolicGd.Symbolic
{
    /// <summary>
    /// An immutable node of a hash-consed expression DAG. Nodes are created only by an
    /// <see cref="ExprBuilder"/>, which returns the existing node for an identical subexpression,
    /// so structural equality within one builder is reference equality.
    /// </summary>
    internal sealed class Expr
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

                // FNV-1a over the structure: the same in every process and culture (unlike
                // string.GetHashCode or object identity), so it can order operands canonically.
                ulong s = 14695981039346656037UL;
                s = Mix(s, (ulong)kind);
                s = Mix(s, (ulong)(long)parameterIndex);
                s = Mix(s, (ulong)constant.Numerator);
                s = Mix(s, (ulong)constant.Denominator);
                s = Mix(s, (ulong)BitConverter.DoubleToInt64Bits(constant.IsExact ? 0.0 : constant.Value));
                int lead = LeadOfLeaf(kind, parameterIndex);
                long size = 1;
                bool variables = kind == ExprKind.Parameter, columns = kind == ExprKind.Column, sums = kind == ExprKind.Sum;
                foreach (Expr child in Args)
                {
                    s = Mix(s, child.StructuralHash);
                    lead = Math.Min(lead, child.LeadParameter);
                    size += child.TreeSize;
                    variables |= child.DependsOnVariables;
                    columns |= child.ReadsColumns;
                    sums |= child.HasSum;
                }

                DependsOnVariables = variables;

                // A sum reads columns inside, but is one number per evaluation outside.
                ReadsColumns = columns && kind != ExprKind.Sum;
                HasSum = sums;

                StructuralHash = s;
                LeadParameter = lead;
                TreeSize = (int)Math.Min(size, int.MaxValue);
            }
        }

        public ExprKind Kind { get; }

        /// <summary>Operands; see <see cref="ExprKind"/> for their order.</summary>
        public IReadOnlyList<Expr> Children => Args;

        /// <summary>The value of a <see cref="ExprKind.Constant"/> node.</summary>
        public Number Constant { get; }

        /// <summary>The index of a <see cref="ExprKind.Parameter"/>, <see cref="ExprKind.Column"/> or <see cref="ExprKind.Fixed"/> node among its kind, -1 otherwise.</summary>
        public int ParameterIndex { get; }

        /// <summary>The name of a <see cref="ExprKind.Parameter"/>, <see cref="ExprKind.Column"/> or <see cref="ExprKind.Fixed"/> node.</summary>
        public string? ParameterName { get; }

        public bool IsConstant => Kind == ExprKind.Constant;

        /// <summary>True when the node depends on an optimisation variable (theta), also inside a sum.</summary>
        public bool DependsOnVariables { get; }

        /// <summary>True when the node reads a column outside any sum: a per-sample quantity.</summary>
        public bool ReadsColumns { get; }

        /// <summary>True when the node is or contains a sum over samples.</summary>
        public bool HasSum { get; }

        /// <summary>
        /// Creation order inside the builder: children always have smaller ids than their
        /// parents, so ascending id is a topological order, and ordering by id is deterministic.
        /// </summary>
        internal int Id { get; set; } = -1;

        internal Expr[] Args { get; }

        internal int Hash { get; }

        /// <summary>A hash of the structure alone, identical in every process.</summary>
        internal ulong StructuralHash { get; }

        /// <summary>Size of the node written out as a tree (saturating), for a readable operand order.</summary>
        internal int TreeSize { get; }

        /// <summary>The smallest parameter index the node depends on (int.MaxValue for none).</summary>
        internal int LeadParameter { get; }

        /// <summary>
        /// The canonical operand order of sums and products, a function of structure only (never of
        /// creation order or object identity): by leading parameter, then kind (x before x^2
        /// before x*y before functions before sums), then size (smaller first), then structural hash.
        /// </summary>
        internal static int CompareCanonical(Expr a, Expr b)
        {
            if (ReferenceEquals(a, b))
            {
                return 0;
            }

            int c = a.LeadParameter.CompareTo(b.LeadParameter);
            if (c != 0)
            {
                return c;
            }

            c = Rank(a.Kind).CompareTo(Rank(b.Kind));
            if (c != 0)
            {
                return c;
            }

            c = a.TreeSize.CompareTo(b.TreeSize);
            if (c != 0)
            {
                return c;
            }

            c = a.StructuralHash.CompareTo(b.StructuralHash);
            return c != 0 ? c : a.Id.CompareTo(b.Id);
        }

        // Leaves order as the reader expects: variables, then fixed values, then columns, then N.
        private static int LeadOfLeaf(ExprKind kind, int index) => kind switch
        {
            ExprKind.Parameter => index,
            ExprKind.Fixed => (1 << 20) + index,
            ExprKind.Column => (1 << 21) + index,
            ExprKind.SampleCount => 1 << 22,
            _ => int.MaxValue,
        };

        private static int Rank(ExprKind kind) => kind switch
        {
            ExprKind.Parameter or ExprKind.Fixed or ExprKind.Column or ExprKind.SampleCount => 0,
            ExprKind.Pow => 1,
            ExprKind.Mul => 2,
            ExprKind.Add => 4,
            ExprKind.Constant => 5,
            _ => 3,
        };

        private static ulong Mix(ulong hash, ulong value)
        {
            unchecked
            {
                for (int i = 0; i < 8; i++)
                {
                    hash ^= (value >> (i * 8)) & 0xFF;
                    hash *= 1099511628211UL;
                }

                return hash;
            }
        }

        public override string ToString() => ExpressionPrinter.Print(this);
    }
}
