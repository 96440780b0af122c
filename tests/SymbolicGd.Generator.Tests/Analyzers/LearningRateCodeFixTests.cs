using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using SymbolicGd.CodeFixes;
using Xunit;
using static SymbolicGd.Generator.Tests.Analyzers.LearningRateAnalyzerTest;
using static SymbolicGd.Generator.Tests.Analyzers.LearningRateCodeFixTest;

namespace SymbolicGd.Generator.Tests.Analyzers
{
    /// <summary>
    /// The SGD0030 code fix on real generated losses. Quadratic has L = 2 (2/L = 1), Stiff
    /// (x^2 + 10 y^2) has L = 20 (2/L = 0.1); both are closed-form Hessian eigenvalues. The
    /// expected sources follow the fix's rule: the value assigned to LearningRate becomes
    /// <c>NameLoss.MaxStableLearningRate / 2</c> for gradient descent, <c>1.0 / NameLoss.Lipschitz</c>
    /// for heavy ball and Nesterov (the generated MaxStableLearningRate is gradient descent's), or
    /// <c>null</c>; the loss named as the call site can name it. Each of these is 1/L, below every
    /// limit, and the framework re-runs the analyzer on the fixed code to confirm no SGD0030 remains.
    /// </summary>
    public class LearningRateCodeFixTests
    {
        private const string Losses = """
            using SymbolicGd;

            public static partial class Losses
            {
                [Loss("(theta - 3)^2")]
                public static partial double Quadratic(double theta);

                [Loss("x^2 + 10*y^2")]
                public static partial double Stiff(double x, double y);
            }

            """;

        [Fact]
        public Task Gradient_descent_gets_half_the_generated_max_stable_learning_rate() =>
            VerifyFix(
                Losses + """
                public static class Use
                {
                    public static void Run() => Losses.QuadraticMinimize(-1.0, new DescentOptions { MaxSteps = 10, LearningRate = {|#0:1.2|} });
                }
                """,
                Losses + """
                public static class Use
                {
                    public static void Run() => Losses.QuadraticMinimize(-1.0, new DescentOptions { MaxSteps = 10, LearningRate = Losses.QuadraticLoss.MaxStableLearningRate / 2 });
                }
                """,
                LearningRateCodeFixProvider.SafeRateKey,
                Sgd0030(0, "1.2", "QuadraticLoss", "2", "1", "2.4"));

        [Fact]
        public Task The_automatic_action_writes_null() =>
            VerifyFix(
                Losses + """
                public static class Use
                {
                    public static void Run() => GradientDescent.Minimize<Losses.StiffLoss>([1.0, 1.0], new DescentOptions { LearningRate = {|#0:0.25|}, MaxSteps = 10 });
                }
                """,
                Losses + """
                public static class Use
                {
                    public static void Run() => GradientDescent.Minimize<Losses.StiffLoss>([1.0, 1.0], new DescentOptions { LearningRate = null, MaxSteps = 10 });
                }
                """,
                LearningRateCodeFixProvider.AutomaticKey,
                Sgd0030(0, "0.25", "StiffLoss", "20", "0.1", "5"));

        [Fact]
        public Task Heavy_ball_and_Nesterov_get_one_over_L_from_the_Lipschitz_constant() =>
            VerifyFix(
                Losses + """
                public static class Use
                {
                    public static void Run()
                    {
                        Losses.StiffMinimize(1.0, 1.0, new DescentOptions { Method = DescentMethod.HeavyBall, Momentum = 0.5, LearningRate = {|#0:0.15|} });
                        Losses.StiffMinimize(1.0, 1.0, new DescentOptions { Method = DescentMethod.Nesterov, Momentum = 0.9, LearningRate = {|#1:0.08|} });
                    }
                }
                """,
                Losses + """
                public static class Use
                {
                    public static void Run()
                    {
                        Losses.StiffMinimize(1.0, 1.0, new DescentOptions { Method = DescentMethod.HeavyBall, Momentum = 0.5, LearningRate = 1.0 / Losses.StiffLoss.Lipschitz });
                        Losses.StiffMinimize(1.0, 1.0, new DescentOptions { Method = DescentMethod.Nesterov, Momentum = 0.9, LearningRate = 1.0 / Losses.StiffLoss.Lipschitz });
                    }
                }
                """,
                LearningRateCodeFixProvider.SafeRateKey,
                // Heavy ball: 2(1 + 0.5)/20 = 0.15. Nesterov: 2(1 + 0.9)/((1 + 1.8) 20) = 3.8/56.
                Sgd0030(0, "0.15", "StiffLoss", "20", R(2 * (1 + 0.5) / 20.0), R(0.15 * 20), "heavy ball with momentum beta = 0.5", "2(1 + beta)/L"),
                Sgd0030(1, "0.08", "StiffLoss", "20", R(2 * (1 + 0.9) / (1 + (2 * 0.9)) / 20.0), R(0.08 * 20), "Nesterov with momentum beta = 0.9", "2(1 + beta)/((1 + 2 beta) L)"));

