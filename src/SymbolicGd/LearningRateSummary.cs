using System;
using System.Text;

namespace SymbolicGd
{
    /// <summary>
    /// What the learning rate did, in numbers: the method and its stability limit, the regime of
    /// eta*L, the per-step factor on the error along the dominant direction and, for a constant
    /// Hessian, the predicted contraction per step next to the measured one and the predicted
    /// number of steps to the gradient tolerance next to the steps actually taken.
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

        /// <summary>The method that ran.</summary>
        public DescentMethod Method { get; init; }

        /// <summary>The regime of the requested learning rate at <see cref="RegimeStep"/>.</summary>
        public LearningRateRegime Regime { get; init; }

        /// <summary>The learning rate asked for; null when automatic (1/L_t every step).</summary>
        public double? RequestedLearningRate { get; init; }

        /// <summary>The learning rate used at the first step (after clamping; 1/L when automatic; Newton: the accepted alpha).</summary>
        public double EffectiveLearningRate { get; init; }

        /// <summary>The momentum asked for (<see cref="DescentOptions.Momentum"/>); null when automatic or not a momentum method.</summary>
        public double? RequestedMomentum { get; init; }

        /// <summary>beta at <see cref="RegimeStep"/> (0 for gradient descent and Newton).</summary>
        public double Momentum { get; init; }

        /// <summary>
        /// The method's stability limit on eta*L at <see cref="RegimeStep"/>: 2 (gradient descent),
        /// 2(1 + beta) (heavy ball), 2(1 + beta)/(1 + 2 beta) (Nesterov); 2 on alpha for Newton.
        /// </summary>
        public double StabilityLimit { get; init; }

        /// <summary>L at the start point (the constant L for a quadratic).</summary>
        public double Lipschitz { get; init; }

        /// <summary>The largest L_t met over the run.</summary>
        public double MaxLipschitz { get; init; }

        /// <summary>
        /// <see cref="StabilityLimit"/>/L at <see cref="RegimeStep"/> (2/L for gradient descent; the
        /// constant one for a quadratic), the largest stable learning rate there: infinity when
        /// L = 0 there; 2 for Newton, whose alpha is scale-free.
        /// </summary>
        public double MaxStableLearningRate => Method == DescentMethod.Newton ? StabilityLimit
            : RegimeLipschitz > 0.0 ? StabilityLimit / RegimeLipschitz : double.PositiveInfinity;

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

        /// <summary>
        /// eta*L_t of the requested learning rate at <see cref="RegimeStep"/>, which <see cref="Regime"/>
        /// classifies against <see cref="StabilityLimit"/> (infinity if it overflows). For Newton the
        /// requested step length alpha, which plays the role of eta*L for every direction at once.
        /// </summary>
        public double EtaTimesLipschitz { get; init; }

        /// <summary>
        /// The factor by which a step scales the error along the dominant direction at
        /// <see cref="RegimeStep"/> (eigenvalue L): |1 - eta*L| for gradient descent, the spectral
        /// radius of the 2x2 iteration matrix for heavy ball and Nesterov, |1 - alpha| for Newton.
        /// Under <see cref="LearningRateRegime.NegativeCurvature"/> the same along the negative
        /// eigenvalue mu instead, a growth above 1 (1 + eta*|mu| for gradient descent). NaN when the
        /// regime is unknown.
        /// </summary>
        public double ContractionFactor { get; init; }

        /// <summary>
        /// Constant Hessian only: the predicted per-step contraction, the largest factor over the
        /// eigenvalues lambda_i with the parameters of the first step: |1 - eta*lambda_i| for
        /// gradient descent, the spectral radius of the iteration matrix for heavy ball
        /// [[1 + beta - eta*lambda, -beta], [1, 0]] and Nesterov [[(1 + beta) a, -beta a], [1, 0]]
        /// with a = 1 - eta*lambda, |1 - alpha| for Newton. The true linear rate of the run; it
        /// exceeds <see cref="ContractionFactor"/> when the Hessian is ill-conditioned. Null otherwise.
        /// </summary>
        public double? SlowestContractionFactor { get; init; }

        /// <summary>
        /// The measured per-step contraction: (s_n / s_m)^(1/(n - m)) with s_t = sqrt(|g_t|^2 +
        /// |g_(t-1)|^2) (two consecutive gradients, so that momentum's rotation does not pass for
        /// contraction), m the largest power of two at most n/2 (at least 1), n the last step. To
        /// set beside <see cref="SlowestContractionFactor"/>. Null when the run took fewer than two
        /// steps or a norm was zero or not finite.
        /// </summary>
        public double? MeasuredContractionFactor { get; init; }

