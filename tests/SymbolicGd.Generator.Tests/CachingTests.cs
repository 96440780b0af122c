using System;
using System.Collections;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using SymbolicGd.Generator.Tests.Infrastructure;
using Xunit;

namespace SymbolicGd.Generator.Tests
{
    /// <summary>
    /// The pipeline must cache: a rerun on an equal compilation, or after an edit elsewhere,
    /// recomputes nothing; an edit that only moves losses compiles none of them again; and the
    /// models hold no Roslyn object that would defeat that.
    /// </summary>
    public sealed class CachingTests
    {
        private const string Source = """
            using SymbolicGd;

            namespace Demo
            {
                public static partial class Losses
                {
                    [Loss("(theta - 3)^2")] public static partial double Quadratic(double theta);
                    [Loss("(1 - x)^2 + 100*(y - x^2)^2")] public static partial double Rosenbrock(double x, double y);
                    [Loss("sine(x)")] public static partial double Broken(double x);
                    [Loss("x^2")] public static partial int WrongShape(double x);
                }
            }
            """;

        // Every named step but DiagnosticsInSource, which pairs diagnostics with the compilation
        // (for #pragma) and so is recomputed on purpose whenever the compilation changes.
        private static readonly string[] AllTrackingNames = typeof(TrackingNames)
            .GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral)
            .Select(f => (string)f.GetRawConstantValue()!)
            .Where(name => name != TrackingNames.DiagnosticsInSource)
            .ToArray();

        [Fact]
        public void Rerun_on_a_clone_of_the_compilation_is_fully_cached()
        {
            CSharpCompilation compilation = GeneratorHarness.CreateCompilation(Source);
            GeneratorDriver driver = GeneratorHarness.CreateDriver().RunGenerators(compilation);
            GeneratorRunResult first = driver.GetRunResult().Results.Single();

            GeneratorRunResult second = driver.RunGenerators(compilation.Clone()).GetRunResult().Results.Single();

            AssertEveryStepCached(second);
            Assert.Equal(Texts(first), Texts(second));
        }

        [Fact]
        public void Unrelated_edit_leaves_every_step_cached()
        {
            CSharpCompilation compilation = GeneratorHarness.CreateCompilation(Source);
            GeneratorDriver driver = GeneratorHarness.CreateDriver().RunGenerators(compilation);

            CSharpCompilation edited = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("internal static class Unrelated { internal static int Answer => 42; }", GeneratorHarness.ParseOptions, "Unrelated.cs"));
            GeneratorRunResult rerun = driver.RunGenerators(edited).GetRunResult().Results.Single();

