using System;
using System.Linq;
using SymbolicGd.Tests.Losses;
using Xunit;
using Xunit.Abstractions;

namespace SymbolicGd.Tests
{
    /// <summary>Losses for the certified guard, emitted by the generator with their interval bounds.</summary>
    public static partial class CertifiedLosses
    {
        // H = diag(100, 1): L = 100, 2/L = 0.02.
        [Loss("0.5*(100*x^2 + y^2)")]
        public static partial double Anisotropic(double x, double y);

        [Loss("(1 - x)^2 + 100*(y - x^2)^2")]
        public static partial double Rosenbrock(double x, double y);

        [Loss("(1.5 - x + x*y)^2 + (2.25 - x + x*y^2)^2 + (2.625 - x + x*y^3)^2")]
        public static partial double Beale(double x, double y);

        // An exponential fit: a*exp(-b*t) through (0, 2), (1, 1.2), (2, 0.75), (3, 0.4).
        [Loss("(a - 2)^2 + (a*exp(-b) - 1.2)^2 + (a*exp(-2*b) - 0.75)^2 + (a*exp(-3*b) - 0.4)^2")]
        public static partial double ExponentialFit(double a, double b);

        // Defined for x > 0 only; minimum at x = sqrt(1/2).
        [Loss("x^2 - log(x)")]
        public static partial double LogBarrier(double x);

        // A kink along x = 0 (SGD0005 says so; here it is the point).
#pragma warning disable SGD0005
        [Loss("abs(x) + (y - 2)^2")]
        public static partial double Kinked(double x, double y);

        // A jump of the value at x = 0 (x/|x| is -1, then 1) that the gradient 2(x - 1) and the
        // Hessian 2 do not show: crossing it lowers the loss from 1 + (x - 1)^2 to -1 + (x - 1)^2.
        [Loss("(x - 1)^2 - x/sqrt(x^2)")]
        public static partial double Jump(double x);
#pragma warning restore SGD0005
    }

    /// <summary>
    /// <see cref="StepGuard.Certified"/>: the computed loss never rises at any learning rate, the
    /// run never diverges or overflows, every step satisfies eta * L_segment &lt; 2, and a
    /// quadratic's first step is the closed-form exact line search along the gradient.
    /// </summary>
    public class CertifiedStepTests
    {
        private static readonly DescentOptions Certified = new() { Guard = StepGuard.Certified, RecordTrajectory = true, MaxSteps = 3000 };

        private readonly ITestOutputHelper _output;

        public CertifiedStepTests(ITestOutputHelper output) => _output = output;

        public static TheoryData<string, double> Runs()
        {
            var data = new TheoryData<string, double>();
            foreach (string loss in new[] { "Rosenbrock", "Beale", "ExponentialFit", "Anisotropic", "LogBarrier", "Kinked" })
            {
                foreach (double eta in new[] { 1.0, 10.0, 1e6 })
                {
                    data.Add(loss, eta);
                }
            }

            return data;
        }

        [Theory]
        [MemberData(nameof(Runs))]
        public void The_loss_never_rises_at_a_learning_rate_far_above_two_over_L(string loss, double eta)
        {
            DescentResult result = Minimize(loss, Certified with { LearningRate = eta });
            DescentTrajectory trajectory = result.Trajectory!;
            _output.WriteLine(result.ToString());

            Assert.DoesNotContain(result.StopReason, new[] { StopReason.Diverged, StopReason.NonFinite, StopReason.NonDifferentiable });
            Assert.True(result.Steps > 0);
            for (int t = 1; t < trajectory.Count; t++)
            {
                Assert.True(trajectory.Loss[t] <= trajectory.Loss[t - 1], $"{loss}, eta = {eta}: the loss rose at step {t}, {trajectory.Loss[t - 1]:R} -> {trajectory.Loss[t]:R}");
            }

            for (int t = 0; t < trajectory.Count - 1; t++)
            {
                double used = trajectory.LearningRate[t], bound = trajectory.SegmentLipschitz[t];
                Assert.Equal(eta, trajectory.RequestedLearningRate[t]);
                Assert.True(used <= eta);
                Assert.True(bound >= 0.0 && used * bound < 2.0, $"{loss}: step {t} has eta = {used:R}, L_segment = {bound:R}");
            }

            // Far above 2/L, so the guard had to shorten, and says by how much.
            Assert.True(result.Summary.ShortenedSteps > 0);
            Assert.Equal(StepGuard.Certified, result.Summary.Guard);
            Assert.InRange(result.Summary.ShorteningFactor!.Value, result.Summary.SmallestShorteningFactor!.Value, 1.0);
            Assert.True(result.Summary.IntervalEvaluations >= result.Steps);
            Assert.Contains("certified (the loss never rises)", result.ToString(), StringComparison.Ordinal);
        }

