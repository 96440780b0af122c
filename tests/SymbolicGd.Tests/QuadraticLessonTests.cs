using System;
using System.Collections.Generic;
using SymbolicGd.Tests.Losses;
using Xunit;

namespace SymbolicGd.Tests
{
    // The 15-step lesson on L(theta) = (theta - 3)^2 from theta_0 = -1. The gradient is
    // 2 (theta - 3), so theta_{k+1} - 3 = (1 - 2 eta)(theta_k - 3) and, with theta_0 - 3 = -4,
    // theta_k = 3 - 4 (1 - 2 eta)^k. L = 2, so 2/L = 1 and 1/L = 0.5.
    public class QuadraticLessonTests
    {
        private static readonly double[] Start = { -1.0 };

        [Theory]
        [InlineData(0.05)]
        [InlineData(0.3)]
        [InlineData(0.8)]
        public void Fifteen_steps_follow_the_closed_form(double eta)
        {
            var result = GradientDescent.Minimize<QuadraticLoss>(Start, new DescentOptions { LearningRate = eta, MaxSteps = 15, Guard = StepGuard.Off, RecordTrajectory = true });

            Assert.Equal(StopReason.MaxSteps, result.StopReason);
            Assert.Equal(15, result.Steps);
            Assert.Equal(3.0 - (4.0 * Math.Pow(1.0 - (2.0 * eta), 15)), result.Minimum[0], 1e-12);
            var trajectory = result.Trajectory!;
            Assert.Equal(16, trajectory.Count);
            for (int k = 0; k <= 15; k++)
            {
                double expected = 3.0 - (4.0 * Math.Pow(1.0 - (2.0 * eta), k));
                Assert.Equal(expected, trajectory.Theta[k][0], 1e-12);
                Assert.Equal((expected - 3.0) * (expected - 3.0), trajectory.Loss[k], 1e-12);
                Assert.Equal(Math.Abs(2.0 * (expected - 3.0)), trajectory.GradientNorm[k], 1e-12);
                Assert.Equal(2.0, trajectory.Lipschitz[k]);
                Assert.False(trajectory.Clamped[k]);
                Assert.Equal(k < 15 ? eta : double.NaN, trajectory.LearningRate[k]);
            }
        }

        [Fact]
        public void Eta_at_the_bound_cycles_between_minus_one_and_seven_and_is_reported_oscillating()
        {
            var result = GradientDescent.Minimize<QuadraticLoss>(Start, new DescentOptions { LearningRate = 1.0, MaxSteps = 15, Guard = StepGuard.Off, RecordTrajectory = true });

            Assert.Equal(StopReason.Oscillating, result.StopReason);
            Assert.Equal(15, result.Steps);
            var theta = result.Trajectory!.Coordinate(0);
            Assert.Equal(16, theta.Length);
            for (int k = 0; k <= 15; k++)
            {
                Assert.Equal(k % 2 == 0 ? -1.0 : 7.0, theta[k]);
            }

            Assert.NotNull(result.OscillationPoints);
            Assert.Equal(new[] { -1.0 }, result.OscillationPoints![0]);
            Assert.Equal(new[] { 7.0 }, result.OscillationPoints[1]);
            Assert.Equal(LearningRateRegime.Oscillating, result.Summary.Regime);
        }

        [Fact]
        public void Eta_beyond_the_bound_is_reported_diverged_at_the_first_rise()
        {
            var result = GradientDescent.Minimize<QuadraticLoss>(Start, new DescentOptions { LearningRate = 1.1, MaxSteps = 15, Guard = StepGuard.Off, RecordTrajectory = true });

            // theta_1 = 3 - 4 (1 - 2.2) = 7.8: the loss rose from 16 to 23.04 with eta*L = 2.2.
            Assert.Equal(StopReason.Diverged, result.StopReason);
            Assert.Equal(1, result.Steps);
            Assert.Equal(7.8, result.Trajectory!.Theta[1][0], 1e-12);
            Assert.Equal(LearningRateRegime.Diverging, result.Summary.Regime);

            // The best point seen is the start (16 < 23.04): a diverging run never returns a worse one.
            Assert.Equal(new[] { -1.0 }, result.Minimum);
            Assert.Equal(16.0, result.Value);
            Assert.Equal(0, result.MinimumIteration);
        }

