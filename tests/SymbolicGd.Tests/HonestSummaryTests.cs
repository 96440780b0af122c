using System;
using System.Linq;
using SymbolicGd.Tests.Losses;
using Xunit;

namespace SymbolicGd.Tests
{
    // Summaries computed from the Hessian tell the truth at the edges (issue 11): the kind of a
    // stationary point, negative curvature with its growth factor, no infinity or NaN in the
    // text, and an eta above 2/L named as such whatever its size.
    public class HonestSummaryTests
    {
        [Fact]
        public void Minus_x_squared_from_zero_is_a_maximum_not_a_minimum()
        {
            var result = GradientDescent.Minimize<ConcaveLoss>([0.0]);

            Assert.Equal(StopReason.Converged, result.StopReason);
            Assert.Equal(0, result.Steps);
            Assert.Equal(StationaryPointKind.Maximum, result.StationaryPoint);
            Assert.Equal(new[] { -2.0 }, result.HessianEigenvalues);
            string text = result.ToString();
            Assert.Contains("stopped at a maximum after 0 steps, not a minimum", text, StringComparison.Ordinal);
            Assert.DoesNotContain("converged", text, StringComparison.Ordinal);
            Assert.DoesNotContain("minimum x", text, StringComparison.Ordinal);
        }

        [Fact]
        public void The_saddle_axis_leads_to_a_saddle_and_the_result_says_so()
        {
            // x^2 - y^2 from (1, 0), eta = 1/L = 1/2: x_1 = 1 - 2/2 = 0 and y stays 0: the saddle, in one step.
            var result = GradientDescent.Minimize<HyperbolicSaddleLoss>([1.0, 0.0]);

            Assert.Equal(StopReason.Converged, result.StopReason);
            Assert.Equal(1, result.Steps);
            Assert.Equal(new[] { 0.0, 0.0 }, result.Minimum);
            Assert.Equal(StationaryPointKind.Saddle, result.StationaryPoint);
            Assert.Equal(new[] { -2.0, 2.0 }, result.HessianEigenvalues);
            Assert.Contains("stopped at a saddle point after 1 step, not a minimum", result.ToString(), StringComparison.Ordinal);
            Assert.Contains("from -2 to 2", result.ToString(), StringComparison.Ordinal);
        }

        [Fact]
        public void A_true_minimum_is_named_a_minimum_and_a_flat_one_degenerate()
        {
            var quadratic = GradientDescent.Minimize<QuadraticLoss>([-1.0]);
            Assert.Equal(StationaryPointKind.Minimum, quadratic.StationaryPoint);
            Assert.Contains("converged to a minimum after 1 step", quadratic.ToString(), StringComparison.Ordinal);

            // x^4 - 1000 x at its minimum 250^(1/3): Hessian 12 x^2 > 0.
            var tilted = GradientDescent.Minimize<TiltedQuarticLoss>([0.0]);
            Assert.Equal(StopReason.Converged, tilted.StopReason);
            Assert.Equal(Math.Cbrt(250.0), tilted.Minimum[0], 1e-12);
            Assert.Equal(StationaryPointKind.Minimum, tilted.StationaryPoint);

            // theta^4 at exactly 0: the Hessian 12 theta^2 vanishes; the second-order test cannot decide.
            var quartic = GradientDescent.Minimize<QuarticLoss>([0.0]);
            Assert.Equal(StationaryPointKind.Degenerate, quartic.StationaryPoint);
            Assert.Contains("the second-order test cannot tell", quartic.ToString(), StringComparison.Ordinal);
        }

