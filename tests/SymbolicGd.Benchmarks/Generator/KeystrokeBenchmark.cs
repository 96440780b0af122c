using System;
using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using SymbolicGd.Generator;

namespace SymbolicGd.Benchmarks.Generator
{
    /// <summary>
    /// Typing above losses, as an IDE runs the generator: a file of 300 ordinary losses, and one
    /// character typed into the comment line at its top, which moves every loss. The re-run reads
    /// the 300 methods again (their file changed) but must derive none of them again; its time
    /// as a fraction of a full run is the Ratio column (target: at most 0.05). The setup checks,
    /// before anything is timed, that the keystroke's re-run compiled nothing and that an edited
    /// expression is compiled again (so that check could fail).
    /// </summary>
    [MemoryDiagnoser]
    public class KeystrokeBenchmark
    {
        private const int LossCount = 300;

        private CSharpCompilation original = null!;
        private CSharpCompilation typed = null!;
        private GeneratorDriver fresh = null!;
        private GeneratorDriver warm = null!;
        private GeneratorDriver finderWarm = null!;

        [GlobalSetup]
        public void Setup()
        {
            SyntaxTree file = GeneratorInputs.SingleLossFile(LossCount);
            original = GeneratorInputs.Compilation(new[] { file });
            typed = original.ReplaceSyntaxTree(file, TypeAt(file, GeneratorInputs.NotesLine.Length, "s"));

            finderWarm = CSharpGeneratorDriver.Create(new[] { new LossFinderGenerator().AsSourceGenerator() }, parseOptions: GeneratorInputs.ParseOptions).RunGenerators(original);
            fresh = CreateDriver(trackSteps: false);
            warm = fresh.RunGeneratorsAndUpdateCompilation(original, out Compilation output, out _);
            CheckFullRun(warm.GetRunResult(), output);

            GeneratorDriver tracked = CreateDriver(trackSteps: true).RunGenerators(original);
            int recompiled = Recompiled(tracked.RunGenerators(typed).GetRunResult(), out int read);
            if (recompiled != 0 || read != LossCount)
            {
                throw new InvalidOperationException($"a keystroke above the losses re-read {read} of {LossCount} and compiled {recompiled} again; expected {LossCount} and 0");
            }

            string text = file.GetText().ToString();
            int at = text.IndexOf("1.5*(y - x^2)^2", StringComparison.Ordinal);
            CSharpCompilation editedExpression = original.ReplaceSyntaxTree(file, TypeAt(file, at + 1, "1"));
            if (Recompiled(tracked.RunGenerators(editedExpression).GetRunResult(), out _) != 1)
            {
                throw new InvalidOperationException("editing one expression should compile exactly that loss again");
            }
        }

        /// <summary>A build: a new driver over the file (the compilation cloned so no semantic cache is reused).</summary>
        [Benchmark(Baseline = true)]
        public GeneratorDriver FullRun() => fresh.RunGenerators(original.Clone());

        /// <summary>The IDE after one character typed above the losses (a fresh compilation, as each keystroke makes).</summary>
        [Benchmark]
        public GeneratorDriver RerunAfterKeystroke() => warm.RunGenerators(typed.Clone());

        /// <summary>Roslyn's floor for the same keystroke: a generator that only finds the [Loss] methods.</summary>
        [Benchmark]
        public GeneratorDriver FinderOnlyRerunAfterKeystroke() => finderWarm.RunGenerators(typed.Clone());

        /// <summary>
        /// Where a keystroke's re-run spends its time: a driver that tracks its steps, fed the
        /// typed and the original file in turn (each run is one keystroke), and the time Roslyn
        /// records for each named step, summed over its outputs, per run.
        /// </summary>
        public IReadOnlyList<IReadOnlyDictionary<string, TimeSpan>> StepTimes(int runs)
        {
            GeneratorDriver driver = CreateDriver(trackSteps: true).RunGenerators(original);
            var times = new List<IReadOnlyDictionary<string, TimeSpan>>();
            for (int i = 0; i < runs; i++)
            {
                CSharpCompilation next = (i % 2 == 0 ? typed : original).Clone();
                long start = System.Diagnostics.Stopwatch.GetTimestamp();
                driver = driver.RunGenerators(next);
                TimeSpan wall = System.Diagnostics.Stopwatch.GetElapsedTime(start);
                GeneratorRunResult result = driver.GetRunResult().Results.Single();
                Dictionary<string, TimeSpan> run = result.TrackedSteps.ToDictionary(step => step.Key, step => step.Value.Aggregate(TimeSpan.Zero, (sum, s) => sum + s.ElapsedTime));
                run["(whole driver run)"] = driver.GetTimingInfo().ElapsedTime;
                run["(wall clock)"] = wall;
                times.Add(run);
            }

            return times;
        }

        private static SyntaxTree TypeAt(SyntaxTree tree, int position, string typed) =>
            tree.WithChangedText(tree.GetText().WithChanges(new TextChange(new TextSpan(position, 0), typed)));

        private static GeneratorDriver CreateDriver(bool trackSteps) => CSharpGeneratorDriver.Create(
            new[] { new LossGenerator().AsSourceGenerator() },
            parseOptions: GeneratorInputs.ParseOptions,
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: trackSteps));

        // How many losses the compile step ran for (not Cached), and how many methods were read.
        private static int Recompiled(GeneratorDriverRunResult rerun, out int read)
        {
            GeneratorRunResult result = rerun.Results.Single();
            read = result.TrackedSteps["LossTargets"].SelectMany(s => s.Outputs).Count(o => o.Reason != IncrementalStepRunReason.Cached);
            return result.TrackedSteps["CompiledLosses"].SelectMany(s => s.Outputs).Count(o => o.Reason != IncrementalStepRunReason.Cached);
        }

        private static void CheckFullRun(GeneratorDriverRunResult result, Compilation output)
        {
            if (result.Results.Single().Exception is Exception failure)
            {
                throw new InvalidOperationException("the generator threw", failure);
            }

            if (result.GeneratedTrees.Length != LossCount)
            {
                throw new InvalidOperationException($"expected {LossCount} generated files, got {result.GeneratedTrees.Length}");
            }

            IEnumerable<Diagnostic> problems = result.Diagnostics.Concat(output.GetDiagnostics()).Where(d => d.Severity >= DiagnosticSeverity.Warning);
            if (problems.Any())
            {
                throw new InvalidOperationException("the generated project does not compile cleanly:\n" + string.Join("\n", problems.Take(10)));
            }
        }
    }
}
