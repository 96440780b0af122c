using System;
using System.Text;

namespace SymbolicGd
{
    /// <summary>
    /// What the learning rate did, in numbers: the regime of eta*L, the contraction factor
    /// |1 - eta*L| along the steepest direction and, for a constant Hessian, the predicted
    /// number of steps to the gradient tolerance next to the steps actually taken.
    /// </summary>
    /// <remarks>
    /// L is the largest absolute Hessian eigenvalue, so a negative eigenvalue (a saddle or a
    /// maximum nearby) counts by its magnitude: a step of eta along it changes the error by
    /// |1 - eta*lambda| too, and the stability bound 2/L must hold for it as well. For a
    /// non-constant Hessian, eta*L is the largest requested eta_t * L_t over the steps taken
    /// (the start point when none was taken): the step that came closest to instability.
    /// </remarks>
    public sealed class LearningRateSummary
    {
        private const double EqualityTolerance = 1e-9;
        // eta*L at most this is slow: a step removes at most a tenth of the error (the lesson's eta = 0.05 on L = 2).
        private const double SlowUpTo = 0.1;

        /// <summary>The regime of the requested learning rate, by <see cref="EtaTimesLipschitz"/>.</summary>
        public LearningRateRegime Regime { get; init; }

        /// <summary>The learning rate asked for; null when automatic (1/L_t every step).</summary>
        public double? RequestedLearningRate { get; init; }

        /// <summary>The learning rate used at the first step (after clamping; 1/L when automatic).</summary>
        public double EffectiveLearningRate { get; init; }

        /// <summary>L at the start point (the constant L for a quadratic).</summary>
        public double Lipschitz { get; init; }

        /// <summary>The largest L_t met over the run.</summary>
        public double MaxLipschitz { get; init; }

        /// <summary>2/L at the start point, the largest stable learning rate: learning rates at or above it are unstable.</summary>
        public double MaxStableLearningRate => Lipschitz > 0.0 ? 2.0 / Lipschitz : double.PositiveInfinity;

        /// <summary>eta*L of the requested learning rate, which <see cref="Regime"/> classifies.</summary>
        public double EtaTimesLipschitz { get; init; }

        /// <summary>|1 - eta*L|: the factor by which each step scales the error along the steepest direction.</summary>
        public double ContractionFactor => Math.Abs(1.0 - EtaTimesLipschitz);

        /// <summary>
        /// Constant Hessian only: max over eigenvalues lambda_i of |1 - eta*lambda_i| with the
        /// learning rate used, the per-step factor of the slowest direction (the true linear
        /// rate; it exceeds <see cref="ContractionFactor"/> when the Hessian is ill-conditioned).
        /// Null otherwise.
        /// </summary>
        public double? SlowestContractionFactor { get; init; }

        /// <summary>Whether the loss has a constant Hessian (so the predictions are exact).</summary>
        public bool HasConstantHessian { get; init; }

        /// <summary>The gradient-norm tolerance the prediction aims at (<see cref="DescentOptions.Tolerance"/>).</summary>
        public double Tolerance { get; init; }

        /// <summary>
        /// Constant Hessian only: the steps a run with the learning rate used needs until the
        /// gradient norm is at most <see cref="Tolerance"/>, from the eigen-decomposition of the
        /// Hessian and the start gradient. Null when the Hessian is not constant or the run can
        /// never get there (a direction with |1 - eta*lambda| >= 1).
        /// </summary>
        public int? PredictedSteps { get; init; }

        /// <summary>Steps actually taken.</summary>
        public int ActualSteps { get; init; }

        /// <summary>Why the run stopped.</summary>
        public StopReason StopReason { get; init; }

        /// <summary>Steps whose requested learning rate was at or above 2/L_t.</summary>
        public int UnstableSteps { get; init; }

        /// <summary>Steps that <see cref="StepGuard.Clamp"/> took with 1/L_t instead.</summary>
        public int ClampedSteps { get; init; }

        /// <summary>Classifies eta*L: up to 0.1 slow, below 1 monotone, 1 optimal, up to 2 overshooting, 2 oscillating, beyond diverging (1 and 2 to a relative 1e-9).</summary>
        public static LearningRateRegime Classify(double etaTimesLipschitz)
        {
            double x = etaTimesLipschitz;
            if (double.IsNaN(x))
            {
                throw new ArgumentOutOfRangeException(nameof(etaTimesLipschitz), x, "eta*L is NaN.");
            }

            if (Math.Abs(x - 1.0) <= EqualityTolerance)
            {
                return LearningRateRegime.Optimal;
            }

            if (Math.Abs(x - 2.0) <= 2.0 * EqualityTolerance)
            {
                return LearningRateRegime.Oscillating;
            }

            return x <= SlowUpTo * (1.0 + EqualityTolerance) ? LearningRateRegime.Slow
                : x < 1.0 ? LearningRateRegime.Monotone
                : x < 2.0 ? LearningRateRegime.Overshooting
                : LearningRateRegime.Diverging;
        }