        [Fact]
        public void Certified_runs_reach_the_minima_of_the_smooth_classic_problems()
        {
            // Rosenbrock (1, 1), Beale (3, 0.5), the fit (2, about 0.5), the barrier sqrt(1/2):
            // gradient descent with the curvature of each segment, from eta = 10.
            var options = Certified with { LearningRate = 10.0, MaxSteps = 200_000, Tolerance = 1e-6, RecordTrajectory = false };
            AssertClose(new[] { 1.0, 1.0 }, Minimize("Rosenbrock", options).Minimum, 1e-5);
            AssertClose(new[] { 3.0, 0.5 }, Minimize("Beale", options).Minimum, 1e-5);
            AssertClose(new[] { Math.Sqrt(0.5) }, Minimize("LogBarrier", options).Minimum, 1e-6);
            DescentResult fit = Minimize("ExponentialFit", options);
            Assert.Equal(StopReason.Converged, fit.StopReason);
        }

        [Fact]
        public void On_a_quadratic_the_first_step_is_the_exact_line_search_along_the_gradient()
        {
            // A constant Hessian H makes L_segment the Rayleigh quotient g^T H g / |g|^2 for every
            // box; from eta = 1 (50 times 2/L) the search ends at the eta that bound certifies,
            // 1/L_segment = |g|^2 / g^T H g: the exact minimiser along -g (Cauchy's step).
            double[] start = { 1.0, 1.0 };
            double[] g = { 100.0, 1.0 };
            double rayleigh = ((100.0 * g[0] * g[0]) + (g[1] * g[1])) / ((g[0] * g[0]) + (g[1] * g[1]));
            DescentResult result = GradientDescent.Minimize<CertifiedLosses.AnisotropicLoss>(start, Certified with { LearningRate = 1.0, MaxSteps = 1 });
            DescentTrajectory trajectory = result.Trajectory!;

            Assert.Equal(rayleigh, trajectory.SegmentLipschitz[0], 12);
            Assert.Equal(1.0 / rayleigh, trajectory.LearningRate[0], 14);
            double expectedLoss = 0.5 * ((100.0 * Math.Pow(1.0 - (g[0] / rayleigh), 2)) + Math.Pow(1.0 - (g[1] / rayleigh), 2));
            Assert.Equal(expectedLoss, trajectory.Loss[1], 12);
        }

        [Fact]
        public void A_learning_rate_that_is_already_certified_is_used_as_asked()
        {
            // eta = 0.015 < 2/L = 0.02 on the quadratic: every trial passes, nothing is shortened.
            DescentResult result = GradientDescent.Minimize<CertifiedLosses.AnisotropicLoss>(new[] { 1.0, 1.0 }, Certified with { LearningRate = 0.015, MaxSteps = 50 });
            Assert.Equal(0, result.Summary.ShortenedSteps);
            Assert.Null(result.Summary.ShorteningFactor);
            Assert.All(result.Trajectory!.LearningRate.Take(50), used => Assert.Equal(0.015, used));
            Assert.Equal(50, result.Summary.IntervalEvaluations);
        }

        [Fact]
        public void A_box_that_leaves_the_domain_shortens_the_step_instead_of_failing()
        {
            // From x = 3 with eta = 1 the plain step lands at x = -2.67, where log is undefined:
            // the segment's box crosses 0, has no bound, and the step is shortened.
            DescentResult result = GradientDescent.Minimize<CertifiedLosses.LogBarrierLoss>(new[] { 3.0 }, Certified with { LearningRate = 1.0 });
            Assert.Equal(StopReason.Converged, result.StopReason);
            Assert.Equal(Math.Sqrt(0.5), result.Minimum[0], 7);
            Assert.All(result.Trajectory!.Theta, theta => Assert.True(theta[0] > 0.0));
            Assert.True(result.Trajectory.LearningRate[0] < 1.0);
        }

