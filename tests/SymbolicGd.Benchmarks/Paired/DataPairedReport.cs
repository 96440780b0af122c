using System;
using System.Diagnostics;
using System.Globalization;

namespace SymbolicGd.Benchmarks.Paired
{
    /// <summary>
    /// The data-loss targets as paired ratios (<c>-- --data-paired</c>): each pair times one call of
    /// each side back to back, alternating which goes first, and the median of 201 per-pair ratios
    /// is reported. One call is 0.1 to 20 ms here, so a pair sees one load; BenchmarkDotNet's
    /// separately timed means (the <c>LineFitData</c> and <c>LogRegData</c> classes) drift apart
    /// on a shared machine.
    /// </summary>
    internal static class DataPairedReport
    {
        private const int Pairs = 201;

        public static void Run()
        {
            Console.WriteLine($"Data-loss paired ratios over 10^6 samples: median of {Pairs} pairs, interquartile range in brackets, then the median microseconds per call of each side.");
            Console.WriteLine();
            Console.WriteLine("| Loss | pair | ratio | us A | us B |");
            Console.WriteLine("|---|---|---:|---:|---:|");
            foreach (DataLossBenchmark benchmark in new DataLossBenchmark[] { new LineFitData(), new LogRegData() })
            {
                benchmark.Samples = 1_000_000;
                benchmark.Setup();
                string name = benchmark.GetType().Name;
                Row(name, "Generated / Expert", benchmark.Generated, benchmark.Expert);
                Row(name, "GeneratedOneThread / Expert", benchmark.GeneratedOneThread, benchmark.Expert);
                Row(name, "Generated / ReadBandwidth", benchmark.Generated, benchmark.ReadBandwidth);
                Row(name, "GeneratedOneThread / ReadOneThread", benchmark.GeneratedOneThread, benchmark.ReadOneThread);
            }
        }

        private static void Row(string loss, string pair, Func<double> a, Func<double> b)
        {
            for (int i = 0; i < 20; i++)
            {
                a();
                b();
            }

            var ratios = new double[Pairs];
            var timesA = new double[Pairs];
            var timesB = new double[Pairs];
            for (int p = 0; p < Pairs; p++)
            {
                double ta, tb;
                if (p % 2 == 0)
                {
                    ta = Time(a);
                    tb = Time(b);
                }
                else
                {
                    tb = Time(b);
                    ta = Time(a);
                }

                ratios[p] = ta / tb;
                timesA[p] = ta * 1e6;
                timesB[p] = tb * 1e6;
            }

            Array.Sort(ratios);
            Array.Sort(timesA);
            Array.Sort(timesB);
            string F(double v, string format) => v.ToString(format, CultureInfo.InvariantCulture);
            Console.WriteLine($"| {loss} | {pair} | {F(ratios[Pairs / 2], "F3")} [{F(ratios[Pairs / 4], "F3")}, {F(ratios[3 * Pairs / 4], "F3")}] | {F(timesA[Pairs / 2], "F1")} | {F(timesB[Pairs / 2], "F1")} |");
        }

        private static double Time(Func<double> f)
        {
            long start = Stopwatch.GetTimestamp();
            f();
            return (double)(Stopwatch.GetTimestamp() - start) / Stopwatch.Frequency;
        }
    }
}