            AssertEveryStepCached(rerun);
        }

        [Fact]
        public void Editing_an_expression_recompiles_only_that_loss()
        {
            CSharpCompilation compilation = GeneratorHarness.CreateCompilation(Source);
            GeneratorDriver driver = GeneratorHarness.CreateDriver().RunGenerators(compilation);
            SyntaxTree tree = compilation.SyntaxTrees.Single();
            SyntaxTree editedTree = tree.WithChangedText(tree.GetText().Replace(Source.IndexOf("(theta - 3)^2", StringComparison.Ordinal), "(theta - 3)^2".Length, "(theta - 4)^2"));

            GeneratorRunResult rerun = driver.RunGenerators(compilation.ReplaceSyntaxTree(tree, editedTree)).GetRunResult().Results.Single();

            foreach (string step in new[] { TrackingNames.CompiledLosses, TrackingNames.Sources })
            {
                IncrementalStepRunReason[] reasons = Reasons(rerun, step);
                Assert.Equal(1, reasons.Count(r => r == IncrementalStepRunReason.Modified));
                Assert.Equal(reasons.Length - 1, reasons.Count(r => r is IncrementalStepRunReason.Unchanged or IncrementalStepRunReason.Cached));
            }
        }

        // Typing above losses (here: a comment line, and characters before an attribute on its
        // line) moves them. That must re-read the methods but compile none of them again: the
        // compile step's outputs are Cached, and only the cheap placement of diagnostics reruns.
        [Theory]
        [InlineData("line above", 0, "// a comment that moves every loss down\n\n")]
        [InlineData("same line", -1, "/* typed */ ")]
        public void Moving_losses_compiles_none_of_them_again(string edit, int offset, string inserted)
        {
            _ = edit;
            CSharpCompilation compilation = GeneratorHarness.CreateCompilation(Source);
            GeneratorDriver driver = GeneratorHarness.CreateDriver().RunGenerators(compilation);
            ImmutableArray<Diagnostic> before = driver.GetRunResult().Diagnostics;
            SyntaxTree tree = compilation.SyntaxTrees.Single();
            int at = offset >= 0 ? offset : Source.IndexOf("[Loss(\"(theta", StringComparison.Ordinal);
            SyntaxTree moved = tree.WithChangedText(tree.GetText().Replace(at, 0, inserted));

            GeneratorDriverRunResult rerun = driver.RunGenerators(compilation.ReplaceSyntaxTree(tree, moved)).GetRunResult();
            GeneratorRunResult result = rerun.Results.Single();

            // The edit reached the generator: the targets hold positions, and they moved.
            Assert.Contains(IncrementalStepRunReason.Modified, Reasons(result, TrackingNames.LossTargets));
            Assert.All(Reasons(result, TrackingNames.LossSpecs), r => Assert.True(r is IncrementalStepRunReason.Unchanged or IncrementalStepRunReason.Cached, "spec " + r));
            IncrementalStepRunReason[] compiled = Reasons(result, TrackingNames.CompiledLosses);
            Assert.Equal(4, compiled.Length);
            Assert.All(compiled, r => Assert.Equal(IncrementalStepRunReason.Cached, r));
            Assert.All(Reasons(result, TrackingNames.Sources), r => Assert.True(r is IncrementalStepRunReason.Unchanged or IncrementalStepRunReason.Cached, "source " + r));

            // ... and the diagnostics were still placed where the moved text now is.
            Assert.Equal(before.Length, rerun.Diagnostics.Length);
            string movedText = moved.GetText().ToString();
            foreach (Diagnostic diagnostic in rerun.Diagnostics)
            {
                Diagnostic old = before.Single(d => d.Id == diagnostic.Id && d.GetMessage() == diagnostic.GetMessage());
                Assert.Equal(old.Location.SourceSpan.Start + inserted.Length, diagnostic.Location.SourceSpan.Start);
                Assert.Equal(Source.Substring(old.Location.SourceSpan.Start, old.Location.SourceSpan.Length), movedText.Substring(diagnostic.Location.SourceSpan.Start, diagnostic.Location.SourceSpan.Length));
            }
        }

        [Fact]
        public void Moving_a_valid_loss_does_not_regenerate_its_source()
        {
            const string valid = """
                using SymbolicGd;

                public static partial class Losses
                {
                    [Loss("(theta - 3)^2")] public static partial double Quadratic(double theta);
                }
                """;
            CSharpCompilation compilation = GeneratorHarness.CreateCompilation(valid);
            GeneratorDriver driver = GeneratorHarness.CreateDriver().RunGenerators(compilation);
            SyntaxTree tree = compilation.SyntaxTrees.Single();
            SyntaxTree moved = tree.WithChangedText(tree.GetText().Replace(0, 0, "// a comment that moves the loss down\n\n"));

            GeneratorRunResult rerun = driver.RunGenerators(compilation.ReplaceSyntaxTree(tree, moved)).GetRunResult().Results.Single();

            Assert.Equal(IncrementalStepRunReason.Cached, Assert.Single(Reasons(rerun, TrackingNames.CompiledLosses)));
            Assert.All(rerun.TrackedSteps[TrackingNames.Sources].SelectMany(s => s.Outputs), o => Assert.True(o.Reason is IncrementalStepRunReason.Unchanged or IncrementalStepRunReason.Cached, o.Reason.ToString()));
        }

        [Fact]
        public void Models_hold_no_compilation_symbol_or_syntax()
        {
            GeneratorRunResult result = GeneratorHarness.CreateDriver().RunGenerators(GeneratorHarness.CreateCompilation(Source)).GetRunResult().Results.Single();

            var visited = new HashSet<object>(ReferenceEqualityComparer.Instance);
            foreach (string name in AllTrackingNames)
            {
                foreach (IncrementalGeneratorRunStep step in result.TrackedSteps[name])
                {
                    foreach ((object value, IncrementalStepRunReason _) in step.Outputs)
                    {
                        AssertNoRoslynObjects(value, name, visited);
                    }
                }
            }

            Assert.Contains(visited, v => v.GetType().Name == "LossSpec");
        }

        private static void AssertEveryStepCached(GeneratorRunResult result)
        {
            foreach (string name in AllTrackingNames)
            {
                Assert.True(result.TrackedSteps.ContainsKey(name), "step " + name + " was not tracked");
                foreach (IncrementalGeneratorRunStep step in result.TrackedSteps[name])
                {
                    foreach ((object _, IncrementalStepRunReason reason) in step.Outputs)
                    {
                        Assert.True(reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, name + " was " + reason);
                    }
                }
            }
        }

        private static IncrementalStepRunReason[] Reasons(GeneratorRunResult result, string step) =>
            result.TrackedSteps[step].SelectMany(s => s.Outputs).Select(o => o.Reason).ToArray();

        private static string[] Texts(GeneratorRunResult result) => result.GeneratedSources.Select(s => s.SourceText.ToString()).ToArray();

        private static void AssertNoRoslynObjects(object? value, string path, HashSet<object> visited)
        {
            if (value is null || value is string || value.GetType().IsPrimitive || value.GetType().IsEnum)
            {
                return;
            }

            Assert.False(value is Compilation or ISymbol or SyntaxNode or SyntaxTree or Location or SemanticModel, path + " holds a " + value.GetType().Name);
            if (!value.GetType().IsValueType && !visited.Add(value))
            {
                return;
            }

            if (value is IEnumerable sequence)
            {
                int i = 0;
                foreach (object? item in sequence)
                {
                    AssertNoRoslynObjects(item, path + "[" + i++ + "]", visited);
                }
            }

            for (Type? type = value.GetType(); type is not null && type != typeof(object); type = type.BaseType)
            {
                foreach (FieldInfo field in type.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
                {
                    AssertNoRoslynObjects(field.GetValue(value), path + "." + field.Name, visited);
                }
            }
        }
    }
}