        [Fact]
        public void Minus_x_squared_at_eta_one_tenth_grows_by_one_point_two_per_step()
        {
            // x' = x - 0.1 (-2x) = 1.2 x: the error from the maximum grows by 1 + eta |mu| = 1.2.
            var result = GradientDescent.Minimize<ConcaveLoss>([1.0], new DescentOptions { LearningRate = 0.1, MaxSteps = 10, RecordTrajectory = true });

            for (int k = 0; k <= 10; k++)
            {
                Assert.Equal(Math.Pow(1.2, k), result.Trajectory!.Theta[k][0], 1e-12);
            }

            var summary = result.Summary;
            Assert.Equal(LearningRateRegime.NegativeCurvature, summary.Regime);
            Assert.Equal(1.2, summary.ContractionFactor, 1e-15);
            Assert.Equal(-2.0, summary.SmallestEigenvalue);
            Assert.Null(summary.ConditionNumber);
            Assert.Contains("1 + eta*|mu| = 1.2", summary.Advice, StringComparison.Ordinal);
            Assert.Contains("negative curvature", summary.ToString(), StringComparison.Ordinal);
            Assert.DoesNotContain("shrinks", summary.Advice, StringComparison.Ordinal);
            Assert.DoesNotContain("monotone", summary.ToString(), StringComparison.Ordinal);

            // The best point is the last: -x^2 falls as |x| grows.
            Assert.Equal(10, result.MinimumIteration);
        }

        [Fact]
        public void A_saddle_with_a_dominant_positive_eigenvalue_is_still_negative_curvature()
        {
            // x^2 - 3 y^2 at eta = 0.1: x shrinks by 0.8, y grows by 1 + 0.1 * 6 = 1.6 per step.
            var result = GradientDescent.Minimize<SaddleLoss>([1.0, 1.0], new DescentOptions { LearningRate = 0.1, MaxSteps = 5 });

            Assert.Equal(LearningRateRegime.NegativeCurvature, result.Summary.Regime);
            Assert.Equal(1.6, result.Summary.ContractionFactor, 1e-15);
        }

        [Theory]
        [InlineData(0)]
        [InlineData(1)]
        [InlineData(1000)]
        public void X_to_the_fourth_minus_1000x_from_zero_gives_no_advice_with_infinity_or_NaN(int maxSteps)
        {
            // At 0 the Hessian 12 x^2 is 0: L = 0, so 2/L and 1/L do not exist there.
            foreach (double? eta in new double?[] { null, 1e-4, 0.5 })
            {
                var result = GradientDescent.Minimize<TiltedQuarticLoss>([0.0], new DescentOptions { LearningRate = eta, MaxSteps = maxSteps });
                string text = result.ToString();

                Assert.Equal(0.0, result.Summary.Lipschitz);
                Assert.DoesNotContain("infinity", text, StringComparison.OrdinalIgnoreCase);
                Assert.DoesNotContain("NaN", text, StringComparison.Ordinal);
                if (maxSteps == 0)
                {
                    Assert.Equal(LearningRateRegime.Flat, result.Summary.Regime);
                    Assert.Contains("no limit on eta (L = 0)", text, StringComparison.Ordinal);
                }
            }
        }

