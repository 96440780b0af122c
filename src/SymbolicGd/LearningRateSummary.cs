using System;
using System.Text;

namespace SymbolicGd
{
    /// <summary>
    /// What the learning rate did, in numbers: the regime of eta*L, the per-step factor on the
    /// error along the dominant direction and, for a constant Hessian, the predicted number of
    /// steps to the gradient tolerance next to the steps actually taken.
    /// </summary>
    /// <remarks>
    /// <para>
    /// One step is judged: for a constant Hessian any (they are all alike); otherwise the step with
    /// the largest requested eta_t * L_t (the one that came closest to instability), or the start
    /// when no step was taken. <see cref="RegimeStep"/> says which, and the regime, the advice and
    /// <see cref="ContractionFactor"/> use eta, L_t and mu_t of that step.
    /// </para>
    /// <para>
    /// L is the largest absolute Hessian eigenvalue, so a negative eigenvalue counts by its
    /// magnitude in the limit 2/L. But a negative eigenvalue is never "converging": along it a step
    /// multiplies the distance from the stationary point by 1 + eta*|lambda| &gt; 1. Such a step is
    /// judged <see cref="LearningRateRegime.NegativeCurvature"/> with that growth factor.
    /// </para>
    /// <para>The texts (<see cref="Advice"/>, <see cref="ToString"/>) never print infinity or NaN: where
    /// L = 0 there is no limit, where L is unknown nothing is judged, and an eta*L too large to
    /// represent is still named as above the limit.</para>
    /// </remarks>
    public sealed class LearningRateSummary
    {
        private const double EqualityTolerance = 1e-9;

        // eta*L at most this is slow: a step removes at most a tenth of the error (the lesson's eta = 0.05 on L = 2).
        private const double SlowUpTo = 0.1;

        /// <summary>The regime of the requested learning rate at <see cref="RegimeStep"/>.</summary>
        public LearningRateRegime Regime { get; init; }

        /// <summary>The learning rate asked for; null when automatic (1/L_t every step).</summary>
        public double? RequestedLearningRate { get; init; }

        /// <summary>The learning rate used at the first step (after clamping; 1/L when automatic).</summary>
        public double EffectiveLearningRate { get; init; }

        /// <summary>L at the start point (the constant L for a quadratic).</summary>
        public double Lipschitz { get; init; }

        /// <summary>The largest L_t met over the run.</summary>
        public double MaxLipschitz { get; init; }

        /// <summary>2/L at the start point, the largest stable learning rate there (infinity when L = 0).</summary>
        public double MaxStableLearningRate => Lipschitz > 0.0 ? 2.0 / Lipschitz : double.PositiveInfinity;

        /// <summary>mu: the smallest Hessian eigenvalue at the start point (signed; the constant one for a quadratic).</summary>
        public double SmallestEigenvalue { get; init; }

        /// <summary>kappa = L/mu at the start point when mu is positive; null when the Hessian there is singular or indefinite.</summary>
        public double? ConditionNumber { get; init; }

        /// <summary>t of the step the regime judges (see the remarks).</summary>
        public int RegimeStep { get; init; }

        /// <summary>L_t at <see cref="RegimeStep"/>.</summary>
        public double RegimeLipschitz { get; init; }

        /// <summary>mu_t, the smallest Hessian eigenvalue, at <see cref="RegimeStep"/>.</summary>
        public double RegimeSmallestEigenvalue { get; init; }

        /// <summary>eta*L_t of the requested learning rate at <see cref="RegimeStep"/>, which <see cref="Regime"/> classifies (infinity if it overflows).</summary>
        public double EtaTimesLipschitz { get; init; }

        /// <summary>
        /// The factor by which a step scales the error along the dominant direction at
        /// <see cref="RegimeStep"/>: |1 - eta*L| for gradient descent; under
        /// <see cref="LearningRateRegime.NegativeCurvature"/>, the growth 1 + eta*|mu| along the
        /// negative eigenvalue (above 1). NaN when the regime is unknown.
        /// </summary>
        public double ContractionFactor { get; init; }

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

        /// <summary>
        /// Classifies eta*L for gradient descent on a positive curvature L: up to 0.1 slow, below 1
        /// monotone, 1 optimal, up to 2 overshooting, 2 oscillating, beyond (infinity included)
        /// diverging; 1 and 2 to a relative 1e-9.
        /// </summary>
        /// <exception cref="ArgumentOutOfRangeException"><paramref name="etaTimesLipschitz"/> is NaN.</exception>
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

