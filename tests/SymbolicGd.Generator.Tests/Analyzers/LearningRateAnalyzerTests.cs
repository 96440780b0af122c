using System.Threading.Tasks;
using Xunit;
using static SymbolicGd.Generator.Tests.Analyzers.LearningRateAnalyzerTest;

namespace SymbolicGd.Generator.Tests.Analyzers
{
    /// <summary>
    /// SGD0030 on real generated losses: Quadratic has L = 2 (2/L = 1), Stiff has L = 20 (2/L =
    /// 0.1, the quadratic x^2 + 10 y^2), Rosenbrock has no constant Hessian. The expected L and 2/L
    /// are the closed-form Hessian eigenvalues of these quadratics, not the analyzer's output.
    /// </summary>
    public class LearningRateAnalyzerTests
    {
        private static string R(double value) => value.ToString("R", System.Globalization.CultureInfo.InvariantCulture);

        private const string Losses = """
            using SymbolicGd;

            public static partial class Losses
            {
                [Loss("(theta - 3)^2")]
                public static partial double Quadratic(double theta);

                [Loss("x^2 + 10*y^2")]
                public static partial double Stiff(double x, double y);

                [Loss("(1 - x)^2 + 100*(y - x^2)^2")]
                public static partial double Rosenbrock(double x, double y);
            }

            """;

        [Fact]
        public Task A_literal_in_an_initializer_passed_to_NameMinimize_warns_at_the_literal() =>
            VerifyAnalyzer(Losses + """
                public static class Use
                {
                    public static void Run() => Losses.QuadraticMinimize(-1.0, new DescentOptions { MaxSteps = 10, LearningRate = {|#0:1.2|} });
                }
                """,
                Sgd0030(0, "1.2", "QuadraticLoss", "2", "1", "2.4"));

        [Fact]
        public Task A_constant_expression_passed_to_the_generic_Minimize_warns() =>
            VerifyAnalyzer(Losses + """
                public static class Use
                {
                    private const double Base = 0.6;

                    public static void Run() => GradientDescent.Minimize<Losses.QuadraticLoss>([-1.0], new DescentOptions { LearningRate = {|#0:2 * Base|} });
                }
                """,
                Sgd0030(0, "1.2", "QuadraticLoss", "2", "1", "2.4"));

        [Fact]
        public Task A_with_expression_warns_and_eta_exactly_at_two_over_L_counts() =>
            VerifyAnalyzer(Losses + """
                public static class Use
                {
                    public static void Run(DescentOptions options)
                    {
                        GradientDescent.Minimize<Losses.StiffLoss>([1.0, 1.0], new DescentOptions { MaxSteps = 5 } with { LearningRate = {|#0:0.1|} });
                        // Options from outside may carry any Method, whose limit is not 2/L: no warning.
                        GradientDescent.Minimize<Losses.StiffLoss>([1.0, 1.0], options with { LearningRate = 0.1 });
                        Losses.QuadraticMinimize(-1.0, new DescentOptions { MaxSteps = 5 } with { LearningRate = {|#1:3|} });
                    }
                }
                """,
                Sgd0030(0, "0.1", "StiffLoss", "20", "0.1", "2"),
                Sgd0030(1, "3", "QuadraticLoss", "2", "1", "6"));

        [Fact]
        public Task A_with_that_leaves_the_learning_rate_alone_is_looked_through() =>
            VerifyAnalyzer(Losses + """
                public static class Use
                {
                    public static void Run() => Losses.StiffMinimize(1.0, 1.0, new DescentOptions { LearningRate = {|#0:0.25|} } with { MaxSteps = 3 });
                }
                """,
                Sgd0030(0, "0.25", "StiffLoss", "20", "0.1", "5"));

        [Fact]
        public Task Just_below_two_over_L_and_the_suggested_fixes_do_not_warn() =>
            VerifyAnalyzer(Losses + """
                public static class Use
                {
                    public static void Run(double eta)
                    {
                        Losses.StiffMinimize(1.0, 1.0, new DescentOptions { LearningRate = 0.09999999999999999 });
                        Losses.StiffMinimize(1.0, 1.0, new DescentOptions { LearningRate = Losses.StiffLoss.MaxStableLearningRate / 2 });
                        Losses.StiffMinimize(1.0, 1.0, new DescentOptions { LearningRate = null });
                        Losses.StiffMinimize(1.0, 1.0, new DescentOptions { LearningRate = eta });
                        Losses.StiffMinimize(1.0, 1.0);
                    }
                }
                """);

        [Fact]
        public Task A_loss_without_a_constant_Hessian_never_warns() =>
            VerifyAnalyzer(Losses + """
                public static class Use
                {
                    public static void Run()
                    {
                        Losses.RosenbrockMinimize(-1.0, 2.0, new DescentOptions { LearningRate = 5.0 });
                        GradientDescent.Minimize<Losses.RosenbrockLoss>([-1.0, 2.0], new DescentOptions { LearningRate = 5.0 });
                    }
                }
                """);