        [Fact]
        public void Clamp_replaces_eta_beyond_the_bound_by_one_over_L_and_reaches_three_in_one_step()
        {
            var result = GradientDescent.Minimize<QuadraticLoss>(Start, new DescentOptions { LearningRate = 1.1, RecordTrajectory = true });

            Assert.Equal(StopReason.Converged, result.StopReason);
            Assert.Equal(1, result.Steps);
            Assert.Equal(3.0, result.Minimum[0]);
            Assert.True(result.Trajectory!.Clamped[0]);
            Assert.Equal(0.5, result.Trajectory.LearningRate[0]);
            Assert.Equal(1, result.Summary.ClampedSteps);
            Assert.Equal(1, result.Summary.UnstableSteps);
            Assert.Equal(0.5, result.Summary.EffectiveLearningRate);
        }

        [Fact]
        public void Clamp_also_catches_eta_exactly_at_the_bound()
        {
            var result = GradientDescent.Minimize<QuadraticLoss>(Start, new DescentOptions { LearningRate = 1.0 });

            Assert.Equal(StopReason.Converged, result.StopReason);
            Assert.Equal(1, result.Steps);
            Assert.Equal(1, result.Summary.ClampedSteps);
        }

        [Fact]
        public void Clamp_leaves_a_stable_eta_alone()
        {
            var result = GradientDescent.Minimize<QuadraticLoss>(Start, new DescentOptions { LearningRate = 0.8, MaxSteps = 15, RecordTrajectory = true });

            Assert.Equal(0, result.Summary.ClampedSteps);
            Assert.Equal(3.0 - (4.0 * Math.Pow(-0.6, 15)), result.Minimum[0], 1e-12);
        }