        /// <summary>One sentence of advice for the regime, with the numbers (never infinity or NaN).</summary>
        public string Advice
        {
            get
            {
                string l = NumberText.Of(RegimeLipschitz);
                string eta = RequestedLearningRate is null ? "automatic eta = 1/L_t" : "eta*L = " + EtaL();
                switch (Regime)
                {
                    case LearningRateRegime.Unknown:
                        return "L could not be computed where the learning rate would be judged (the Hessian there is not finite), so the learning rate cannot be judged.";
                    case LearningRateRegime.Flat:
                        return $"no curvature (L = 0) {Where()}: eta*L = 0 says nothing there, and every learning rate is stable there.";
                    case LearningRateRegime.NegativeCurvature:
                        {
                            string growth = Growth(ContractionFactor);
                            string quadratic = HasConstantHessian ? "; on this quadratic the loss has no minimum, it falls without bound" : string.Empty;
                            return $"{eta}: negative curvature {Where()}, the Hessian has eigenvalue mu = {NumberText.Of(RegimeSmallestEigenvalue)} < 0: along its eigenvector each step multiplies the distance from the stationary point by 1 + eta*|mu| = {growth}, so the iterates move away from it, downhill (away from a saddle or a maximum){quadratic}.";
                        }
                }

                string half = NumberText.Of(1.0 / RegimeLipschitz), bound = NumberText.Of(2.0 / RegimeLipschitz);
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
                    _ =>
                        $"{eta}: diverging, eta is above the largest stable learning rate 2/L = {bound} (L = {l}) and the error grows by |1 - eta*L| = {Growth(ContractionFactor)} per step; use eta < {bound} (1/L = {half} is optimal).",
                };
            }
        }

        /// <summary>A few readable lines: regime, numbers, predicted against actual steps.</summary>
        public override string ToString()
        {
            var text = new StringBuilder();
            text.Append("learning rate: ")
                .Append(RequestedLearningRate is double requested ? "eta = " + NumberText.Of(requested) : "automatic (1/L_t each step)");
            if (Regime == LearningRateRegime.Unknown)
            {
                text.Append(", L unknown");
            }
            else
            {
                text.Append(HasConstantHessian || RegimeStep == 0 ? ", L = " : ", L_t = ").Append(NumberText.Of(RegimeLipschitz));
                if (!HasConstantHessian && RegimeStep > 0)
                {
                    text.Append(" at step ").Append(NumberText.Of(RegimeStep));
                }

                text.Append(RegimeLipschitz > 0.0 ? ", 2/L = " + NumberText.Of(2.0 / RegimeLipschitz) : ", no limit on eta (L = 0)")
                    .Append(", eta*L = ").Append(EtaL());
            }

            text.Append(" -> ").Append(RegimeName(Regime)).AppendLine();
            text.Append("  ").Append(Advice).AppendLine();
            if (double.IsFinite(ContractionFactor))
            {
                text.Append(Regime == LearningRateRegime.NegativeCurvature ? "  growth 1 + eta*|mu| = " : "  contraction |1 - eta*L| = ").Append(NumberText.Of(ContractionFactor));
                if (SlowestContractionFactor is double slowest)
                {
                    text.Append(ClampedSteps > 0 ? "; with the clamped eta used, the slowest direction shrinks by " : ", slowest direction ").Append(NumberText.Of(slowest));
                }

                if (ConditionNumber is double kappa)
                {
                    text.Append(" (mu = ").Append(NumberText.Of(SmallestEigenvalue)).Append(", kappa = ").Append(NumberText.Of(kappa)).Append(')');
                }

                if (!HasConstantHessian && MaxLipschitz != Lipschitz && double.IsFinite(MaxLipschitz))
                {
                    text.Append(", L_t ranged up to ").Append(NumberText.Of(MaxLipschitz));
                }

                text.AppendLine();
            }

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
            LearningRateRegime.NegativeCurvature => "negative curvature (a Hessian eigenvalue < 0: moving away from a saddle or maximum)",
            _ => "unknown (no finite curvature)",
        };

        // eta*L as text; an eta*L that overflowed is still a number above every limit.
        private string EtaL() => NumberText.Product(EtaTimesLipschitz);

        private static string Growth(double factor) => NumberText.Product(factor);

        private string Where() => HasConstantHessian ? "(constant Hessian)" : RegimeStep == 0 ? "at the start point" : "at step " + NumberText.Of(RegimeStep);
    }
}
