using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using SymbolicGd.Generator;

namespace SymbolicGd.Benchmarks.Generator
{
    /// <summary>
    /// The generator as the compiler and the IDE run it: a first run over a project with 1, 50 or
    /// 200 losses (the per-loss column divides by the count), and the re-run after an edit that
    /// touches no loss, which must re-derive nothing: the setup asserts that every tracked step
    /// of that re-run was Cached or Unchanged before anything is timed.
    /// </summary>
    [MemoryDiagnoser]
    [ShowTimePerLoss]
    public class GeneratorBenchmark
    {
        // Every named step of the generator's pipeline (its internal TrackingNames class) ...
        private static readonly string[] PipelineSteps = typeof(LossGenerator).Assembly.GetType("SymbolicGd.Generator.TrackingNames", throwOnError: true)!
            .GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral)
            .Select(f => (string)f.GetRawConstantValue()!)
            .ToArray();

        // ... of which these lie on the path from a [Loss] method to its file and must be seen to
        // run (the diagnostics branch may be skipped outright when nothing reaches it).
        private static readonly string[] RequiredSteps = { "LossTargets", "LossSpecs", "CompiledLosses", "Sources", "AllSources" };

        private CSharpCompilation original = null!;
        private CSharpCompilation withAddedFile = null!;
        private CSharpCompilation withEditedBody = null!;
        private GeneratorDriver fresh = null!;
        private GeneratorDriver warm = null!;
        private GeneratorDriver finderFresh = null!;
        private GeneratorDriver finderWarm = null!;

        [Params(1, 50, 200)]
        public int LossCount { get; set; }

        [GlobalSetup]
        public void Setup()
        {
            List<SyntaxTree> trees = GeneratorInputs.LossTrees(LossCount);
            SyntaxTree unrelated = GeneratorInputs.UnrelatedTree(edit: 0);
            trees.Add(unrelated);
            original = GeneratorInputs.Compilation(trees);
            withAddedFile = original.AddSyntaxTrees(GeneratorInputs.AddedTree());
            withEditedBody = original.ReplaceSyntaxTree(unrelated, GeneratorInputs.UnrelatedTree(edit: 1));

            finderFresh = CSharpGeneratorDriver.Create(new[] { new LossFinderGenerator().AsSourceGenerator() }, parseOptions: GeneratorInputs.ParseOptions);
            finderWarm = finderFresh.RunGenerators(original);
            fresh = CreateDriver(trackSteps: false);
            warm = fresh.RunGeneratorsAndUpdateCompilation(original, out Compilation output, out _);
            CheckFirstRun(warm, output);

            GeneratorDriver tracked = CreateDriver(trackSteps: true).RunGenerators(original);
            CheckNothingRederived(tracked.RunGenerators(withAddedFile).GetRunResult(), "a file was added");
            CheckNothingRederived(tracked.RunGenerators(withEditedBody).GetRunResult(), "an unrelated method body was edited");
            CheckControlIsRederived(tracked, trees[0]);
        }

        /// <summary>A build: a new driver over the project (the compilation cloned so no semantic cache is reused).</summary>
        [Benchmark]
        public GeneratorDriver FirstRun() => fresh.RunGenerators(original.Clone());

        /// <summary>The IDE after the user adds a file with no loss in it.</summary>
        [Benchmark]
        public GeneratorDriver RerunAfterAddedFile() => warm.RunGenerators(withAddedFile);

        /// <summary>The IDE after the user edits a method body in a file with no loss in it.</summary>
        [Benchmark]
        public GeneratorDriver RerunAfterEditedBody() => warm.RunGenerators(withEditedBody);

        /// <summary>Roslyn's floor: a generator that only finds the [Loss] methods, first run.</summary>
        [Benchmark]
        public GeneratorDriver FinderOnlyFirstRun() => finderFresh.RunGenerators(original.Clone());