        [Fact]
        public void An_eta_of_1e308_is_above_2_over_L_not_an_unknown_curvature()
        {
            // (theta - 3)^2: L = 2 is known; eta*L = 2e308 overflows to infinity.
            foreach (StepGuard guard in new[] { StepGuard.Clamp, StepGuard.Off, StepGuard.Warn })
            {
                var result = GradientDescent.Minimize<QuadraticLoss>([-1.0], new DescentOptions { LearningRate = 1e308, Guard = guard, MaxSteps = 15 });

                // Unguarded, theta overflows and the result says so; the learning-rate summary still judges eta.
                string text = result.Summary.ToString();

                Assert.Equal(LearningRateRegime.Diverging, result.Summary.Regime);
                Assert.Contains("above the largest stable learning rate 2/L = 1 (L = 2)", text, StringComparison.Ordinal);
                Assert.DoesNotContain("could not be computed", text, StringComparison.Ordinal);
                Assert.DoesNotContain("infinity", text, StringComparison.Ordinal);
                Assert.DoesNotContain("NaN", text, StringComparison.Ordinal);
            }

            var clamped = GradientDescent.Minimize<QuadraticLoss>([-1.0], new DescentOptions { LearningRate = 1e308 });
            Assert.Equal(StopReason.Converged, clamped.StopReason);
            Assert.Equal(new[] { 3.0 }, clamped.Minimum);

            var error = Assert.Throws<UnstableLearningRateException>(() => GradientDescent.Minimize<QuadraticLoss>([-1.0], new DescentOptions { LearningRate = 1e308, Guard = StepGuard.Throw }));
            Assert.DoesNotContain("infinity", error.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void An_unguarded_eta_of_1e308_overflows_theta_and_keeps_the_start()
        {
            // theta_1 = -1 - 1e308 * (-8) = 8e308 = infinity: NonFinite, the start is the best point.
            var result = GradientDescent.Minimize<QuadraticLoss>([-1.0], new DescentOptions { LearningRate = 1e308, Guard = StepGuard.Off });

            Assert.Equal(StopReason.NonFinite, result.StopReason);
            Assert.Equal(NonFiniteQuantity.Theta, result.NonFinite!.Quantity);
            Assert.Equal(new[] { -1.0 }, result.Minimum);
            Assert.Equal(16.0, result.Value);
        }

        [Fact]
        public void The_start_is_length_checked_before_the_loss_is_evaluated()
        {
            var loss = new CountingQuadraticLoss();
            var error = Assert.Throws<ArgumentException>(() => GradientDescent.Minimize(loss, [1.0]));

            Assert.Equal("start", error.ParamName);
            Assert.Contains("must have 2 value(s)", error.Message, StringComparison.Ordinal);
            Assert.Contains("but has 1", error.Message, StringComparison.Ordinal);
            Assert.Equal(0, loss.GradientCalls + loss.HessianCalls + loss.LipschitzReads);
        }

        [Theory]
        [InlineData(DescentMethod.GradientDescent, "1 - 1/kappa per step")]
        [InlineData(DescentMethod.HeavyBall, "1 - 1/sqrt(kappa) per step")]
        [InlineData(DescentMethod.Nesterov, "1 - 1/sqrt(kappa) per step")]
        public void A_first_order_run_out_of_steps_on_an_ill_conditioned_loss_is_told_why_and_what_helps(DescentMethod method, string rate)
        {
            // 0.5(100 x^2 + y^2): kappa = L/mu = 100/1; 20 steps are far too few for any first-order method.
            var result = GradientDescent.Minimize<AnisotropicLoss>([1.0, 1.0], new DescentOptions { Method = method, MaxSteps = 20 });

            Assert.Equal(StopReason.MaxSteps, result.StopReason);
            Assert.Equal(100.0, result.Summary.ConditionNumber!.Value, 12);
            string text = result.Summary.ToString();
            Assert.Contains("ill-conditioned (kappa = 100)", text, StringComparison.Ordinal);
            Assert.Contains(rate, text, StringComparison.Ordinal);
            Assert.Contains("DescentMethod.Newton", text, StringComparison.Ordinal);
        }

        [Fact]
        public void No_conditioning_advice_where_it_does_not_apply()
        {
            // kappa = 1 and out of steps; kappa = 100 but converged; Newton out of steps.
            var wellConditioned = GradientDescent.Minimize<QuadraticLoss>([-1.0], new DescentOptions { LearningRate = 0.01, MaxSteps = 5 });
            var converged = GradientDescent.Minimize<AnisotropicLoss>([1.0, 1.0], new DescentOptions { Method = DescentMethod.Nesterov, MaxSteps = 10_000 });
            var newton = GradientDescent.Minimize<RosenbrockLoss>([-1.2, 1.0], new DescentOptions { Method = DescentMethod.Newton, MaxSteps = 2 });

            Assert.Equal(StopReason.MaxSteps, wellConditioned.StopReason);
            Assert.Equal(StopReason.Converged, converged.StopReason);
            Assert.Equal(StopReason.MaxSteps, newton.StopReason);
            foreach (DescentResult result in new[] { wellConditioned, converged, newton })
            {
                Assert.DoesNotContain("ill-conditioned", result.Summary.ToString(), StringComparison.Ordinal);
            }
        }
    }
}