        /// <summary>Whether the loss has a constant Hessian (so the predictions are exact).</summary>
        public bool HasConstantHessian { get; init; }

        /// <summary>The gradient-norm tolerance the prediction aims at (<see cref="DescentOptions.Tolerance"/>).</summary>
        public double Tolerance { get; init; }

        /// <summary>
        /// Constant Hessian only: the steps a run with the learning rate used needs until the
        /// gradient norm is at most <see cref="Tolerance"/>, from the eigen-decomposition of the
        /// Hessian and the start gradient (gradient descent), or from |g_k| = |1 - alpha|^k |g_0|
        /// (Newton on a positive definite Hessian: 1 step for alpha = 1). Null when the Hessian is
        /// not constant, for heavy ball and Nesterov (their gradient norm is not monotone), or when
        /// the run can never get there (a factor of 1 or more).
        /// </summary>
        public int? PredictedSteps { get; init; }

        /// <summary>Steps actually taken.</summary>
        public int ActualSteps { get; init; }

        /// <summary>Why the run stopped.</summary>
        public StopReason StopReason { get; init; }

        /// <summary>Steps whose requested learning rate was at or above the method's largest stable learning rate (2/L_t for gradient descent).</summary>
        public int UnstableSteps { get; init; }

        /// <summary>Steps that <see cref="StepGuard.Clamp"/> took with 1/L_t instead (Newton: with alpha = 1).</summary>
        public int ClampedSteps { get; init; }

        /// <summary>Newton: steps whose line search shortened the first trial alpha.</summary>
        public int BacktrackedSteps { get; init; }

        /// <summary>The guard the run used (<see cref="DescentOptions.Guard"/>).</summary>
        public StepGuard Guard { get; init; }

        /// <summary>
        /// <see cref="StepGuard.Certified"/>: steps taken with a shorter eta than requested, to keep
        /// eta * L_segment &lt; 2 or the computed loss from rising. 0 under the other guards.
        /// </summary>
        public int ShortenedSteps { get; init; }

        /// <summary>
        /// <see cref="StepGuard.Certified"/>: the geometric mean of eta_used / eta_requested over the
        /// shortened steps (how much they were shortened, typically); null when none was.
        /// </summary>
        public double? ShorteningFactor { get; init; }

        /// <summary><see cref="StepGuard.Certified"/>: the smallest eta_used / eta_requested of a step; null when none was shortened.</summary>
        public double? SmallestShorteningFactor { get; init; }

        /// <summary>
        /// <see cref="StepGuard.Certified"/>: the largest L_segment (the bound on the curvature along
        /// a step over its segment's box) of a step taken; NaN when no step was certified.
        /// </summary>
        public double MaxSegmentLipschitz { get; init; } = double.NaN;

        /// <summary><see cref="StepGuard.Certified"/>: interval evaluations of value, gradient and Hessian made (the guard's cost; at least one per step).</summary>
        public int IntervalEvaluations { get; init; }

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
                switch (Regime)
                {
                    case LearningRateRegime.Unknown:
                        return "L could not be computed where the learning rate would be judged (the Hessian there is not finite), so the learning rate cannot be judged.";
                    case LearningRateRegime.Flat:
                        return Method == DescentMethod.Newton
                            ? $"no curvature (L = 0) {Where()}: the Hessian is zero, so Newton takes a gradient step there, shortened by the line search until the loss falls."
                            : $"no curvature (L = 0) {Where()}: eta*L = 0 says nothing there, and every learning rate is stable there.";
                    case LearningRateRegime.NegativeCurvature:
                        return NegativeCurvatureAdvice();
                }

