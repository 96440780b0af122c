using System;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using SymbolicGd.Benchmarks.Generator;

namespace SymbolicGd.Benchmarks.Paired
{
    /// <summary>
    /// <c>-- --keystroke</c>: <see cref="KeystrokeBenchmark"/>'s fraction (the re-run after a
    /// keystroke over a full run) and its floor (the finder-only re-run over a full run), measured
    /// in interleaved triples so that all three see the same load, each call after a full
    /// garbage collection. The median of the per-triple ratios, with the interquartile range.
    /// </summary>
    internal static class KeystrokeReport
    {
        private const int Triples = 21;

        public static void Run()
        {
            var benchmark = new KeystrokeBenchmark();
            benchmark.Setup();
            for (int i = 0; i < 3; i++)
            {
                Time(() => benchmark.FullRun());
                Time(() => benchmark.RerunAfterKeystroke());
                Time(() => benchmark.FinderOnlyRerunAfterKeystroke());
            }

            var full = new double[Triples];
            var keystroke = new double[Triples];
            var floor = new double[Triples];
            for (int i = 0; i < Triples; i++)
            {
                full[i] = Time(() => benchmark.FullRun());
                keystroke[i] = Time(() => benchmark.RerunAfterKeystroke());
                floor[i] = Time(() => benchmark.FinderOnlyRerunAfterKeystroke());
            }

            double[] fraction = keystroke.Zip(full, (k, f) => k / f).ToArray();
            double[] floorFraction = floor.Zip(full, (k, f) => k / f).ToArray();
            Console.WriteLine($"Keystroke above 300 losses, median of {Triples} interleaved triples [interquartile range]:");
            Console.WriteLine($"  full run                     {Median(full):F1} ms");
            Console.WriteLine($"  re-run after the keystroke   {Median(keystroke):F1} ms, fraction of the full run {Quartiles(fraction)}");
            Console.WriteLine($"  finder-only re-run (floor)   {Median(floor):F1} ms, fraction of the full run {Quartiles(floorFraction)}");
            ReportSteps(benchmark);
        }

        // The named steps' own times (Roslyn's tracking), median over re-runs: what to cut next.
        private static void ReportSteps(KeystrokeBenchmark benchmark)
        {
            var runs = benchmark.StepTimes(Triples);
            Console.WriteLine($"Where a re-run's time goes: the generator's named steps, median over {Triples} keystrokes (Roslyn's step tracking, which adds its own cost):");
            foreach (string step in runs[0].Keys.OrderBy(k => k, StringComparer.Ordinal))
            {
                double[] ms = runs.Select(r => r[step].TotalMilliseconds).ToArray();
                Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "  {0,-28} {1,8:F2} ms", step, Median(ms)));
            }
        }

        private static double Time(Func<object> run)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();
            long start = Stopwatch.GetTimestamp();
            GC.KeepAlive(run());
            return Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        }

        private static double Median(double[] values) => Sorted(values)[values.Length / 2];

        private static string Quartiles(double[] values)
        {
            double[] sorted = Sorted(values);
            return string.Format(CultureInfo.InvariantCulture, "**{0:F3}** [{1:F3}, {2:F3}]", sorted[sorted.Length / 2], sorted[sorted.Length / 4], sorted[3 * sorted.Length / 4]);
        }

        private static double[] Sorted(double[] values)
        {
            double[] copy = (double[])values.Clone();
            Array.Sort(copy);
            return copy;
        }
    }
}