        /// <summary>One sentence of advice for the regime, with the numbers.</summary>
        public string Advice
        {
            get
            {
                string eta = RequestedLearningRate is null ? "automatic eta = 1/L_t" : "eta*L = " + NumberText.Of(EtaTimesLipschitz);
                string half = NumberText.Of(1.0 / Lipschitz), bound = NumberText.Of(2.0 / Lipschitz);
                string factor = NumberText.Of(ContractionFactor);
                return Regime switch
                {
                    LearningRateRegime.Slow =>
                        $"{eta}: monotone but slow, each step keeps {factor} of the error along the steepest direction; eta up to 1/L = {half} converges faster, 2/L = {bound} is the largest stable learning rate.",
                    LearningRateRegime.Monotone =>
                        $"{eta}: monotone, the loss falls every step and the error shrinks by {factor} per step; 1/L = {half} is the fastest step for the steepest direction.",
                    LearningRateRegime.Optimal =>
                        $"{eta}: optimal, eta = 1/L solves the steepest direction of a quadratic in one step.",
                    LearningRateRegime.Overshooting =>
                        $"{eta}: overshooting but converging, each step jumps past the minimum and the error shrinks by |1 - eta*L| = {factor}; 1/L = {half} would not overshoot.",
                    LearningRateRegime.Oscillating =>
                        $"{eta}: oscillating at the largest stable learning rate 2/L = {bound}, a quadratic cycles between two points forever; use eta < {bound} (1/L = {half} is optimal).",
                    LearningRateRegime.Diverging =>
                        $"{eta}: diverging, the error grows by |1 - eta*L| = {factor} per step; use eta < 2/L = {bound} (1/L = {half} is optimal).",
                    LearningRateRegime.Flat => "no curvature (L = 0): eta*L says nothing here, every learning rate is stable.",
                    _ => "the curvature could not be computed at the start point, so the learning rate cannot be judged.",
                };
            }
        }

        /// <summary>A few readable lines: regime, numbers, predicted against actual steps.</summary>
        public override string ToString()
        {
            var text = new StringBuilder();
            text.Append("learning rate: ")
                .Append(RequestedLearningRate is double requested ? "eta = " + NumberText.Of(requested) : "automatic (1/L_t each step)")
                .Append(", L = ").Append(NumberText.Of(Lipschitz))
                .Append(", 2/L = ").Append(NumberText.Of(MaxStableLearningRate))
                .Append(", eta*L = ").Append(NumberText.Of(EtaTimesLipschitz))
                .Append(" -> ").Append(RegimeName(Regime)).AppendLine();
            text.Append("  ").Append(Advice).AppendLine();
            text.Append("  contraction |1 - eta*L| = ").Append(NumberText.Of(ContractionFactor));
            if (SlowestContractionFactor is double slowest)
            {
                text.Append(ClampedSteps > 0 ? "; with the clamped eta used, the slowest direction shrinks by " : ", slowest direction ").Append(NumberText.Of(slowest));
            }

            if (!HasConstantHessian && MaxLipschitz != Lipschitz)
            {
                text.Append(", L_t ranged up to ").Append(NumberText.Of(MaxLipschitz));
            }

            text.AppendLine();
            if (UnstableSteps > 0)
            {
                text.Append("  ").Append(NumberText.Of(UnstableSteps)).Append(" step(s) at or above 2/L_t");
                if (ClampedSteps > 0)
                {
                    text.Append(", ").Append(NumberText.Of(ClampedSteps)).Append(" clamped to 1/L_t (eta = ").Append(NumberText.Of(EffectiveLearningRate)).Append(" at the first step)");
                }

                text.AppendLine();
            }

            text.Append("  steps to gradient norm <= ").Append(NumberText.Of(Tolerance)).Append(": predicted ")
                .Append(PredictedSteps is int predicted ? NumberText.Of(predicted) : HasConstantHessian ? "never" : "n/a (Hessian not constant)")
                .Append(", actual ").Append(NumberText.Of(ActualSteps)).Append(" (").Append(StopReason).Append(')');
            return text.ToString();
        }

        /// <summary>The regime as words, e.g. "overshooting but converging".</summary>
        public static string RegimeName(LearningRateRegime regime) => regime switch
        {
            LearningRateRegime.Slow => "monotone but slow (eta*L far below 1)",
            LearningRateRegime.Monotone => "monotone (eta*L < 1)",
            LearningRateRegime.Optimal => "optimal (eta*L = 1)",
            LearningRateRegime.Overshooting => "overshooting but converging (1 < eta*L < 2)",
            LearningRateRegime.Oscillating => "oscillating (eta*L = 2)",
            LearningRateRegime.Diverging => "diverging (eta*L > 2)",
            LearningRateRegime.Flat => "flat (L = 0)",
            _ => "unknown (no finite curvature)",
        };
    }
}
