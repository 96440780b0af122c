using System;

namespace SymbolicGd
{
    /// <summary>
    /// One step of a descent run as seen by <see cref="DescentOptions.OnStep"/>: the iterate
    /// theta_t, its loss, gradient and L_t (the largest absolute Hessian eigenvalue), and the learning rate about to be used to
    /// move to theta_{t+1}. A ref struct over the run's own buffers, so reporting a step
    /// allocates nothing.
    /// </summary>
    public readonly ref struct DescentStep
    {
        internal DescentStep(
            int index,
            ReadOnlySpan<double> theta,
            double value,
            ReadOnlySpan<double> gradient,
            double gradientNorm,
            double lipschitz,
            double smallestEigenvalue,
            double requestedLearningRate,
            double learningRate,
            bool clamped,
            bool exceedsStabilityLimit)
        {
            Index = index;
            Theta = theta;
            Value = value;
            Gradient = gradient;
            GradientNorm = gradientNorm;
            Lipschitz = lipschitz;
            SmallestEigenvalue = smallestEigenvalue;
            RequestedLearningRate = requestedLearningRate;
            LearningRate = learningRate;
            Clamped = clamped;
            ExceedsStabilityLimit = exceedsStabilityLimit;
        }

        /// <summary>t: the step moves theta_t to theta_{t+1}; the first step is 0.</summary>
        public int Index { get; }

        /// <summary>theta_t, the parameters before the step.</summary>
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

        /// <summary>The stability limit on eta*L_t of the method: 2 for gradient descent.</summary>
        public double StabilityLimit => 2.0;

        /// <summary>StabilityLimit/L_t = 2/L_t, the largest stable learning rate at theta_t (infinity when L_t = 0).</summary>
        public double MaxStableLearningRate => Lipschitz > 0.0 ? StabilityLimit / Lipschitz : double.PositiveInfinity;

        /// <summary>The learning rate asked for: <see cref="DescentOptions.LearningRate"/>, or 1/L_t when automatic.</summary>
        public double RequestedLearningRate { get; }

        /// <summary>The learning rate this step uses (1/L_t when <see cref="Clamped"/>).</summary>
        public double LearningRate { get; }

        /// <summary>eta * L_t with the learning rate this step uses: below 2 is stable.</summary>
        public double EtaTimesLipschitz => LearningRate * Lipschitz;

        /// <summary>True when <see cref="StepGuard.Clamp"/> replaced the requested rate by 1/L_t.</summary>
        public bool Clamped { get; }

        /// <summary>
        /// True when the requested rate reaches the method's limit: eta*L_t at or above
        /// <see cref="StabilityLimit"/>, i.e. eta at or above <see cref="MaxStableLearningRate"/>
        /// (what <see cref="StepGuard.Warn"/> reports).
        /// </summary>
        public bool ExceedsStabilityLimit { get; }
    }
}