        [Fact]
        public void A_step_across_a_kink_is_never_certified()
        {
            // abs(x): the gradient jumps at x = 0, so no Hessian bounds the curvature across it;
            // every certified step stays on the side where it started (it may end on the kink).
            DescentResult result = GradientDescent.Minimize<CertifiedLosses.KinkedLoss>(new[] { 3.0, 0.0 }, Certified with { LearningRate = 10.0 });
            Assert.All(result.Trajectory!.Theta, theta => Assert.True(theta[0] >= 0.0, $"crossed the kink at x = {theta[0]:R}"));
            Assert.True(result.Value < 1e-3, result.ToString());
        }

        [Fact]
        public void A_step_across_a_jump_of_the_value_is_never_certified_even_where_the_Hessian_is_smooth()
        {
            // The engine's gradient of x/|x| is 0, so the Hessian enclosure is 2 everywhere; but the
            // value's enclosure over a box across 0 divides by an interval containing 0: no bound.
            double[] gradient = new double[1], hessian = new double[1];
            CertifiedLosses.JumpLoss.ValueGradientHessian(new[] { -0.1 }, gradient, hessian);
            Assert.Equal(-2.2, gradient[0], 14);
            Assert.Equal(2.0, hessian[0]);

            DescentResult result = GradientDescent.Minimize<CertifiedLosses.JumpLoss>(new[] { -0.1 }, Certified with { LearningRate = 0.5, MaxSteps = 200 });
            Assert.All(result.Trajectory!.Theta, theta => Assert.True(theta[0] < 0.0, $"crossed the jump at x = {theta[0]:R}"));
        }

        [Fact]
        public void The_step_callback_sees_the_certified_learning_rate_and_its_bound()
        {
            double requested = double.NaN, used = double.NaN, bound = double.NaN;
            var options = Certified with
            {
                LearningRate = 1.0,
                MaxSteps = 1,
                OnStep = step =>
                {
                    requested = step.RequestedLearningRate;
                    used = step.LearningRate;
                    bound = step.SegmentLipschitz;
                },
            };
            DescentResult result = GradientDescent.Minimize<CertifiedLosses.RosenbrockLoss>(new[] { -1.2, 1.0 }, options);
            Assert.Equal(1.0, requested);
            Assert.Equal(result.Trajectory!.LearningRate[0], used);
            Assert.Equal(result.Trajectory.SegmentLipschitz[0], bound);
            Assert.True(used * bound < 2.0);
        }

        [Fact]
        public void The_instance_form_of_a_generated_loss_is_certified_too()
        {
            DescentResult result = GradientDescent.Minimize(new CertifiedLosses.RosenbrockLoss(), new[] { -1.2, 1.0 }, Certified with { LearningRate = 10.0 });
            Assert.True(result.Summary.ShortenedSteps > 0);
            double[] loss = result.Trajectory!.Loss;
            Assert.All(Enumerable.Range(1, loss.Length - 1), t => Assert.True(loss[t] <= loss[t - 1]));
        }

        [Fact]
        public void Automatic_steps_are_certified_as_well()
        {
            DescentResult result = GradientDescent.Minimize<CertifiedLosses.RosenbrockLoss>(new[] { -1.2, 1.0 }, Certified with { MaxSteps = 20_000 });
            double[] loss = result.Trajectory!.Loss;
            Assert.All(Enumerable.Range(1, loss.Length - 1), t => Assert.True(loss[t] <= loss[t - 1]));
            Assert.All(Enumerable.Range(0, loss.Length - 1), t => Assert.Equal(1.0 / result.Trajectory.Lipschitz[t], result.Trajectory.RequestedLearningRate[t], 15));
        }

        [Fact]
        public void A_loss_without_interval_bounds_is_refused_with_a_clear_error()
        {
            // Hand-written losses (static and instance form) have no ValueGradientHessianBounds.
            var error = Assert.Throws<ArgumentException>(() => GradientDescent.Minimize<QuadraticLoss>(new[] { 0.0 }, new DescentOptions { Guard = StepGuard.Certified }));
            Assert.Contains("'QuadraticLoss' has none", error.Message, StringComparison.Ordinal);
            Assert.Contains("StepGuard.Certified", error.Message, StringComparison.Ordinal);
            Assert.Throws<ArgumentException>(() => GradientDescent.Minimize(new LineFitLoss(new[] { 0.0, 1.0 }, new[] { 1.0, 2.0 }), new[] { 0.0, 0.0 }, new DescentOptions { Guard = StepGuard.Certified }));
        }

