using System;

namespace SymbolicGd.Benchmarks
{
    /// <summary>A fixed, generic (not special) point per loss at which every variant is measured.</summary>
    internal static class BenchmarkPoints
    {
        public static double[] For<TLoss>()
            where TLoss : ISymbolicLoss
        {
            var theta = new double[TLoss.Dimension];
            for (int i = 0; i < theta.Length; i++)
            {
                // Away from minima, symmetry axes and Ackley's kink at the origin.
                theta[i] = 0.3 + 0.17 * i - 0.05 * i * i + 0.011 * Math.Sin(i);
            }

            return theta;
        }
    }
}