        [Fact]
        public Task A_local_initialised_once_is_followed_and_a_reassigned_one_is_not() =>
            VerifyAnalyzer(Losses + """
                public static class Use
                {
                    public static void Run(bool careful)
                    {
                        var options = new DescentOptions { LearningRate = {|#0:1.5|}, MaxSteps = 20 };
                        Losses.QuadraticMinimize(-1.0, options);

                        var changed = new DescentOptions { LearningRate = 1.5 };
                        if (careful)
                        {
                            changed = new DescentOptions { LearningRate = 0.5 };
                        }

                        Losses.QuadraticMinimize(-1.0, changed);
                    }
                }
                """,
                Sgd0030(0, "1.5", "QuadraticLoss", "2", "1", "3"));

        // The analyzer walks whole operation blocks (so that a constant in an earlier statement is
        // a local diagnostic, which a code fix can reach): calls in a field initializer, a lambda,
        // a local function and a constructor are each found, and each exactly once.
        [Fact]
        public Task Calls_in_initializers_lambdas_and_local_functions_warn_once_each() =>
            VerifyAnalyzer(Losses + """
                public sealed class Use
                {
                    private static readonly DescentResult Field = Losses.QuadraticMinimize(-1.0, new DescentOptions { LearningRate = {|#0:1.1|} });

                    private readonly System.Func<DescentResult> lambda = () => Losses.QuadraticMinimize(-1.0, new DescentOptions { LearningRate = {|#1:1.2|} });

                    public Use()
                    {
                        Local();

                        DescentResult Local() => Losses.QuadraticMinimize(-1.0, new DescentOptions { LearningRate = {|#2:1.3|} });
                    }
                }
                """,
                Sgd0030(0, "1.1", "QuadraticLoss", "2", "1", "2.2"),
                Sgd0030(1, "1.2", "QuadraticLoss", "2", "1", "2.4"),
                Sgd0030(2, "1.3", "QuadraticLoss", "2", "1", "2.6"));

        [Fact]
        public Task Pragma_warning_disable_suppresses_it() =>
            VerifyAnalyzer(Losses + """
                public static class Use
                {
                    public static void Run()
                    {
                #pragma warning disable SGD0030 // showing the divergence on purpose
                        Losses.QuadraticMinimize(-1.0, new DescentOptions { LearningRate = 1.2 });
                #pragma warning restore SGD0030
                    }
                }
                """);

        [Fact]
        public Task A_method_named_like_Minimize_without_a_generated_loss_is_ignored() =>
            VerifyAnalyzer(Losses + """
                public static class Other
                {
                    public static DescentResult? FastMinimize(DescentOptions options) => null;

                    public static void Run() => FastMinimize(new DescentOptions { LearningRate = 100.0 });
                }
                """);

        // Stiff: L = 20. Heavy ball with beta = 0.5: 2(1 + beta)/L = 3/20; Nesterov with beta = 0.5:
        // 2(1 + beta)/((1 + 2 beta) L) = 1.5/20, below gradient descent's 2/L = 0.1.
        private static readonly string HeavyBallBound = R(2 * (1 + 0.5) / 20.0);
        private static readonly string NesterovBound = R(2 * (1 + 0.5) / (1 + (2 * 0.5)) / 20.0);

        [Fact]
        public Task Heavy_ball_with_a_constant_momentum_is_held_to_two_times_one_plus_beta_over_L() =>
            VerifyAnalyzer(Losses + """
                public static class Use
                {
                    public static void Run()
                    {
                        Losses.StiffMinimize(1.0, 1.0, new DescentOptions { Method = DescentMethod.HeavyBall, Momentum = 0.5, LearningRate = {|#0:0.15|} });
                        // Above gradient descent's 2/L = 0.1 but below heavy ball's limit: no warning.
                        Losses.StiffMinimize(1.0, 1.0, new DescentOptions { Method = DescentMethod.HeavyBall, Momentum = 0.5, LearningRate = 0.14 });
                    }
                }
                """,
                Sgd0030(0, "0.15", "StiffLoss", "20", HeavyBallBound, R(0.15 * 20), "heavy ball with momentum beta = 0.5", "2(1 + beta)/L"));

        [Fact]
        public Task Nesterov_with_a_constant_momentum_is_held_to_its_own_smaller_limit() =>
            VerifyAnalyzer(Losses + """
                public static class Use
                {
                    public static void Run()
                    {
                        // Below gradient descent's 2/L = 0.1 but above Nesterov's 0.075.
                        GradientDescent.Minimize<Losses.StiffLoss>([1.0, 1.0], new DescentOptions { LearningRate = {|#0:0.08|}, Momentum = 0.5, Method = DescentMethod.Nesterov });
                        GradientDescent.Minimize<Losses.StiffLoss>([1.0, 1.0], new DescentOptions { LearningRate = 0.07, Momentum = 0.5, Method = DescentMethod.Nesterov });
                    }
                }
                """,
                Sgd0030(0, "0.08", "StiffLoss", "20", NesterovBound, R(0.08 * 20), "Nesterov with momentum beta = 0.5", "2(1 + beta)/((1 + 2 beta) L)"));