        /// <summary>Roslyn's floor for the re-run after an unrelated body edit.</summary>
        [Benchmark]
        public GeneratorDriver FinderOnlyRerunAfterEditedBody() => finderWarm.RunGenerators(withEditedBody);

        private static GeneratorDriver CreateDriver(bool trackSteps) => CSharpGeneratorDriver.Create(
            new[] { new LossGenerator().AsSourceGenerator() },
            parseOptions: GeneratorInputs.ParseOptions,
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: trackSteps));

        // Every loss must have produced a file and the project must compile: a benchmark of a
        // generator that silently skips losses would measure nothing.
        private void CheckFirstRun(GeneratorDriver driver, Compilation output)
        {
            GeneratorDriverRunResult result = driver.GetRunResult();
            if (result.Results.Single().Exception is Exception failure)
            {
                throw new InvalidOperationException("the generator threw", failure);
            }

            if (result.GeneratedTrees.Length != LossCount)
            {
                throw new InvalidOperationException($"expected {LossCount} generated files, got {result.GeneratedTrees.Length}");
            }

            Diagnostic[] problems = result.Diagnostics.Concat(output.GetDiagnostics()).Where(d => d.Severity >= DiagnosticSeverity.Warning).ToArray();
            if (problems.Length > 0)
            {
                throw new InvalidOperationException("the generated project does not compile cleanly:\n" + string.Join("\n", problems.Take(10)));
            }
        }

        // The control: editing one loss's expression must re-derive that loss and no other, or
        // the check above could not fail.
        private void CheckControlIsRederived(GeneratorDriver tracked, SyntaxTree lossFile)
        {
            string text = lossFile.GetText().ToString();
            const string Original = "1.5*(y - x^2)^2";
            int at = text.IndexOf(Original, StringComparison.Ordinal);
            SyntaxTree edited = lossFile.WithChangedText(lossFile.GetText().Replace(at, Original.Length, "1.75*(y - x^2)^2"));
            GeneratorRunResult rerun = tracked.RunGenerators(original.ReplaceSyntaxTree(lossFile, edited)).GetRunResult().Results.Single();
            var reasons = rerun.TrackedSteps["CompiledLosses"].SelectMany(r => r.Outputs).Select(o => o.Reason).ToArray();
            if (reasons.Count(r => r == IncrementalStepRunReason.Modified) != 1 || reasons.Length != LossCount)
            {
                throw new InvalidOperationException("editing one expression should re-derive exactly one loss: " + string.Join(", ", reasons));
            }
        }

        private void CheckNothingRederived(GeneratorDriverRunResult rerun, string edit)
        {
            GeneratorRunResult result = rerun.Results.Single();
            foreach (string step in RequiredSteps.Except(PipelineSteps))
            {
                throw new InvalidOperationException($"the generator has no step named {step} any more");
            }

            foreach (string step in PipelineSteps)
            {
                if (!result.TrackedSteps.TryGetValue(step, out var runs))
                {
                    if (RequiredSteps.Contains(step))
                    {
                        throw new InvalidOperationException($"after {edit}, step {step} was not tracked");
                    }

                    continue;
                }

                var reasons = runs.SelectMany(r => r.Outputs).Select(o => o.Reason).ToArray();
                var rederived = reasons.Where(r => r is not (IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged)).ToArray();
                if (rederived.Length > 0)
                {
                    throw new InvalidOperationException($"after {edit}, step {step} ran again: {string.Join(", ", rederived)}");
                }

                if (step == "CompiledLosses" && reasons.Length != LossCount)
                {
                    throw new InvalidOperationException($"after {edit}, expected {LossCount} loss results, got {reasons.Length}");
                }
            }

            foreach (var output in result.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(r => r.Outputs))
            {
                if (output.Reason is not (IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged))
                {
                    throw new InvalidOperationException($"after {edit}, an output step ran again: {output.Reason}");
                }
            }
        }
    }
}