        [Fact]
        public void Throw_throws_before_the_first_step_naming_loss_eta_L_bound_and_theta()
        {
            int callbacks = 0;
            var options = new DescentOptions { LearningRate = 1.1, Guard = StepGuard.Throw, OnStep = _ => callbacks++ };

            var error = Assert.Throws<UnstableLearningRateException>(() => GradientDescent.Minimize<QuadraticLoss>(Start, options));

            Assert.Equal(0, callbacks);
            Assert.Equal(0, error.Step);
            Assert.Equal(new[] { -1.0 }, error.Theta);
            Assert.Equal(1.1, error.LearningRate);
            Assert.Equal(2.0, error.Lipschitz);
            Assert.Equal(1.0, error.MaxStableLearningRate);
            Assert.Equal("QuadraticLoss", error.LossName);
            Assert.Equal("(theta - 3)^2", error.Expression);
            Assert.Contains("QuadraticLoss", error.Message, StringComparison.Ordinal);
            Assert.Contains("\"(theta - 3)^2\"", error.Message, StringComparison.Ordinal);
            Assert.Contains("eta = 1.1", error.Message, StringComparison.Ordinal);
            Assert.Contains("L = 2,", error.Message, StringComparison.Ordinal);
            Assert.Contains("of gradient descent", error.Message, StringComparison.Ordinal);
            Assert.Contains("stable for eta*L < 2, so eta must stay below 2/L = 1;", error.Message, StringComparison.Ordinal);
            Assert.Equal(DescentMethod.GradientDescent, error.Method);
            Assert.Equal(2.0, error.StabilityLimit);
            Assert.Contains("theta = -1", error.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void Throw_lets_a_stable_eta_run()
        {
            var result = GradientDescent.Minimize<QuadraticLoss>(Start, new DescentOptions { LearningRate = 0.3, Guard = StepGuard.Throw });

            Assert.Equal(StopReason.Converged, result.StopReason);
        }

        [Fact]
        public void Automatic_steps_reach_three_in_one_step()
        {
            var result = GradientDescent.Minimize<QuadraticLoss>(Start);

            Assert.Equal(StopReason.Converged, result.StopReason);
            Assert.Equal(1, result.Steps);
            Assert.Equal(3.0, result.Minimum[0]);
            Assert.Equal(0.0, result.Value);
            Assert.Null(result.Summary.RequestedLearningRate);
            Assert.Equal(LearningRateRegime.Optimal, result.Summary.Regime);
        }

        [Fact]
        public void Warn_reports_the_unstable_step_through_the_callback_and_takes_it()
        {
            var seen = new List<(int Index, double Eta, double Requested, double L, double Bound, bool Exceeds, bool Clamped, double Theta)>();
            var options = new DescentOptions
            {
                LearningRate = 1.1,
                MaxSteps = 15,
                Guard = StepGuard.Warn,
                OnStep = step => seen.Add((step.Index, step.LearningRate, step.RequestedLearningRate, step.Lipschitz, step.MaxStableLearningRate, step.ExceedsStabilityLimit, step.Clamped, step.Theta[0])),
            };

            var result = GradientDescent.Minimize<QuadraticLoss>(Start, options);

            Assert.Equal(StopReason.Diverged, result.StopReason);
            Assert.Single(seen);
            Assert.Equal((0, 1.1, 1.1, 2.0, 1.0, true, false, -1.0), seen[0]);
            Assert.Equal(-1.0, result.Minimum[0]);
            Assert.Equal(1, result.Steps);
            Assert.Equal(1, result.Summary.UnstableSteps);
            Assert.Equal(0, result.Summary.ClampedSteps);
        }

        [Fact]
        public void The_callback_sees_every_step_with_a_stable_eta_and_no_warning()
        {
            var indices = new List<int>();
            var gradients = new List<double>();
            var options = new DescentOptions
            {
                LearningRate = 0.3,
                MaxSteps = 5,
                Guard = StepGuard.Warn,
                OnStep = step =>
                {
                    Assert.False(step.ExceedsStabilityLimit);
                    Assert.Equal(0.6, step.EtaTimesLipschitz, 1e-15);
                    indices.Add(step.Index);
                    gradients.Add(step.Gradient[0]);
                },
            };

            GradientDescent.Minimize<QuadraticLoss>(Start, options);

            Assert.Equal(new[] { 0, 1, 2, 3, 4 }, indices);
            for (int k = 0; k < 5; k++)
            {
                Assert.Equal(-8.0 * Math.Pow(0.4, k), gradients[k], 1e-12);
            }
        }

        [Fact]
        public void Predicted_steps_match_the_closed_form_and_the_run()
        {
            // The gradient is -8 (0.4)^k with eta = 0.3; |g_k| <= 1e-8 first at k = ceil(ln(1.25e-9) / ln 0.4).
            int expected = (int)Math.Ceiling(Math.Log(1e-8 / 8.0) / Math.Log(0.4));
            var result = GradientDescent.Minimize<QuadraticLoss>(Start, new DescentOptions { LearningRate = 0.3 });

            Assert.Equal(23, expected);
            Assert.Equal(StopReason.Converged, result.StopReason);
            Assert.Equal(expected, result.Steps);
            Assert.Equal(expected, result.Summary.PredictedSteps);
        }

        [Fact]
        public void Zero_max_steps_evaluates_the_start_only()
        {
            var result = GradientDescent.Minimize<QuadraticLoss>(Start, new DescentOptions { MaxSteps = 0, RecordTrajectory = true });

            Assert.Equal(StopReason.MaxSteps, result.StopReason);
            Assert.Equal(0, result.Steps);
            Assert.Equal(new[] { -1.0 }, result.Minimum);
            Assert.Equal(16.0, result.Value);
            Assert.Single(result.Trajectory!);
        }

        [Fact]
        public void Invalid_options_and_a_start_of_the_wrong_length_are_refused()
        {
            Assert.Throws<ArgumentOutOfRangeException>(() => GradientDescent.Minimize<QuadraticLoss>(Start, new DescentOptions { LearningRate = 0.0 }));
            Assert.Throws<ArgumentOutOfRangeException>(() => GradientDescent.Minimize<QuadraticLoss>(Start, new DescentOptions { LearningRate = -0.1 }));
            Assert.Throws<ArgumentOutOfRangeException>(() => GradientDescent.Minimize<QuadraticLoss>(Start, new DescentOptions { LearningRate = double.NaN }));
            Assert.Throws<ArgumentOutOfRangeException>(() => GradientDescent.Minimize<QuadraticLoss>(Start, new DescentOptions { MaxSteps = -1 }));
            Assert.Throws<ArgumentOutOfRangeException>(() => GradientDescent.Minimize<QuadraticLoss>(Start, new DescentOptions { Tolerance = double.NaN }));
            var error = Assert.Throws<ArgumentException>(() => GradientDescent.Minimize<BoothLoss>(Start));
            Assert.Equal("start", error.ParamName);
            Assert.Contains("start must have 2 value(s), one per parameter of BoothLoss (x, y), but has 1", error.Message, StringComparison.Ordinal);
        }
    }
}
