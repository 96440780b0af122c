using System;
using System.Linq;
using SymbolicGd.Tests.Losses;
using Xunit;

namespace SymbolicGd.Tests
{
    // GradientDescent.Minimize(loss, start, options): the instance form (ILoss) runs the same loop
    // as the static form, so the two must walk bit-identical paths; a data loss reaches the
    // least-squares solution of the normal equations; a constant Hessian's L is read once.
    public class InstanceFormTests
    {
        // x = 0..9, y = 1 + 0.5 x + a fixed wiggle, so the fit is not exact.
        private static readonly double[] X = Enumerable.Range(0, 10).Select(i => (double)i).ToArray();
        private static readonly double[] Y = X.Select((x, i) => 1.0 + (0.5 * x) + (i % 3 == 0 ? 0.3 : -0.15)).ToArray();

        [Fact]
        public void Instance_and_static_forms_walk_identical_paths()
        {
            AssertSamePath<RosenbrockLoss>([-1.2, 1.0], new DescentOptions { MaxSteps = 500 });
            AssertSamePath<BoothLoss>([0.0, 0.0], new DescentOptions { LearningRate = 0.05, MaxSteps = 50 });
            AssertSamePath<SaddleLoss>([0.5, 0.01], new DescentOptions { LearningRate = 0.1, MaxSteps = 20 });
            AssertSamePath<CoupledQuarticLoss>([1.0, -0.5, 0.25], new DescentOptions { MaxSteps = 200 });
        }

        [Fact]
        public void A_data_loss_reaches_the_least_squares_line()
        {
            // Normal equations of min mean((a + b x - y)^2): b = cov(x, y) / var(x), a = mean y - b mean x.
            double mx = X.Average(), my = Y.Average();
            double b = X.Zip(Y, (x, y) => (x - mx) * (y - my)).Sum() / X.Sum(x => (x - mx) * (x - mx));
            double a = my - (b * mx);

            var result = GradientDescent.Minimize(new LineFitLoss(X, Y), [0.0, 0.0], new DescentOptions { MaxSteps = 100_000, Tolerance = 1e-12 });

            Assert.Equal(StopReason.Converged, result.StopReason);
            Assert.Equal(a, result.Minimum[0], 1e-9);
            Assert.Equal(b, result.Minimum[1], 1e-9);
            Assert.Equal("LineFitLoss", result.LossName);
            Assert.Equal("mean((a + b*x - y)^2)", result.Expression);
            Assert.Equal(new[] { "a", "b" }, result.ParameterNames);
        }

        [Fact]
        public void A_data_loss_with_a_fixed_rate_follows_the_closed_form_iteration()
        {
            // theta_{k+1} = theta_k - eta (H theta_k - c) with H = 2 [[1, mean x], [mean x, mean x^2]], c = 2 [mean y, mean xy].
            double mx = X.Average(), mxx = X.Average(x => x * x), my = Y.Average(), mxy = X.Zip(Y, (x, y) => x * y).Average();
            const double Eta = 0.01;
            var result = GradientDescent.Minimize(new LineFitLoss(X, Y), [0.0, 0.0], new DescentOptions { LearningRate = Eta, MaxSteps = 30, Tolerance = 0.0, RecordTrajectory = true });

            double ta = 0.0, tb = 0.0;
            for (int k = 0; k <= 30; k++)
            {
                Assert.Equal(ta, result.Trajectory!.Theta[k][0], 1e-12);
                Assert.Equal(tb, result.Trajectory.Theta[k][1], 1e-12);
                double ga = 2.0 * (ta + (mx * tb) - my), gb = 2.0 * ((mx * ta) + (mxx * tb) - mxy);
                ta -= Eta * ga;
                tb -= Eta * gb;
            }
        }

        [Fact]
        public void A_constant_Hessian_is_read_through_Lipschitz_once_per_run_and_never_solved_per_step()
        {
            var shortLoss = new CountingQuadraticLoss();
            var longLoss = new CountingQuadraticLoss();
            var options = new DescentOptions { LearningRate = 0.1, Tolerance = 0.0, RecordTrajectory = true };

            var shortRun = GradientDescent.Minimize(shortLoss, [1.0, 1.0], options with { MaxSteps = 10 });
            var longRun = GradientDescent.Minimize(longLoss, [1.0, 1.0], options with { MaxSteps = 100 });

            Assert.Equal(1, shortLoss.LipschitzReads);
            Assert.Equal(1, longLoss.LipschitzReads);
            Assert.Equal(shortLoss.HessianCalls, longLoss.HessianCalls);
            Assert.Equal(11, shortLoss.GradientCalls);
            Assert.Equal(101, longLoss.GradientCalls);
            Assert.All(longRun.Trajectory!.Lipschitz, l => Assert.Equal(4.0, l));
            Assert.Equal("CountingQuadraticLoss", shortRun.LossName);
        }

        [Fact]
        public void Messages_name_the_users_type_not_the_runtimes_adapter()
        {
            var options = new DescentOptions { LearningRate = 10.0, Guard = StepGuard.Throw };

            var data = Assert.Throws<UnstableLearningRateException>(() => GradientDescent.Minimize(new LineFitLoss(X, Y), [0.0, 0.0], options));
            var stat = Assert.Throws<UnstableLearningRateException>(() => GradientDescent.Minimize<QuadraticLoss>([0.0], options));
            var boxed = Assert.Throws<UnstableLearningRateException>(() => GradientDescent.Minimize<ILoss>(new CountingQuadraticLoss(), [1.0, 1.0], options));

            Assert.Equal("LineFitLoss", data.LossName);
            Assert.Contains("LineFitLoss \"mean((a + b*x - y)^2)\"", data.Message, StringComparison.Ordinal);
            Assert.Equal("QuadraticLoss", stat.LossName);
            Assert.Contains("QuadraticLoss \"(theta - 3)^2\"", stat.Message, StringComparison.Ordinal);
            Assert.Equal("CountingQuadraticLoss", boxed.LossName);
            Assert.Equal("QuadraticLoss", GradientDescent.Minimize<QuadraticLoss>([0.0]).LossName);
        }

        [Fact]
        public void The_instance_form_checks_its_arguments()
        {
            var error = Assert.Throws<ArgumentException>(() => GradientDescent.Minimize(new LineFitLoss(X, Y), [0.0, 0.0, 0.0]));
            Assert.Equal("start", error.ParamName);
            Assert.Contains("start must have 2 value(s), one per parameter of LineFitLoss (a, b), but has 3", error.Message, StringComparison.Ordinal);
            Assert.Throws<ArgumentNullException>(() => GradientDescent.Minimize<ILoss>(null!, [0.0]));
        }

        private static void AssertSamePath<TLoss>(double[] start, DescentOptions options)
            where TLoss : ISymbolicLoss
        {
            options = options with { RecordTrajectory = true };
            var viaStatic = GradientDescent.Minimize<TLoss>(start, options);
            var viaInstance = GradientDescent.Minimize(new InstanceOf<TLoss>(), start, options);

            Assert.Equal(viaStatic.StopReason, viaInstance.StopReason);
            Assert.Equal(viaStatic.Steps, viaInstance.Steps);
            Assert.Equal(viaStatic.Minimum, viaInstance.Minimum);
            for (int t = 0; t < viaStatic.Trajectory!.Count; t++)
            {
                Assert.Equal(viaStatic.Trajectory.Theta[t], viaInstance.Trajectory!.Theta[t]);
                Assert.Equal(viaStatic.Trajectory.Lipschitz[t], viaInstance.Trajectory.Lipschitz[t]);
            }
        }
    }
}
