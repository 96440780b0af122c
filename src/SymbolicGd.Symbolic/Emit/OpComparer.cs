using System.Collections.Generic;

namespace SymbolicGd.Symbolic
{
    internal sealed class OpComparer : IEqualityComparer<Op>
    {
        public static readonly OpComparer Instance = new OpComparer();

        public bool Equals(Op? x, Op? y) =>
            ReferenceEquals(x, y) ||
            (x is not null && y is not null && x.Kind == y.Kind && ReferenceEquals(x.A, y.A) && ReferenceEquals(x.B, y.B) &&
             x.Index == y.Index && x.Callee == y.Callee &&
             System.BitConverter.DoubleToInt64Bits(x.Value) == System.BitConverter.DoubleToInt64Bits(y.Value));

        public int GetHashCode(Op obj) => obj.Hash;
    }
}
