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
    /// in interleaved triples so that all three see the same load, after a warm-up long enough for
    /// tiered compilation: once with the garbage collector left alone (as an IDE runs) and once
    /// with a forced full collection before each call. The median of the per-triple ratios, with
    /// the interquartile range; then the generator's named steps' times from Roslyn's tracking.
    /// </summary>
    internal static class KeystrokeReport
    {
        private const int Triples = 21;

        private const int WarmupTriples = 15;

        public static void Run()
        {
            var benchmark = new KeystrokeBenchmark();
            benchmark.Setup();
            Console.WriteLine($"Keystroke above 300 losses, median of {Triples} interleaved triples [interquartile range]:");
            Measure(benchmark, forceCollection: false, "as an IDE runs it (the garbage collector left alone)");
            Measure(benchmark, forceCollection: true, "each call after a forced full collection (Roslyn's weakly held caches emptied: conservative)");
            ReportSteps(benchmark);
        }

        private static void Measure(KeystrokeBenchmark benchmark, bool forceCollection, string title)
        {
            // Long enough for the JIT to finish tiering Roslyn's and the generator's hot paths up
            // (with 3 warm-up triples the first mode measured here was still partly tier-0 code).
            for (int i = 0; i < WarmupTriples; i++)
            {
                Time(() => benchmark.FullRun(), forceCollection);
                Time(() => benchmark.RerunAfterKeystroke(), forceCollection);
                Time(() => benchmark.FinderOnlyRerunAfterKeystroke(), forceCollection);
            }

            var full = new double[Triples];
            var keystroke = new double[Triples];
            var floor = new double[Triples];
            for (int i = 0; i < Triples; i++)
            {
                full[i] = Time(() => benchmark.FullRun(), forceCollection);
                keystroke[i] = Time(() => benchmark.RerunAfterKeystroke(), forceCollection);
                floor[i] = Time(() => benchmark.FinderOnlyRerunAfterKeystroke(), forceCollection);
            }

            double[] fraction = keystroke.Zip(full, (k, f) => k / f).ToArray();
            double[] floorFraction = floor.Zip(full, (k, f) => k / f).ToArray();
            Console.WriteLine($" {title}:");
            Console.WriteLine($"  full run                     {Median(full):F1} ms");
            Console.WriteLine($"  re-run after the keystroke   {Median(keystroke):F1} ms, fraction of the full run {Quartiles(fraction)}");
            Console.WriteLine($"  finder-only re-run (floor)   {Median(floor):F1} ms, fraction of the full run {Quartiles(floorFraction)}");
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

        private static double Time(Func<object> run, bool forceCollection)
        {
            if (forceCollection)
            {
                GC.Collect();
                GC.WaitForPendingFinalizers();
                GC.Collect();
            }

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