        [Fact]
        public Task Automatic_or_unknown_momentum_and_Newton_are_not_warned_about() =>
            VerifyAnalyzer(Losses + """
                public static class Use
                {
                    public static void Run(double beta)
                    {
                        // Automatic momentum (absent or null) is chosen with its eta from the curvature.
                        Losses.StiffMinimize(1.0, 1.0, new DescentOptions { Method = DescentMethod.HeavyBall, LearningRate = 5.0 });
                        Losses.StiffMinimize(1.0, 1.0, new DescentOptions { Method = DescentMethod.Nesterov, Momentum = null, LearningRate = 5.0 });
                        // A momentum the compiler cannot see, or one the runtime rejects.
                        Losses.StiffMinimize(1.0, 1.0, new DescentOptions { Method = DescentMethod.HeavyBall, Momentum = beta, LearningRate = 5.0 });
                        Losses.StiffMinimize(1.0, 1.0, new DescentOptions { Method = DescentMethod.HeavyBall, Momentum = 1.5, LearningRate = 5.0 });
                        // Newton's learning rate is the line search's first trial step length.
                        Losses.StiffMinimize(1.0, 1.0, new DescentOptions { Method = DescentMethod.Newton, LearningRate = 5.0 });
                    }
                }
                """);

        [Fact]
        public Task A_with_that_sets_method_momentum_and_learning_rate_on_outside_options_warns() =>
            VerifyAnalyzer(Losses + """
                public static class Use
                {
                    public static void Run(DescentOptions options)
                    {
                        Losses.QuadraticMinimize(-1.0, options with { Method = DescentMethod.HeavyBall, Momentum = 0.5, LearningRate = {|#0:1.5|} });
                        Losses.QuadraticMinimize(-1.0, options with { Method = DescentMethod.GradientDescent, LearningRate = {|#1:1.0|} });
                        // The momentum may come from outside: no warning.
                        Losses.QuadraticMinimize(-1.0, options with { Method = DescentMethod.HeavyBall, LearningRate = 1.5 });
                    }
                }
                """,
                Sgd0030(0, "1.5", "QuadraticLoss", "2", R(2 * (1 + 0.5) / 2.0), R(1.5 * 2), "heavy ball with momentum beta = 0.5", "2(1 + beta)/L"),
                Sgd0030(1, "1", "QuadraticLoss", "2", "1", "2"));

        // The instance form Minimize(new NameLoss(), start, options) (SPEC 7) and the method
        // selector (SPEC 8) against a stand-in runtime with those signatures; NameLoss is written
        // as the generator writes a constant-Hessian loss.
        private const string StandInRuntime = """
            namespace SymbolicGd
            {
                public interface ILoss { }
                public enum DescentMethod { GradientDescent, HeavyBall, Nesterov, Newton }
                public sealed record DescentOptions
                {
                    public double? LearningRate { get; init; }
                    public DescentMethod Method { get; init; }
                    public double? Momentum { get; init; }
                }
                public sealed class DescentResult { }
                public static class GradientDescent
                {
                    public static DescentResult Minimize<TLoss>(TLoss loss, System.ReadOnlySpan<double> start, DescentOptions? options = null) where TLoss : ILoss => new();
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

            """;

        [Fact]
        public Task The_instance_form_warns_and_only_gradient_descent_is_held_to_two_over_L() =>
            VerifyAnalyzer(StandInRuntime + """
                public static class Use
                {
                    public static void Run()
                    {
                        SymbolicGd.GradientDescent.Minimize(new Losses.QuadraticLoss(), new double[] { -1.0 }, new SymbolicGd.DescentOptions { LearningRate = {|#0:1.5|} });
                        SymbolicGd.GradientDescent.Minimize(new Losses.QuadraticLoss(), new double[] { -1.0 }, new SymbolicGd.DescentOptions { LearningRate = {|#1:1.5|}, Method = SymbolicGd.DescentMethod.GradientDescent });
                        SymbolicGd.GradientDescent.Minimize(new Losses.QuadraticLoss(), new double[] { -1.0 }, new SymbolicGd.DescentOptions { LearningRate = 1.5, Method = SymbolicGd.DescentMethod.HeavyBall, Momentum = 0.9 });
                    }

                    public static void FromElsewhere(SymbolicGd.DescentOptions options) =>
                        SymbolicGd.GradientDescent.Minimize(new Losses.QuadraticLoss(), new double[] { -1.0 }, options with { LearningRate = 1.5 });
                }
                """,
                withRuntimeAndGenerator: false,
                Sgd0030(0, "1.5", "QuadraticLoss", "2", "1", "3"),
                Sgd0030(1, "1.5", "QuadraticLoss", "2", "1", "3"));
    }
}
