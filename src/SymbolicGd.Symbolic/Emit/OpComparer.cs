using System.Collections.Generic;

namespace SymbolicGd.Symbolic
{
    internal sealed class OpComparer : IEqualityComparer<Op>
    {
        public static readonly OpComparer Instance = new OpComparer();

        public bool Equals(Op? x, Op? y)
        {
            if (ReferenceEquals(x, y))
            {
                return true;
            }

            if (x is null || y is null || x.Kind != y.Kind || x.Index != y.Index || x.Callee != y.Callee ||
                x.Operands.Length != y.Operands.Length ||
                System.BitConverter.DoubleToInt64Bits(x.Value) != System.BitConverter.DoubleToInt64Bits(y.Value))
            {
                return false;
            }

            for (int i = 0; i < x.Operands.Length; i++)
            {
                if (!ReferenceEquals(x.Operands[i], y.Operands[i]))
                {
                    return false;
                }
            }

            return true;
        }

        public int GetHashCode(Op obj) => obj.Hash;
    }
}
