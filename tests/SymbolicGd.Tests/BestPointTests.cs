using System;
using System.Linq;
using SymbolicGd.Tests.Losses;
using Xunit;

namespace SymbolicGd.Tests
{
    // A run returns the best finite point it has seen, never a worse one; a point where the loss
    // is finite but its gradient is not (a kink) ends the run as NonDifferentiable and is kept
    // when it is the best.
    public class BestPointTests
    {
        [Fact]
        public void A_step_landing_exactly_on_the_tip_of_a_cone_returns_the_tip()
        {
            // From (4, 6): r = 5, gradient (3, 4)/5; eta = 5 moves by exactly (3, 4) to (1, 2), the
            // minimum, where the gradient (0, 0)/0 is NaN and the value is 0.
            var result = GradientDescent.Minimize<ConeLoss>([4.0, 6.0], new DescentOptions { LearningRate = 5.0, RecordTrajectory = true });

            Assert.Equal(StopReason.NonDifferentiable, result.StopReason);
            Assert.Equal(new[] { 1.0, 2.0 }, result.Minimum);
            Assert.Equal(0.0, result.Value);
            Assert.Equal(1, result.MinimumIteration);
            Assert.Equal(1, result.Steps);
            Assert.True(double.IsNaN(result.GradientNorm));
            Assert.Equal(NonFiniteQuantity.Gradient, result.NonFinite!.Quantity);
            Assert.Equal(new[] { 1.0, 2.0 }, result.NonFinite.Theta);
            Assert.Equal(2, result.Trajectory!.Count);

            string text = result.ToString();
            Assert.Contains("stopped after 1 step at a point where the loss is not differentiable", text, StringComparison.Ordinal);
            Assert.Contains("minimum (x = 1, y = 2), value 0, gradient norm not finite", text, StringComparison.Ordinal);
            Assert.Contains("it has a kink there", text, StringComparison.Ordinal);
            Assert.Contains("that point is the best seen and is returned", text, StringComparison.Ordinal);
        }

        [Fact]
        public void A_kink_worse_than_the_start_ends_the_run_but_the_start_is_returned()
        {
            // |x| + (x - 3)^2 from 3 (value 3, gradient 1) with eta = 3 lands exactly on the kink at 0,
            // value 9: finite, but worse than the start.
            var result = GradientDescent.Minimize<AbsKinkLoss>([3.0], new DescentOptions { LearningRate = 3.0, Guard = StepGuard.Off });

            Assert.Equal(StopReason.NonDifferentiable, result.StopReason);
            Assert.Equal(new[] { 0.0 }, result.NonFinite!.Theta);
            Assert.Equal(1, result.Steps);
            Assert.Equal(new[] { 3.0 }, result.Minimum);
            Assert.Equal(3.0, result.Value);
            Assert.Equal(1.0, result.GradientNorm);
            Assert.Equal(0, result.MinimumIteration);
            Assert.Contains("the best point seen is returned", result.ToString(), StringComparison.Ordinal);
        }

        [Fact]
        public void Automatic_steps_on_the_cone_never_return_a_point_worse_than_the_start()
        {
            // From (4, 6), (4, 5) and (1.3, 2.4) the automatic step 1/L = r aims at the tip; whether
            // rounding lands on it or next to it, the result is at most as far as the start.
            foreach (double[] start in new[] { new[] { 4.0, 6.0 }, new[] { 4.0, 5.0 }, new[] { 1.3, 2.4 } })
            {
                double r0 = Math.Sqrt(Math.Pow(start[0] - 1.0, 2) + Math.Pow(start[1] - 2.0, 2));
                var result = GradientDescent.Minimize<ConeLoss>(start, new DescentOptions { MaxSteps = 50 });

                Assert.True(result.Value <= r0);
                Assert.True(result.Value < 1e-12 * r0, $"from ({start[0]}, {start[1]}): value {result.Value}");
            }
        }

        public static TheoryData<string> Runs() => new() { "rosenbrock-unguarded", "quartic-diverging", "quadratic-cycle", "saddle-unbounded", "double-well", "rosenbrock-automatic" };

        [Theory]
        [MemberData(nameof(Runs))]
        public void The_minimum_is_the_lowest_loss_of_the_trajectory_the_later_one_on_ties(string name)
        {
            var record = new DescentOptions { RecordTrajectory = true };
            DescentResult result = name switch
            {
                "rosenbrock-unguarded" => GradientDescent.Minimize<RosenbrockLoss>([-1.2, 1.0], record with { LearningRate = 0.003, Guard = StepGuard.Off, MaxSteps = 5000 }),
                "quartic-diverging" => GradientDescent.Minimize<QuarticLoss>([1.0], record with { LearningRate = 1.0, Guard = StepGuard.Off }),
                "quadratic-cycle" => GradientDescent.Minimize<QuadraticLoss>([-1.0], record with { LearningRate = 1.0, Guard = StepGuard.Off, MaxSteps = 15 }),
                "saddle-unbounded" => GradientDescent.Minimize<SaddleLoss>([0.0, 1.0], record with { MaxSteps = 100_000 }),
                "double-well" => GradientDescent.Minimize<DoubleWellLoss>([0.1], record with { LearningRate = 0.4, Guard = StepGuard.Off, MaxSteps = 40 }),
                _ => GradientDescent.Minimize<RosenbrockLoss>([-1.2, 1.0], record with { MaxSteps = 300 }),
            };

            double[] loss = result.Trajectory!.Loss;
            double best = loss.Where(double.IsFinite).Min();
            int last = Array.LastIndexOf(loss, best);
            Assert.Equal(best, result.Value);
            Assert.Equal(last, result.MinimumIteration);
            Assert.Equal(result.Trajectory.Theta[last], result.Minimum);
            Assert.Equal(result.Trajectory.GradientNorm[last], result.GradientNorm);
        }
    }
}