        [Theory]
        [InlineData(DescentMethod.HeavyBall, "momentum")]
        [InlineData(DescentMethod.Nesterov, "momentum")]
        [InlineData(DescentMethod.Newton, "line search")]
        public void Other_methods_are_refused_with_the_reason(DescentMethod method, string reason)
        {
            var error = Assert.Throws<ArgumentException>(() => GradientDescent.Minimize<CertifiedLosses.RosenbrockLoss>(new[] { -1.2, 1.0 }, new DescentOptions { Guard = StepGuard.Certified, Method = method }));
            Assert.Equal("Guard", error.ParamName);
            Assert.Contains("GradientDescent only", error.Message, StringComparison.Ordinal);
            Assert.Contains(reason, error.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void The_directional_bound_is_the_Rayleigh_quotient_of_a_point_Hessian_and_covers_every_matrix_in_an_interval_one()
        {
            // A point Hessian [[2, 1], [1, 3]] along g = (1, 1): (2 + 2 + 3) / 2 = 3.5 exactly.
            Interval[] point = { 2.0, 1.0, 1.0, 3.0 };
            Assert.Equal(3.5, CertifiedStep.DirectionalCurvature(point, new[] { 1.0, 1.0 }));

            // Entries in intervals: the bound is at least the quotient of every matrix inside
            // (checked at the corners, where the quotient, linear in the entries, is extreme).
            Interval[] box = { new(1.0, 2.0), new(-0.5, 0.5), new(-0.5, 0.5), new(2.0, 4.0) };
            double[] g = { 0.3, -1.7 };
            double bound = CertifiedStep.DirectionalCurvature(box, g);
            foreach (double a in new[] { 1.0, 2.0 })
            {
                foreach (double b in new[] { -0.5, 0.5 })
                {
                    foreach (double d in new[] { 2.0, 4.0 })
                    {
                        double quotient = ((a * g[0] * g[0]) + (2 * b * g[0] * g[1]) + (d * g[1] * g[1])) / ((g[0] * g[0]) + (g[1] * g[1]));
                        Assert.True(quotient <= bound);
                    }
                }
            }

            // Tiny and huge gradients neither underflow nor overflow; undefined entries give no bound.
            Assert.InRange(CertifiedStep.DirectionalCurvature(point, new[] { 1e-300, 1e-300 }), 3.5, 3.5 + 1e-14);
            Assert.InRange(CertifiedStep.DirectionalCurvature(point, new[] { 1e300, 1e300 }), 3.5, 3.5 + 1e-14);
            Assert.True(double.IsNaN(CertifiedStep.DirectionalCurvature(new[] { Interval.Undefined, 1.0, 1.0, 3.0 }, new[] { 1.0, 1.0 })));
        }

        private static DescentResult Minimize(string loss, DescentOptions options) => loss switch
        {
            "Rosenbrock" => GradientDescent.Minimize<CertifiedLosses.RosenbrockLoss>(new[] { -1.2, 1.0 }, options),
            "Beale" => GradientDescent.Minimize<CertifiedLosses.BealeLoss>(new[] { 1.0, 1.0 }, options),
            "ExponentialFit" => GradientDescent.Minimize<CertifiedLosses.ExponentialFitLoss>(new[] { 1.0, 1.0 }, options),
            "Anisotropic" => GradientDescent.Minimize<CertifiedLosses.AnisotropicLoss>(new[] { 1.0, 1.0 }, options),
            "LogBarrier" => GradientDescent.Minimize<CertifiedLosses.LogBarrierLoss>(new[] { 3.0 }, options),
            _ => GradientDescent.Minimize<CertifiedLosses.KinkedLoss>(new[] { 3.0, 0.0 }, options),
        };

        private static void AssertClose(double[] expected, double[] actual, double tolerance)
        {
            for (int i = 0; i < expected.Length; i++)
            {
                Assert.True(Math.Abs(expected[i] - actual[i]) <= tolerance, $"component {i}: expected {expected[i]:R}, got {actual[i]:R}");
            }
        }
    }
}
