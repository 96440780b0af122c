using System;
using SymbolicGd.Tests.Losses;
using Xunit;

namespace SymbolicGd.Tests
{
    // Step counts derived in closed form, independently of the runtime.
    public class ClosedFormConvergenceTests
    {
        // First t with |theta_t - target| < radius.
        private static int FirstWithin(DescentTrajectory trajectory, double[] target, double radius)
        {
            for (int t = 0; t < trajectory.Count; t++)
            {
                double sum = 0.0;
                for (int i = 0; i < target.Length; i++)
                {
                    double d = trajectory.Theta[t][i] - target[i];
                    sum += d * d;
                }

                if (Math.Sqrt(sum) < radius)
                {
                    return t;
                }
            }

            return -1;
        }

        private static DescentResult Run<TLoss>(double[] start, double eta, int maxSteps, double tolerance = 0.0)
            where TLoss : ISymbolicLoss =>
            GradientDescent.Minimize<TLoss>(start, new DescentOptions { LearningRate = eta, MaxSteps = maxSteps, Tolerance = tolerance, RecordTrajectory = true });

        [Fact]
        public void Anisotropic_quadratic_with_eta_one_over_L_takes_1833_steps()
        {
            // 0.5 (100 x^2 + y^2), eta = 1/100: x_k = 0 for k >= 1 and y_k = 0.99^k, so
            // |theta_k| < 1e-8 first at k = ceil(ln 1e-8 / ln 0.99) = 1833.
            Assert.Equal(1833, (int)Math.Ceiling(Math.Log(1e-8) / Math.Log(0.99)));
            var result = Run<AnisotropicLoss>(new[] { 1.0, 1.0 }, 1.0 / 100.0, 2000);

            Assert.Equal(1833, FirstWithin(result.Trajectory!, new[] { 0.0, 0.0 }, 1e-8));
        }

        [Fact]
        public void Anisotropic_quadratic_with_eta_two_over_mu_plus_L_takes_939_steps()
        {
            // eta = 2/(mu + L) = 2/101: x_k = (-99/101)^k and y_k = (99/101)^k, |theta_k| =
            // sqrt(2) (99/101)^k < 1e-8 first at k = ceil(ln(1e-8 / sqrt 2) / ln(99/101)) = 939.
            Assert.Equal(939, (int)Math.Ceiling(Math.Log(1e-8 / Math.Sqrt(2.0)) / Math.Log(99.0 / 101.0)));
            var result = Run<AnisotropicLoss>(new[] { 1.0, 1.0 }, 2.0 / 101.0, 1000);

            Assert.Equal(939, FirstWithin(result.Trajectory!, new[] { 0.0, 0.0 }, 1e-8));
            Assert.Equal(LearningRateRegime.Overshooting, result.Summary.Regime);
            Assert.Equal(99.0 / 101.0, result.Summary.ContractionFactor, 1e-15);
            Assert.Equal(99.0 / 101.0, result.Summary.SlowestContractionFactor!.Value, 1e-15);
        }

        [Fact]
        public void Anisotropic_gradient_tolerance_steps_are_predicted_exactly()
        {
            // g_k = (100 (-99/101)^k, (99/101)^k), |g_k| = sqrt(10001) (99/101)^k <= 1e-8 first at
            // k = ceil(ln(1e-8 / sqrt 10001) / ln(99/101)) = 1152.
            int expected = (int)Math.Ceiling(Math.Log(1e-8 / Math.Sqrt(10001.0)) / Math.Log(99.0 / 101.0));
            var result = Run<AnisotropicLoss>(new[] { 1.0, 1.0 }, 2.0 / 101.0, 5000, 1e-8);

            Assert.Equal(1152, expected);
            Assert.Equal(StopReason.Converged, result.StopReason);
            Assert.Equal(expected, result.Steps);
            Assert.Equal(expected, result.Summary.PredictedSteps);
        }

