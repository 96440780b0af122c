using System.Collections.Generic;

namespace SymbolicGd.Symbolic
{
    // Hash-consing key: a node is identified by its kind, payload and the identity of its
    // children, which are already unique, so comparison is shallow and O(arity).
    internal sealed class ShallowExprComparer : IEqualityComparer<Expr>
    {
        public static readonly ShallowExprComparer Instance = new ShallowExprComparer();

        public bool Equals(Expr? x, Expr? y)
        {
            if (ReferenceEquals(x, y))
            {
                return true;
            }

            if (x is null || y is null || x.Kind != y.Kind || x.ParameterIndex != y.ParameterIndex ||
                x.Args.Length != y.Args.Length || !x.Constant.Equals(y.Constant))
            {
                return false;
            }

            for (int i = 0; i < x.Args.Length; i++)
            {
                if (!ReferenceEquals(x.Args[i], y.Args[i]))
                {
                    return false;
                }
            }

            return true;
        }

        public int GetHashCode(Expr obj) => obj.Hash;
    }
}