                return Method switch
                {
                    DescentMethod.Newton => NewtonAdvice(),
                    DescentMethod.HeavyBall or DescentMethod.Nesterov => MomentumAdvice(),
                    _ => GradientAdvice(),
                };
            }
        }

        /// <summary>A few readable lines: method, regime, numbers, predicted against measured contraction and steps.</summary>
        public override string ToString()
        {
            var text = new StringBuilder();
            text.Append("method: ").Append(MethodMath.Name(Method));
            if (Method is DescentMethod.HeavyBall or DescentMethod.Nesterov)
            {
                text.Append(", momentum beta = ").Append(NumberText.Of(Momentum)).Append(RequestedMomentum is null ? " (automatic)" : string.Empty);
            }

            text.Append(", stable for ").Append(MethodMath.LimitText(Method, Momentum)).AppendLine();
            if (Method == DescentMethod.Newton)
            {
                text.Append("  step length: ").Append(RequestedLearningRate is double alpha ? "alpha = " + NumberText.Of(alpha) : "alpha = 1 (the full Newton step)").Append(" first trial");
                if (Regime != LearningRateRegime.Unknown)
                {
                    text.Append(", L = ").Append(NumberText.Of(RegimeLipschitz));
                }
            }
            else
            {
                text.Append("  learning rate: ")
                    .Append(RequestedLearningRate is double requested ? "eta = " + NumberText.Of(requested) : Method == DescentMethod.GradientDescent ? "automatic (1/L_t each step)" : "automatic (from L and mu)");
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

                    text.Append(RegimeLipschitz > 0.0 ? ", " + StableName() + " = " + NumberText.Of(MaxStableLearningRate) : ", no limit on eta (L = 0)")
                        .Append(", eta*L = ").Append(EtaL());
                }
            }

            text.Append(" -> ").Append(RegimeWords()).AppendLine();
            text.Append("    ").Append(Advice).AppendLine();
            if (double.IsFinite(ContractionFactor))
            {
                text.Append("    ").Append(ContractionName()).Append(" = ").Append(NumberText.Of(ContractionFactor));
                if (SlowestContractionFactor is double slowest)
                {
                    text.Append(ClampedSteps > 0 ? "; per step with the clamped eta used: predicted " : "; per step: predicted ").Append(NumberText.Of(slowest)).Append(" (slowest direction)");
                    if (MeasuredContractionFactor is double measured)
                    {
                        text.Append(", measured ").Append(NumberText.Of(measured));
                    }
                }
                else if (MeasuredContractionFactor is double measured)
                {
                    text.Append("; measured per step ").Append(NumberText.Of(measured));
                }

                if (ConditionNumber is double kappa)
                {
                    text.Append(" (mu = ").Append(NumberText.Of(SmallestEigenvalue)).Append(", kappa = ").Append(NumberText.Of(kappa)).Append(')');
                }

                if (!HasConstantHessian && MaxLipschitz != Lipschitz && double.IsFinite(MaxLipschitz) && MaxLipschitz > 0.0)
                {
                    text.Append(", L_t ranged up to ").Append(NumberText.Of(MaxLipschitz));
                }

                text.AppendLine();
            }

            if (UnstableSteps > 0)
            {
                text.Append("    ").Append(NumberText.Of(UnstableSteps)).Append(" step(s) at or above ").Append(Method == DescentMethod.Newton ? "alpha = 2" : Method == DescentMethod.GradientDescent ? "2/L_t" : "the limit");
                if (ClampedSteps > 0)
                {
                    text.Append(", ").Append(NumberText.Of(ClampedSteps)).Append(Method == DescentMethod.Newton ? " clamped to alpha = 1" : " clamped to 1/L_t (eta = " + NumberText.Of(EffectiveLearningRate) + " at the first step)");
                }

                text.AppendLine();
            }

            if (Guard == StepGuard.Certified)
            {
                text.Append("    certified (the loss never rises): ");
                text.Append(ShortenedSteps == 0
                    ? "no step shortened, every requested eta had eta*L_segment < 2"
                    : NumberText.Of(ShortenedSteps) + " of " + NumberText.Of(ActualSteps) + " step(s) shortened to keep eta*L_segment < 2, to "
                        + NumberText.Of(ShorteningFactor ?? 1.0) + " of the requested eta on average (geometric mean), " + NumberText.Of(SmallestShorteningFactor ?? 1.0) + " at the least");
                if (!double.IsNaN(MaxSegmentLipschitz))
                {
                    text.Append("; L_segment up to ").Append(NumberText.Of(MaxSegmentLipschitz));
                }

                text.Append("; ").Append(NumberText.Of(IntervalEvaluations)).Append(" interval evaluation(s)").AppendLine();
            }

            if (BacktrackedSteps > 0)
            {
                text.Append("    the line search shortened ").Append(NumberText.Of(BacktrackedSteps)).Append(" of ").Append(NumberText.Of(ActualSteps)).Append(" step(s) to keep the loss falling").AppendLine();
            }

            text.Append("    steps to gradient norm <= ").Append(NumberText.Of(Tolerance)).Append(": predicted ")
                .Append(PredictedSteps is int predicted ? NumberText.Of(predicted)
                    : !HasConstantHessian ? "n/a (Hessian not constant)"
                    : Method is DescentMethod.HeavyBall or DescentMethod.Nesterov ? "n/a (momentum: the gradient norm is not monotone)"
                    : "never")
                .Append(", actual ").Append(NumberText.Of(ActualSteps)).Append(" (").Append(StopReason).Append(')');
            if (IllConditionedAdvice() is string advice)
            {
                text.AppendLine().Append("    ").Append(advice);
            }

            return text.ToString();
        }

        // A first-order run that ran out of steps on an ill-conditioned loss: say why, and what helps.
        private string? IllConditionedAdvice()
        {
            if (StopReason != StopReason.MaxSteps || Method == DescentMethod.Newton || ConditionNumber is not double kappa || !(kappa >= 100.0))
            {
                return null;
            }

            string rate = Method == DescentMethod.GradientDescent
                ? "gradient descent shrinks the error along the flattest direction by only about 1 - 1/kappa per step"
                : "momentum shrinks the error along the flattest direction by only about 1 - 1/sqrt(kappa) per step";
            return "ill-conditioned (kappa = " + NumberText.Of(kappa) + "): " + rate
                + "; Method = DescentMethod.Newton uses the Hessian (one step on a quadratic)"
                + (Method == DescentMethod.GradientDescent ? ", HeavyBall or Nesterov need about sqrt(kappa) steps per factor e" : string.Empty)
                + ", and centring and scaling the parameters or the data lowers kappa itself.";
        }

        /// <summary>The regime as words for gradient descent, e.g. "overshooting but converging".</summary>
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
            LearningRateRegime.Converging => "converging (eta*L below the method's limit)",
            _ => "unknown (no finite curvature)",
        };

        private string RegimeWords()
        {
            string limit = NumberText.Of(StabilityLimit);
            return Method switch
            {
                DescentMethod.Newton => Regime switch
                {
                    LearningRateRegime.Slow => "monotone but slow (alpha far below 1)",
                    LearningRateRegime.Monotone => "monotone (alpha < 1)",
                    LearningRateRegime.Optimal => "optimal (alpha = 1)",
                    LearningRateRegime.Overshooting => "overshooting but converging (1 < alpha < 2)",
                    LearningRateRegime.Oscillating => "oscillating (alpha = 2)",
                    LearningRateRegime.Diverging => "diverging (alpha > 2)",
                    _ => RegimeName(Regime),
                },
                DescentMethod.HeavyBall or DescentMethod.Nesterov => Regime switch
                {
                    LearningRateRegime.Converging => $"converging (eta*L < {limit})",
                    LearningRateRegime.Oscillating => $"oscillating (eta*L = {limit})",
                    LearningRateRegime.Diverging => $"diverging (eta*L > {limit})",
                    _ => RegimeName(Regime),
                },
                _ => RegimeName(Regime),
            };
        }

        private string GradientAdvice()
        {
            string eta = RequestedLearningRate is null ? "automatic eta = 1/L_t" : "eta*L = " + EtaL();
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
                    $"{eta}: diverging, eta is above the largest stable learning rate 2/L = {bound} (L = {NumberText.Of(RegimeLipschitz)}) and the error grows by |1 - eta*L| = {NumberText.Product(ContractionFactor)} per step; use eta < {bound} (1/L = {half} is optimal).",
            };
        }

        private string MomentumAdvice()
        {
            string name = MethodMath.Name(Method);
            string eta = (RequestedLearningRate is null ? "automatic eta" : "eta") + " with beta = " + NumberText.Of(Momentum) + ", eta*L = " + EtaL();
            string limit = MethodMath.LimitText(Method, Momentum), maxEta = NumberText.Of(MaxStableLearningRate);
            return Regime switch
            {
                LearningRateRegime.Converging =>
                    $"{eta}: converging, below {name}'s limit {limit} (eta < {maxEta}); along the steepest direction the error shrinks by {NumberText.Of(ContractionFactor)} per step, not monotonically (momentum overshoots and comes back).",
                LearningRateRegime.Oscillating =>
                    $"{eta}: oscillating at {name}'s limit {limit}, a quadratic cycles between two points forever; use eta < {maxEta} or a smaller beta.",
                _ =>
                    $"{eta}: diverging, eta is above {name}'s largest stable learning rate {maxEta} ({limit}, L = {NumberText.Of(RegimeLipschitz)}) and the error grows by {NumberText.Product(ContractionFactor)} per step; use eta < {maxEta}, or LearningRate = null.",
            };
        }

        private string NewtonAdvice()
        {
            string alpha = "alpha = " + NumberText.Of(EtaTimesLipschitz);
            string factor = NumberText.Of(ContractionFactor);
            return Regime switch
            {
                LearningRateRegime.Slow or LearningRateRegime.Monotone =>
                    $"{alpha}: a damped Newton step, on a quadratic each step keeps {factor} of the error; alpha = 1 (the default) solves a quadratic in one step.",
                LearningRateRegime.Optimal =>
                    "alpha = 1: the full Newton step, exact on a quadratic (one step) and quadratically convergent near a minimum with a positive definite Hessian; the line search shortens it only where the loss would not fall enough.",
                LearningRateRegime.Overshooting =>
                    $"{alpha}: overshooting, on a quadratic each step jumps past the minimum and keeps {factor} of the error; alpha = 1 would land on it.",
                LearningRateRegime.Oscillating =>
                    $"{alpha}: at Newton's limit alpha < 2, a quadratic's loss would not fall (the line search shortens such steps); alpha = 1 is the full step.",
                _ =>
                    $"{alpha}: above Newton's limit alpha < 2, on a quadratic the error would grow by {NumberText.Product(ContractionFactor)} per step (the line search shortens such steps until the loss falls); alpha = 1 is the full step.",
            };
        }

        private string NegativeCurvatureAdvice()
        {
            string mu = NumberText.Of(RegimeSmallestEigenvalue), growth = NumberText.Product(ContractionFactor);
            string quadratic = HasConstantHessian ? "; on this quadratic the loss has no minimum, it falls without bound" : string.Empty;
            switch (Method)
            {
                case DescentMethod.Newton:
                    return $"negative curvature {Where()}: the Hessian has eigenvalue mu = {mu} < 0, so Newton uses |mu| instead (eigenvalue modification) and steps downhill along its eigenvector, away from the saddle or maximum by 1 + alpha = {growth} per step on a quadratic{quadratic}.";
                case DescentMethod.HeavyBall:
                case DescentMethod.Nesterov:
                    return $"eta with beta = {NumberText.Of(Momentum)}: negative curvature {Where()}, the Hessian has eigenvalue mu = {mu} < 0: along its eigenvector the iterates move away from the stationary point, downhill, by {growth} per step (the spectral radius of the {MethodMath.Name(Method)} iteration at mu){quadratic}.";
                default:
                    {
                        string eta = RequestedLearningRate is null ? "automatic eta = 1/L_t" : "eta*L = " + EtaL();
                        return $"{eta}: negative curvature {Where()}, the Hessian has eigenvalue mu = {mu} < 0: along its eigenvector each step multiplies the distance from the stationary point by 1 + eta*|mu| = {growth}, so the iterates move away from it, downhill (away from a saddle or a maximum){quadratic}.";
                    }
            }
        }

        private string ContractionName() => (Regime, Method) switch
        {
            (LearningRateRegime.NegativeCurvature, DescentMethod.GradientDescent) => "growth 1 + eta*|mu|",
            (LearningRateRegime.NegativeCurvature, DescentMethod.Newton) => "growth 1 + alpha",
            (LearningRateRegime.NegativeCurvature, _) => "growth (spectral radius at mu)",
            (_, DescentMethod.GradientDescent) => "contraction |1 - eta*L|",
            (_, DescentMethod.Newton) => "contraction |1 - alpha|",
            _ => "contraction (spectral radius at L)",
        };

        private string StableName() => Method switch
        {
            DescentMethod.HeavyBall => "max stable eta 2(1 + beta)/L",
            DescentMethod.Nesterov => "max stable eta 2(1 + beta)/((1 + 2 beta) L)",
            _ => "2/L",
        };

        // eta*L as text; an eta*L that overflowed is still a number above every limit.
        private string EtaL() => NumberText.Product(EtaTimesLipschitz);

        private string Where() => HasConstantHessian ? "(constant Hessian)" : RegimeStep == 0 ? "at the start point" : "at step " + NumberText.Of(RegimeStep);
    }
}
