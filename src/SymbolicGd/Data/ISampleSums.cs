using System;
using System.ComponentModel;

namespace SymbolicGd
{
    /// <summary>
    /// One pass of a generated data loss over a range of samples: the sums it accumulates (value,
    /// gradient and Hessian terms fused), which <see cref="SampleSums.Run"/> spreads over chunks
    /// and cores. Public only because generated code in your assembly implements it.
    /// </summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public interface ISampleSums
    {
        /// <summary>How many sums one pass accumulates.</summary>
        int Count { get; }

        /// <summary>Writes the sums over samples [<paramref name="start"/>, <paramref name="end"/>) into <paramref name="sums"/> (overwriting it).</summary>
        void Add(int start, int end, Span<double> sums);
    }
}
