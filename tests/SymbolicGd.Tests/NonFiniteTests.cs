using System;
using SymbolicGd.Tests.Losses;
using Xunit;

namespace SymbolicGd.Tests
{
    public class NonFiniteTests
    {
        [Fact]
        public void A_NaN_value_stops_at_once_and_keeps_the_last_finite_theta()
        {
            // theta - log(theta) from 3 with eta = 5: theta_1 = 3 - 5 (1 - 1/3) = -1/3, where log is NaN.
            var result = GradientDescent.Minimize<LogBarrierLoss>(new[] { 3.0 }, new DescentOptions { LearningRate = 5.0, Guard = StepGuard.Off, RecordTrajectory = true });

            Assert.Equal(StopReason.NonFinite, result.StopReason);
            Assert.Equal(new[] { 3.0 }, result.Minimum);
            Assert.Equal(3.0 - Math.Log(3.0), result.Value, 1e-15);
            Assert.Equal(0, result.Steps);
            var bad = result.NonFinite!;
            Assert.Equal(1, bad.Iteration);
            Assert.Equal(NonFiniteQuantity.Value, bad.Quantity);
            Assert.Equal(3.0 - (5.0 * (2.0 / 3.0)), bad.Theta[0], 1e-15);
            Assert.Single(result.Trajectory!);
            Assert.Equal(double.NaN, result.Trajectory!.LearningRate[0]);
        }

        [Fact]
        public void A_NaN_gradient_at_a_finite_value_is_a_kink_and_the_kink_is_kept_as_the_minimum()
        {
            // |theta|^(2/3) from 1: the gradient 2/3 with eta = 1.5 lands exactly on 0, where the value is 0
            // (the global minimum) but the gradient (2/3) * 0 * infinity is NaN.
            var result = GradientDescent.Minimize<CubeRootLoss>(new[] { 1.0 }, new DescentOptions { LearningRate = 1.5, Guard = StepGuard.Off, RecordTrajectory = true });

            Assert.Equal(StopReason.NonDifferentiable, result.StopReason);
            Assert.Equal(NonFiniteQuantity.Gradient, result.NonFinite!.Quantity);
            Assert.Equal(1, result.NonFinite.Iteration);
            Assert.Equal(new[] { 0.0 }, result.NonFinite.Theta);
            Assert.Equal(new[] { 0.0 }, result.Minimum);
            Assert.Equal(0.0, result.Value);
            Assert.Equal(1, result.MinimumIteration);
            Assert.Equal(1, result.Steps);
            Assert.True(double.IsNaN(result.GradientNorm));
            Assert.Equal(2, result.Trajectory!.Count);
            Assert.Contains("has a kink there", result.ToString(), StringComparison.Ordinal);
        }

        [Fact]
        public void An_infinite_Hessian_at_a_finite_gradient_is_a_kink_of_the_gradient()
        {
            // (theta - 1)^2 + |theta|^1.5 at 0: value 1 and gradient -2 finite, second derivative infinite.
            var result = GradientDescent.Minimize<CuspLoss>(new[] { 0.0 }, new DescentOptions { LearningRate = 0.1 });

            Assert.Equal(StopReason.NonDifferentiable, result.StopReason);
            Assert.Equal(NonFiniteQuantity.Hessian, result.NonFinite!.Quantity);
            Assert.Equal(0, result.NonFinite.Iteration);
            Assert.Equal(0, result.Steps);
            Assert.Equal(1.0, result.Value);
            Assert.Equal(2.0, result.GradientNorm);
            Assert.Equal(LearningRateRegime.Unknown, result.Summary.Regime);
            Assert.Contains("the hessian was not finite at iterate 0", result.ToString(), StringComparison.Ordinal);
        }

        [Fact]
        public void A_non_finite_start_is_named_theta()
        {
            var result = GradientDescent.Minimize<QuadraticLoss>(new[] { double.NaN });

            Assert.Equal(StopReason.NonFinite, result.StopReason);
            Assert.Equal(NonFiniteQuantity.Theta, result.NonFinite!.Quantity);
            Assert.Equal(0, result.NonFinite.Iteration);
            Assert.Equal(0, result.Steps);
            Assert.True(double.IsNaN(result.Value));
            Assert.True(double.IsNaN(result.GradientNorm));
        }

        [Fact]
        public void An_unbounded_loss_runs_into_NonFinite_and_says_so()
        {
            // x^2 - 3 y^2 with automatic steps: y doubles every step (1 + 6/6), the loss falls without
            // bound until it is no longer finite.
            var result = GradientDescent.Minimize<SaddleLoss>(new[] { 0.0, 1.0 }, new DescentOptions { MaxSteps = 100_000 });

            Assert.Equal(StopReason.NonFinite, result.StopReason);
            Assert.True(double.IsFinite(result.Value));
            Assert.True(double.IsFinite(result.Minimum[1]));
        }
    }
}