        [Fact]
        public void Anisotropic_eta_one_over_L_is_optimal_for_L_but_slow_along_mu()
        {
            // With eta = 1/L the steepest direction contracts by |1 - 1| = 0, the y direction by 0.99;
            // |g_k| = 0.99^k for k >= 1, so the gradient tolerance 1e-8 is met first at k = 1833.
            var result = Run<AnisotropicLoss>(new[] { 1.0, 1.0 }, 0.01, 5000, 1e-8);

            Assert.Equal(LearningRateRegime.Optimal, result.Summary.Regime);
            Assert.Equal(0.0, result.Summary.ContractionFactor, 1e-15);
            Assert.Equal(0.99, result.Summary.SlowestContractionFactor!.Value, 1e-15);
            Assert.Equal(1833, result.Steps);
            Assert.Equal(1833, result.Summary.PredictedSteps);
        }

        [Fact]
        public void Anisotropic_eta_at_the_bound_oscillates_in_x_while_y_dies_out()
        {
            // eta = 2/L = 0.02: x_k = (-1)^k forever, y_k = 0.98^k -> 0; the near-cycle is detected.
            var result = GradientDescent.Minimize<AnisotropicLoss>(new[] { 1.0, 1.0 }, new DescentOptions { LearningRate = 0.02, MaxSteps = 2000, Guard = StepGuard.Off });

            Assert.Equal(StopReason.Oscillating, result.StopReason);
            Assert.Equal(-1.0, result.OscillationPoints![0][0], 1e-12);
            Assert.Equal(1.0, result.OscillationPoints[1][0], 1e-12);
            Assert.Equal(0.0, result.OscillationPoints[1][1], 1e-12);
        }

        [Fact]
        public void Booth_with_eta_one_over_18_takes_160_steps_to_within_1e_8_of_the_minimum()
        {
            // H = [[10, 8], [8, 10]]: eigenvalue 18 on (1, 1)/sqrt 2 and 2 on (1, -1)/sqrt 2.
            // theta_0 - (1, 3) = (-1, -3) = -2 sqrt 2 (1, 1)/sqrt 2 + sqrt 2 (1, -1)/sqrt 2. With
            // eta = 1/18 the first part vanishes in one step and the second shrinks by
            // 1 - 2/18 = 8/9, so |theta_k - (1, 3)| = sqrt 2 (8/9)^k < 1e-8 first at
            // k = ceil(ln(1e-8 / sqrt 2) / ln(8/9)) = 160.
            Assert.Equal(160, (int)Math.Ceiling(Math.Log(1e-8 / Math.Sqrt(2.0)) / Math.Log(8.0 / 9.0)));
            var result = Run<BoothLoss>(new[] { 0.0, 0.0 }, 1.0 / 18.0, 200);

            Assert.Equal(160, FirstWithin(result.Trajectory!, new[] { 1.0, 3.0 }, 1e-8));
        }

        [Fact]
        public void Booth_gradient_tolerance_steps_are_predicted_exactly()
        {
            // g_k = H (theta_k - (1, 3)) = 2 (1, -1)(8/9)^k for k >= 1, |g_k| = 2 sqrt 2 (8/9)^k.
            int expected = (int)Math.Ceiling(Math.Log(1e-8 / (2.0 * Math.Sqrt(2.0))) / Math.Log(8.0 / 9.0));
            var result = Run<BoothLoss>(new[] { 0.0, 0.0 }, 1.0 / 18.0, 1000, 1e-8);

            Assert.Equal(166, expected);
            Assert.Equal(StopReason.Converged, result.StopReason);
            Assert.Equal(expected, result.Steps);
            Assert.Equal(expected, result.Summary.PredictedSteps);
            Assert.Equal(18.0, result.Summary.Lipschitz);
            Assert.Equal(1.0, result.Summary.MaxStableLearningRate / 2.0 * 18.0, 1e-15);
        }

        [Fact]
        public void Booth_with_automatic_steps_uses_the_constant_L()
        {
            var result = GradientDescent.Minimize<BoothLoss>(new[] { 0.0, 0.0 }, new DescentOptions { RecordTrajectory = true });

            Assert.Equal(StopReason.Converged, result.StopReason);
            Assert.All(result.Trajectory!.Lipschitz, l => Assert.Equal(18.0, l));
            Assert.Equal(1.0, result.Minimum[0], 1e-8);
            Assert.Equal(3.0, result.Minimum[1], 1e-8);
        }

