using System;
using SymbolicGd.Tests.Losses;
using Xunit;

namespace SymbolicGd.Tests
{
    public class SummaryTests
    {
        private static readonly double[] Start = { -1.0 };

        [Theory]
        [InlineData(0.01, LearningRateRegime.Slow, 0.98)]
        [InlineData(0.05, LearningRateRegime.Slow, 0.9)]
        [InlineData(0.3, LearningRateRegime.Monotone, 0.4)]
        [InlineData(0.5, LearningRateRegime.Optimal, 0.0)]
        [InlineData(0.8, LearningRateRegime.Overshooting, 0.6)]
        [InlineData(1.0, LearningRateRegime.Oscillating, 1.0)]
        [InlineData(1.1, LearningRateRegime.Diverging, 1.2)]
        public void Each_regime_is_classified_by_eta_times_L_with_contraction_one_minus_eta_L(double eta, LearningRateRegime regime, double contraction)
        {
            var result = GradientDescent.Minimize<QuadraticLoss>(Start, new DescentOptions { LearningRate = eta, MaxSteps = 15, Guard = StepGuard.Off });

            var summary = result.Summary;
            Assert.Equal(regime, summary.Regime);
            Assert.Equal(2.0 * eta, summary.EtaTimesLipschitz, 1e-15);
            Assert.Equal(contraction, summary.ContractionFactor, 1e-15);
            Assert.Equal(2.0, summary.Lipschitz);
            Assert.Equal(1.0, summary.MaxStableLearningRate);
            Assert.Equal(eta, summary.RequestedLearningRate);
            Assert.True(summary.HasConstantHessian);
        }

        [Fact]
        public void A_loss_without_curvature_is_flat_and_automatic_steps_fall_back_to_a_unit_step()
        {
            // L = 0 for x: no scale for 1/L, so the automatic step is 1 and x falls by 1 per step.
            var result = GradientDescent.Minimize<LinearLoss>(new[] { 0.0 }, new DescentOptions { MaxSteps = 5 });

            Assert.Equal(StopReason.MaxSteps, result.StopReason);
            Assert.Equal(-5.0, result.Minimum[0]);
            Assert.Equal(LearningRateRegime.Flat, result.Summary.Regime);
            Assert.Null(result.Summary.PredictedSteps);
        }

        [Theory]
        [InlineData(0.0, LearningRateRegime.Slow)]
        [InlineData(0.0999, LearningRateRegime.Slow)]
        [InlineData(0.1, LearningRateRegime.Slow)]
        [InlineData(0.1001, LearningRateRegime.Monotone)]
        [InlineData(0.999, LearningRateRegime.Monotone)]
        [InlineData(1.0, LearningRateRegime.Optimal)]
        [InlineData(1.0 + 1e-12, LearningRateRegime.Optimal)]
        [InlineData(1.001, LearningRateRegime.Overshooting)]
        [InlineData(1.999, LearningRateRegime.Overshooting)]
        [InlineData(2.0, LearningRateRegime.Oscillating)]
        [InlineData(2.0 - 1e-12, LearningRateRegime.Oscillating)]
        [InlineData(2.001, LearningRateRegime.Diverging)]
        [InlineData(1e9, LearningRateRegime.Diverging)]
        public void Classify_puts_the_boundaries_where_the_theory_does(double etaL, LearningRateRegime expected)
        {
            Assert.Equal(expected, LearningRateSummary.Classify(etaL));
        }

        [Fact]
        public void ToString_of_a_clamped_run_tells_the_whole_story()
        {
            var result = GradientDescent.Minimize<QuadraticLoss>(Start, new DescentOptions { LearningRate = 1.1 });

            string text = result.ToString();
            Assert.Contains("QuadraticLoss \"(theta - 3)^2\": converged to a minimum after 1 step (Hessian 2)", text, StringComparison.Ordinal);
            Assert.Contains("minimum theta = 3, value 0", text, StringComparison.Ordinal);
            Assert.Contains("eta = 1.1, L = 2, 2/L = 1, eta*L = 2.2 -> diverging (eta*L > 2)", text, StringComparison.Ordinal);
            Assert.Contains("contraction |1 - eta*L| = 1.2", text, StringComparison.Ordinal);
            Assert.Contains("1 step(s) at or above 2/L_t, 1 clamped to 1/L_t (eta = 0.5", text, StringComparison.Ordinal);
            Assert.Contains("predicted 1, actual 1 (Converged)", text, StringComparison.Ordinal);
        }

        [Fact]
        public void ToString_reports_slow_rates_with_the_better_choice()
        {
            var result = GradientDescent.Minimize<QuadraticLoss>(Start, new DescentOptions { LearningRate = 0.01, MaxSteps = 100 });

            string text = result.ToString();
            Assert.Contains("stopped at MaxSteps after 100 steps without converging", text, StringComparison.Ordinal);
            Assert.Contains("monotone but slow", text, StringComparison.Ordinal);
            Assert.Contains("1/L = 0.5", text, StringComparison.Ordinal);
            // |g_k| = 8 (0.98)^k <= 1e-8 first at k = ceil(ln(1.25e-9) / ln 0.98) = 1015.
            int predicted = (int)Math.Ceiling(Math.Log(1e-8 / 8.0) / Math.Log(0.98));
            Assert.Equal(predicted, result.Summary.PredictedSteps);
            Assert.Contains($"predicted {predicted}, actual 100 (MaxSteps)", text, StringComparison.Ordinal);
        }

        [Fact]
        public void ToString_names_the_cycle_points_and_the_never_converging_prediction()
        {
            var result = GradientDescent.Minimize<QuadraticLoss>(Start, new DescentOptions { LearningRate = 1.0, MaxSteps = 15, Guard = StepGuard.Off });

            string text = result.ToString();
            Assert.Contains("oscillating: after 15 steps the iterates cycle between two points", text, StringComparison.Ordinal);
            Assert.Contains("cycling between theta = -1 and theta = 7", text, StringComparison.Ordinal);
            Assert.Contains("oscillating at the largest stable learning rate 2/L = 1", text, StringComparison.Ordinal);
            Assert.Contains("predicted never", text, StringComparison.Ordinal);
        }

        [Fact]
        public void ToString_of_a_multi_parameter_loss_names_each_parameter()
        {
            var result = GradientDescent.Minimize<BoothLoss>(new[] { 0.0, 0.0 });

            Assert.Contains("minimum (x = 1, y = 3)", result.ToString(), StringComparison.Ordinal);
            Assert.Contains("automatic (1/L_t each step)", result.ToString(), StringComparison.Ordinal);
        }
    }
}