        [Fact]
        public Task Inside_the_declaring_type_the_loss_is_named_without_its_container() =>
            VerifyFix(
                """
                using SymbolicGd;

                public static partial class Losses
                {
                    [Loss("(theta - 3)^2")]
                    public static partial double Quadratic(double theta);

                    public static DescentResult Run() => QuadraticMinimize(-1.0, new DescentOptions { LearningRate = {|#0:1.5|} });
                }
                """,
                """
                using SymbolicGd;

                public static partial class Losses
                {
                    [Loss("(theta - 3)^2")]
                    public static partial double Quadratic(double theta);

                    public static DescentResult Run() => QuadraticMinimize(-1.0, new DescentOptions { LearningRate = QuadraticLoss.MaxStableLearningRate / 2 });
                }
                """,
                LearningRateCodeFixProvider.SafeRateKey,
                Sgd0030(0, "1.5", "QuadraticLoss", "2", "1", "3"));

        [Fact]
        public Task A_loss_in_another_namespace_is_named_as_the_call_site_can_reach_it() =>
            VerifyFix(
                """
                using SymbolicGd;

                namespace Models
                {
                    public static partial class Losses
                    {
                        [Loss("(theta - 3)^2")]
                        public static partial double Quadratic(double theta);
                    }
                }

                namespace App
                {
                    public static class Use
                    {
                        public static void Run() => Models.Losses.QuadraticMinimize(-1.0, new DescentOptions { LearningRate = {|#0:2.0|} });
                    }
                }
                """,
                """
                using SymbolicGd;

                namespace Models
                {
                    public static partial class Losses
                    {
                        [Loss("(theta - 3)^2")]
                        public static partial double Quadratic(double theta);
                    }
                }

                namespace App
                {
                    public static class Use
                    {
                        public static void Run() => Models.Losses.QuadraticMinimize(-1.0, new DescentOptions { LearningRate = Models.Losses.QuadraticLoss.MaxStableLearningRate / 2 });
                    }
                }
                """,
                LearningRateCodeFixProvider.SafeRateKey,
                Sgd0030(0, "2", "QuadraticLoss", "2", "1", "4"));

        [Fact]
        public Task A_cast_constant_in_a_with_on_a_local_is_replaced_whole() =>
            VerifyFix(
                Losses + """
                public static class Use
                {
                    public static void Run()
                    {
                        var options = new DescentOptions { MaxSteps = 5 } with { LearningRate = (double){|#0:3|} };
                        Losses.QuadraticMinimize(-1.0, options);
                    }
                }
                """,
                Losses + """
                public static class Use
                {
                    public static void Run()
                    {
                        var options = new DescentOptions { MaxSteps = 5 } with { LearningRate = null };
                        Losses.QuadraticMinimize(-1.0, options);
                    }
                }
                """,
                LearningRateCodeFixProvider.AutomaticKey,
                Sgd0030(0, "3", "QuadraticLoss", "2", "1", "6"));

        // The constant sits in an earlier statement than the call: the diagnostic must still be
        // local to the member (the framework rejects fixes of non-local diagnostics, which an IDE
        // offers no fix for).
        [Fact]
        public Task A_learning_rate_in_a_local_before_the_call_is_fixed_where_it_is() =>
            VerifyFix(
                Losses + """
                public static class Use
                {
                    public static void Run()
                    {
                        var options = new DescentOptions { LearningRate = {|#0:3.0|} };
                        Losses.QuadraticMinimize(-1.0, options);
                    }
                }
                """,
                Losses + """
                public static class Use
                {
                    public static void Run()
                    {
                        var options = new DescentOptions { LearningRate = Losses.QuadraticLoss.MaxStableLearningRate / 2 };
                        Losses.QuadraticMinimize(-1.0, options);
                    }
                }
                """,
                LearningRateCodeFixProvider.SafeRateKey,
                Sgd0030(0, "3", "QuadraticLoss", "2", "1", "6"));

