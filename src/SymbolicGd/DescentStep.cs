using System;

namespace SymbolicGd
{
    /// <summary>
    /// One step of a descent run as seen by <see cref="DescentOptions.OnStep"/>: the iterate
    /// theta_t, its loss, gradient, L_t (the largest absolute Hessian eigenvalue) and mu_t, and the
    /// parameters about to be used to move to theta_{t+1}, with the method's stability limit. A
    /// ref struct over the run's own buffers, so reporting a step allocates nothing.
    /// </summary>
    public readonly ref struct DescentStep
    {
        internal DescentStep(
            int index,
            DescentMethod method,
            ReadOnlySpan<double> theta,
            double value,
            ReadOnlySpan<double> gradient,
            double gradientNorm,
            double lipschitz,
            double smallestEigenvalue,
            double requestedLearningRate,
            double learningRate,
            double momentum,
            double stabilityLimit,
            bool clamped,
            bool exceedsStabilityLimit,
            double segmentLipschitz)
        {
            Index = index;
            Method = method;
            Theta = theta;
            Value = value;
            Gradient = gradient;
            GradientNorm = gradientNorm;
            Lipschitz = lipschitz;
            SmallestEigenvalue = smallestEigenvalue;
            RequestedLearningRate = requestedLearningRate;
            LearningRate = learningRate;
            Momentum = momentum;
            StabilityLimit = stabilityLimit;
            Clamped = clamped;
            ExceedsStabilityLimit = exceedsStabilityLimit;
            SegmentLipschitz = segmentLipschitz;
        }

        /// <summary>t: the step moves theta_t to theta_{t+1}; the first step is 0.</summary>
        public int Index { get; }

        /// <summary>The method taking the step.</summary>
        public DescentMethod Method { get; }

        /// <summary>theta_t, the parameters before the step (for Nesterov, the look-ahead point y_t where the gradient is evaluated).</summary>
        public ReadOnlySpan<double> Theta { get; }

        /// <summary>The loss at theta_t.</summary>
        public double Value { get; }

        /// <summary>The gradient at theta_t.</summary>
        public ReadOnlySpan<double> Gradient { get; }

        /// <summary>The Euclidean norm of <see cref="Gradient"/>.</summary>
        public double GradientNorm { get; }

        /// <summary>L_t: the largest absolute Hessian eigenvalue at theta_t (constant for quadratics).</summary>
        public double Lipschitz { get; }

        /// <summary>
        /// mu_t: the smallest Hessian eigenvalue at theta_t (signed; negative means negative
        /// curvature, a saddle or a maximum nearby). The constant one when the Hessian is constant.
        /// </summary>
        public double SmallestEigenvalue { get; }

        /// <summary>
        /// The method's stability limit on eta*L_t for this step's momentum: 2 (gradient descent),
        /// 2(1 + beta) (heavy ball), 2(1 + beta)/(1 + 2 beta) (Nesterov); for Newton, 2 on the step
        /// length alpha.
        /// </summary>
        public double StabilityLimit { get; }

        /// <summary>
        /// StabilityLimit/L_t (2/L_t for gradient descent), the largest stable learning rate at
        /// theta_t (infinity when L_t = 0); for Newton, 2 (alpha is scale-free).
        /// </summary>
        public double MaxStableLearningRate => Method == DescentMethod.Newton ? StabilityLimit
            : Lipschitz > 0.0 ? StabilityLimit / Lipschitz : double.PositiveInfinity;

        /// <summary>
        /// The learning rate asked for: <see cref="DescentOptions.LearningRate"/>, or the automatic
        /// choice (1/L_t for gradient descent; see <see cref="DescentMethod"/>). For Newton, the
        /// first trial step length alpha.
        /// </summary>
        public double RequestedLearningRate { get; }

        /// <summary>
        /// The learning rate this step uses (after the guard; 1/L_t when <see cref="Clamped"/>; under
        /// <see cref="StepGuard.Certified"/> the certified eta, below the requested one when shortened).
        /// For Newton, the first trial alpha: the line search may shorten it (the trajectory records
        /// the accepted one).
        /// </summary>
        public double LearningRate { get; }

        /// <summary>beta of this step (0 for gradient descent and Newton).</summary>
        public double Momentum { get; }

        /// <summary>eta * L_t with the learning rate this step uses (for Newton, alpha): below <see cref="StabilityLimit"/> is stable.</summary>
        public double EtaTimesLipschitz => Method == DescentMethod.Newton ? LearningRate : LearningRate * Lipschitz;

        /// <summary>True when <see cref="StepGuard.Clamp"/> replaced the requested rate (by 1/L_t; for Newton by alpha = 1).</summary>
        public bool Clamped { get; }

        /// <summary>
        /// True when the requested rate reaches the method's limit: eta*L_t at or above
        /// <see cref="StabilityLimit"/>, i.e. eta at or above <see cref="MaxStableLearningRate"/>
        /// (what <see cref="StepGuard.Warn"/> reports).
        /// </summary>
        public bool ExceedsStabilityLimit { get; }

        /// <summary>
        /// <see cref="StepGuard.Certified"/> only: L_segment, the upper bound on the curvature
        /// along this step over its segment's box that certifies it
        /// (<see cref="LearningRate"/> * L_segment &lt; 2); NaN under the other guards.
        /// </summary>
        public double SegmentLipschitz { get; }
    }
}