        [Fact]
        public void Quartic_with_automatic_steps_shrinks_by_two_thirds_each_step()
        {
            // L_t = 12 theta_t^2, eta_t = 1/L_t: theta_{t+1} = theta_t - 4 theta_t^3 / (12 theta_t^2) = (2/3) theta_t.
            // |g| = 4 theta^3 <= 1e-8 first at k = ceil(ln((2.5e-9)^(1/3)) / ln(2/3)) = 17.
            var result = GradientDescent.Minimize<QuarticLoss>(new[] { 1.0 }, new DescentOptions { RecordTrajectory = true });

            Assert.Equal(StopReason.Converged, result.StopReason);
            Assert.Equal((int)Math.Ceiling(Math.Log(Math.Cbrt(2.5e-9)) / Math.Log(2.0 / 3.0)), result.Steps);
            var trajectory = result.Trajectory!;
            for (int k = 0; k < trajectory.Count; k++)
            {
                Assert.Equal(Math.Pow(2.0 / 3.0, k), trajectory.Theta[k][0], 1e-12);
                Assert.Equal(12.0 * Math.Pow(2.0 / 3.0, 2 * k), trajectory.Lipschitz[k], 1e-12);
            }

            Assert.Equal(LearningRateRegime.Optimal, result.Summary.Regime);
            Assert.Null(result.Summary.PredictedSteps);
        }

        [Fact]
        public void Quartic_with_a_large_fixed_eta_is_flagged_diverged_after_three_rises()
        {
            // eta = 1: theta_1 = 1 - 4 = -3, theta_2 = -3 + 108 = 105, theta_3 = 105 - 4 * 105^3,
            // each with eta*L_t = 12 theta_t^2 > 2 and a rising loss: diverged after 3 steps, long
            // before anything overflows.
            var result = GradientDescent.Minimize<QuarticLoss>(new[] { 1.0 }, new DescentOptions { LearningRate = 1.0, Guard = StepGuard.Off, RecordTrajectory = true });

            Assert.Equal(StopReason.Diverged, result.StopReason);
            Assert.Equal(3, result.Steps);
            Assert.Equal(105.0 - (4.0 * 105.0 * 105.0 * 105.0), result.Trajectory!.Theta[3][0]);

            // The losses were 1, 81, 105^4, ...: the start is the best point, and that is what comes back.
            Assert.Equal(new[] { 1.0 }, result.Minimum);
            Assert.Equal(1.0, result.Value);
        }

        [Fact]
        public void Rosenbrock_with_automatic_steps_reaches_one_one_without_nonfinite()
        {
            var result = GradientDescent.Minimize<RosenbrockLoss>(new[] { -1.2, 1.0 }, new DescentOptions { MaxSteps = 200_000, Tolerance = 1e-8 });

            Assert.Equal(StopReason.Converged, result.StopReason);
            Assert.Null(result.NonFinite);
            Assert.Equal(1.0, result.Minimum[0], 1e-7);
            Assert.Equal(1.0, result.Minimum[1], 1e-7);
            Assert.Equal(LearningRateRegime.Optimal, result.Summary.Regime);
        }

        [Fact]
        public void Rosenbrock_with_a_clamped_fixed_eta_never_diverges()
        {
            var result = GradientDescent.Minimize<RosenbrockLoss>(new[] { -1.2, 1.0 }, new DescentOptions { LearningRate = 0.01, MaxSteps = 200_000 });

            Assert.NotEqual(StopReason.Diverged, result.StopReason);
            Assert.NotEqual(StopReason.NonFinite, result.StopReason);
            Assert.True(result.Summary.ClampedSteps > 0);
            Assert.Equal(1.0, result.Minimum[0], 1e-6);
            Assert.Equal(1.0, result.Minimum[1], 1e-6);
        }
    }
}