        [Fact]
        public Task Fix_all_in_a_document_fixes_both_warnings()
        {
            var test = new LearningRateCodeFixTest(
                Losses + """
                public static class Use
                {
                    public static void Run()
                    {
                        Losses.QuadraticMinimize(-1.0, new DescentOptions { LearningRate = {|#0:1.2|} });
                        GradientDescent.Minimize<Losses.StiffLoss>([1.0, 1.0], new DescentOptions { Method = DescentMethod.HeavyBall, Momentum = 0.5, LearningRate = {|#1:0.5|} });
                        // Not warned (below 2/L = 1), so not touched.
                        Losses.QuadraticMinimize(-1.0, new DescentOptions { LearningRate = 0.9 });
                    }
                }
                """,
                Losses + """
                public static class Use
                {
                    public static void Run()
                    {
                        Losses.QuadraticMinimize(-1.0, new DescentOptions { LearningRate = Losses.QuadraticLoss.MaxStableLearningRate / 2 });
                        GradientDescent.Minimize<Losses.StiffLoss>([1.0, 1.0], new DescentOptions { Method = DescentMethod.HeavyBall, Momentum = 0.5, LearningRate = 1.0 / Losses.StiffLoss.Lipschitz });
                        // Not warned (below 2/L = 1), so not touched.
                        Losses.QuadraticMinimize(-1.0, new DescentOptions { LearningRate = 0.9 });
                    }
                }
                """,
                LearningRateCodeFixProvider.SafeRateKey);
            test.ExpectedDiagnostics.Add(Sgd0030(0, "1.2", "QuadraticLoss", "2", "1", "2.4"));
            test.ExpectedDiagnostics.Add(Sgd0030(1, "0.5", "StiffLoss", "20", R(2 * (1 + 0.5) / 20.0), R(0.5 * 20), "heavy ball with momentum beta = 0.5", "2(1 + beta)/L"));

            // Only the fix-all paths: one application of fix-all in the document fixes both.
            test.CodeFixTestBehaviors |= Microsoft.CodeAnalysis.Testing.CodeFixTestBehaviors.SkipFixAllInProjectCheck
                | Microsoft.CodeAnalysis.Testing.CodeFixTestBehaviors.SkipFixAllInSolutionCheck;
            test.NumberOfFixAllInDocumentIterations = 1;
            return test.RunAsync();
        }

        // A stand-in runtime (the real DescentOptions.LearningRate is double?): whether the
        // automatic action is offered follows the property's type.
        private static string StandIn(string learningRateType) => """
            namespace SymbolicGd
            {
                public interface ILoss { }
                public sealed record DescentOptions
                {
                    public
            """ + " " + learningRateType + """
             LearningRate { get; init; }
                }
                public sealed class DescentResult { }
                public static class GradientDescent
                {
                    public static DescentResult Minimize<TLoss>(TLoss loss, double[] start, DescentOptions? options = null) where TLoss : ILoss => new();
                }
            }

            public static partial class Losses
            {
                public readonly struct QuadraticLoss : SymbolicGd.ILoss
                {
                    public const double Lipschitz = 2.0;
                    public const double MaxStableLearningRate = 1.0;
                }
            }

            public static class Use
            {
                public static void Run() =>
                    SymbolicGd.GradientDescent.Minimize(new Losses.QuadraticLoss(), new double[] { -1.0 }, new SymbolicGd.DescentOptions { LearningRate = 1.5 });
            }
            """;

        [Fact]
        public async Task No_null_action_where_the_learning_rate_is_not_nullable()
        {
            Assert.Equal(
                new[] { LearningRateCodeFixProvider.SafeRateKey, LearningRateCodeFixProvider.AutomaticKey },
                await OfferedActions(StandIn("double?")));
            Assert.Equal(
                new[] { LearningRateCodeFixProvider.SafeRateKey },
                await OfferedActions(StandIn("double")));
        }

        [Fact]
        public async Task The_titles_name_the_expression_written()
        {
            var titles = await OfferedTitles(StandIn("double?"));
            Assert.Equal(
                new[]
                {
                    "Use Losses.QuadraticLoss.MaxStableLearningRate / 2 (half of 2/L)",
                    "Use null: an automatic learning rate chosen from the curvature",
                },
                titles);
        }

        private static async Task<string?[]> OfferedActions(string source) =>
            (await Offered(source)).Select(action => action.EquivalenceKey).ToArray();

        private static async Task<string[]> OfferedTitles(string source) =>
            (await Offered(source)).Select(action => action.Title).ToArray();

        // The analyzer's one SGD0030 on source, and the actions the provider registers for it.
        private static async Task<List<CodeAction>> Offered(string source)
        {
            using var workspace = new AdhocWorkspace();
            Project project = workspace.AddProject("Test", LanguageNames.CSharp)
                .WithCompilationOptions(new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable))
                .WithParseOptions(new CSharpParseOptions(LanguageVersion.Latest))
                .AddMetadataReferences(Net100.References.All);
            Document document = project.AddDocument("Test.cs", source);
            Compilation compilation = (await document.Project.GetCompilationAsync())!;
            Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));

            ImmutableArray<Diagnostic> diagnostics = await compilation
                .WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new LearningRateAnalyzer()))
                .GetAnalyzerDiagnosticsAsync();
            Diagnostic diagnostic = Assert.Single(diagnostics);
            Assert.Equal("SGD0030", diagnostic.Id);

            var actions = new List<CodeAction>();
            var context = new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), CancellationToken.None);
            await new LearningRateCodeFixProvider().RegisterCodeFixesAsync(context);
            return actions;
        }

        private static string R(double value) => value.ToString("R", System.Globalization.CultureInfo.InvariantCulture);
    }
}
