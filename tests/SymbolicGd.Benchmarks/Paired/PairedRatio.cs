using System;
using System.Diagnostics;
using System.Runtime.CompilerServices;

namespace SymbolicGd.Benchmarks.Paired
{
    /// <summary>
    /// The ratio time(A) / time(B) measured in interleaved blocks of about 200 microseconds, A and
    /// B alternating which goes first: on a shared, loaded machine the load drifts over seconds,
    /// so both sides of each pair see the same load and the median of the per-pair ratios stays
    /// stable where separately timed means (BenchmarkDotNet runs one case after another) do not.
    /// </summary>
    internal static class PairedRatio
    {
        private static double sink;

        public readonly record struct Result(double Median, double Lower, double Upper, double NanosecondsA, double NanosecondsB);

        public static Result Measure<TA, TB>(double[] theta, int outputLength, int pairs)
            where TA : IKernel
            where TB : IKernel
        {
            var output = new double[outputLength];

            // Warm up for a second, past tiered compilation (tier 1 with dynamic PGO, as in
            // BenchmarkDotNet's runs), then size a block to about 200 microseconds.
            long warmupEnd = Stopwatch.GetTimestamp() + Stopwatch.Frequency;
            while (Stopwatch.GetTimestamp() < warmupEnd)
            {
                Time<TA>(theta, output, 1000);
                Time<TB>(theta, output, 1000);
            }

            int calls = 1000;
            while (Time<TA>(theta, output, calls) < 0.0002 && calls < 1 << 24)
            {
                calls *= 2;
            }

            var ratios = new double[pairs];
            var perCallA = new double[pairs];
            var perCallB = new double[pairs];
            for (int p = 0; p < pairs; p++)
            {
                double a, b;
                if (p % 2 == 0)
                {
                    a = Time<TA>(theta, output, calls);
                    b = Time<TB>(theta, output, calls);
                }
                else
                {
                    b = Time<TB>(theta, output, calls);
                    a = Time<TA>(theta, output, calls);
                }

                ratios[p] = a / b;
                perCallA[p] = a / calls * 1e9;
                perCallB[p] = b / calls * 1e9;
            }

            Array.Sort(ratios);
            Array.Sort(perCallA);
            Array.Sort(perCallB);
            return new Result(ratios[pairs / 2], ratios[pairs / 4], ratios[3 * pairs / 4], perCallA[pairs / 2], perCallB[pairs / 2]);
        }

        // Seconds for `calls` calls of the kernel; the sum keeps the JIT from dropping them.
        [MethodImpl(MethodImplOptions.NoInlining)]
        private static double Time<TKernel>(double[] theta, double[] output, int calls)
            where TKernel : IKernel
        {
            ReadOnlySpan<double> t = theta;
            Span<double> o = output;
            double sum = 0;
            long start = Stopwatch.GetTimestamp();
            for (int i = 0; i < calls; i++)
            {
                sum += TKernel.Run(t, o);
            }

            long elapsed = Stopwatch.GetTimestamp() - start;
            sink += sum;
            return (double)elapsed / Stopwatch.Frequency;
        }
    }
}
