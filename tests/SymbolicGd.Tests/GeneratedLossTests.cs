using System;
using Xunit;
using Hand = SymbolicGd.Tests.Losses;

namespace SymbolicGd.Tests
{
    /// <summary>
    /// Issue 4's closed forms on generated losses, and generated against hand-written losses:
    /// two independent implementations of the same mathematics must walk the same path.
    /// </summary>
    public class GeneratedLossTests
    {
        [Theory]
        [InlineData(0.05)]
        [InlineData(0.3)]
        [InlineData(0.8)]
        public void Generated_quadratic_follows_the_closed_form_lesson(double eta)
        {
            var result = GeneratedLosses.QuadraticMinimize(-1.0, new DescentOptions { LearningRate = eta, MaxSteps = 15, Tolerance = 0.0, Guard = StepGuard.Off, RecordTrajectory = true });

            double[] theta = result.Trajectory!.Coordinate(0);
            for (int k = 0; k <= 15; k++)
            {
                Assert.Equal(3.0 - (4.0 * Math.Pow(1.0 - (2.0 * eta), k)), theta[k], 1e-12);
            }
        }

        [Fact]
        public void Generated_quadratic_knows_its_curvature_at_compile_time()
        {
            Assert.True(GeneratedLosses.QuadraticLoss.HasConstantHessian);
            Assert.Equal(2.0, GeneratedLosses.QuadraticLoss.Lipschitz);
            Assert.Equal(1.0, GeneratedLosses.QuadraticLoss.MaxStableLearningRate);
            Assert.Equal(100.0, GeneratedLosses.AnisotropicLoss.Lipschitz);
            Assert.Equal(18.0, GeneratedLosses.BoothLoss.Lipschitz, 1e-12);
            Assert.Equal(6.0, GeneratedLosses.SaddleLoss.Lipschitz);
            Assert.False(GeneratedLosses.RosenbrockLoss.HasConstantHessian);
            Assert.True(double.IsNaN(GeneratedLosses.RosenbrockLoss.ConstantLipschitz));
        }

        [Theory]
        [InlineData(1.0, StepGuard.Off, StopReason.Oscillating)]
        [InlineData(1.1, StepGuard.Off, StopReason.Diverged)]
        [InlineData(1.1, StepGuard.Clamp, StopReason.Converged)]
        public void Generated_quadratic_at_and_beyond_the_bound(double eta, StepGuard guard, StopReason expected)
        {
            var result = GeneratedLosses.QuadraticMinimize(-1.0, new DescentOptions { LearningRate = eta, MaxSteps = 15, Guard = guard });

            Assert.Equal(expected, result.StopReason);
            if (expected == StopReason.Converged)
            {
                Assert.Equal(1, result.Steps);
                Assert.Equal(3.0, result.Minimum[0]);
            }
        }

        [Fact]
        public void Generated_quadratic_under_throw_throws_before_the_first_step()
        {
            // eta = 1.1 > 2/L = 1 on purpose: the compile-time warning SGD0030 agrees with the runtime guard.
#pragma warning disable SGD0030
            var error = Assert.Throws<UnstableLearningRateException>(() =>
                GeneratedLosses.QuadraticMinimize(-1.0, new DescentOptions { LearningRate = 1.1, Guard = StepGuard.Throw }));
#pragma warning restore SGD0030
            Assert.Contains("(theta - 3)^2", error.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void Generated_anisotropic_quadratic_takes_1833_steps_with_one_over_L()
        {
            // y_k = 0.99^k after x vanishes in one step: first below 1e-8 at k = 1833.
            var result = GeneratedLosses.AnisotropicMinimize(1.0, 1.0, new DescentOptions { LearningRate = 0.01, MaxSteps = 5000, Tolerance = 1e-8 });

            Assert.Equal(StopReason.Converged, result.StopReason);
            Assert.Equal(1833, result.Steps);
        }

        [Fact]
        public void Generated_quartic_with_automatic_steps_shrinks_by_two_thirds()
        {
            // theta - 4 theta^3 / (12 theta^2) = (2/3) theta.
            var result = GeneratedLosses.QuarticMinimize(1.0, new DescentOptions { LearningRate = null, MaxSteps = 30, Tolerance = 0.0, RecordTrajectory = true });

            double[] theta = result.Trajectory!.Coordinate(0);
            for (int k = 0; k < theta.Length; k++)
            {
                Assert.Equal(Math.Pow(2.0 / 3.0, k), theta[k], 1e-12);
            }
        }

        [Fact]
        public void Generated_and_hand_written_losses_walk_the_same_paths()
        {
            AssertSamePath<GeneratedLosses.BoothLoss, Hand.BoothLoss>([0.0, 0.0], 1.0 / 18.0, 200);
            AssertSamePath<GeneratedLosses.RosenbrockLoss, Hand.RosenbrockLoss>([-1.2, 1.0], null, 2000);
            AssertSamePath<GeneratedLosses.SaddleLoss, Hand.SaddleLoss>([0.5, 0.01], 0.1, 20);
            AssertSamePath<GeneratedLosses.DoubleWellLoss, Hand.DoubleWellLoss>([0.3], null, 50);
        }

        [Fact]
        public void Generated_rosenbrock_with_automatic_steps_reaches_the_minimum()
        {
            var result = GeneratedLosses.RosenbrockMinimize(-1.2, 1.0, new DescentOptions { LearningRate = null, MaxSteps = 100_000, Tolerance = 1e-8 });

            Assert.Equal(StopReason.Converged, result.StopReason);
            Assert.Equal(1.0, result.Minimum[0], 1e-6);
            Assert.Equal(1.0, result.Minimum[1], 1e-6);
        }

        private static void AssertSamePath<TGenerated, THand>(double[] start, double? eta, int steps)
            where TGenerated : ISymbolicLoss
            where THand : ISymbolicLoss
        {
            var options = new DescentOptions { LearningRate = eta, MaxSteps = steps, Tolerance = 0.0, RecordTrajectory = true };
            DescentTrajectory generated = GradientDescent.Minimize<TGenerated>(start, options).Trajectory!;
            DescentTrajectory hand = GradientDescent.Minimize<THand>(start, options).Trajectory!;

            Assert.Equal(hand.Count, generated.Count);
            for (int t = 0; t < hand.Count; t++)
            {
                for (int i = 0; i < start.Length; i++)
                {
                    double scale = Math.Max(1.0, Math.Abs(hand.Theta[t][i]));
                    Assert.True(Math.Abs(hand.Theta[t][i] - generated.Theta[t][i]) <= 1e-9 * scale, $"{typeof(TGenerated).Name}: theta_{t}[{i}] {generated.Theta[t][i]:R} vs hand-written {hand.Theta[t][i]:R}");
                }

                double curvatureScale = Math.Max(1.0, hand.Lipschitz[t]);
                Assert.True(Math.Abs(hand.Lipschitz[t] - generated.Lipschitz[t]) <= 1e-9 * curvatureScale, $"{typeof(TGenerated).Name}: L_{t} {generated.Lipschitz[t]:R} vs hand-written {hand.Lipschitz[t]:R}");
            }
        }
    }
}
