namespace SymbolicGd
{
    /// <summary>
    /// Settings of one <see cref="GradientDescent"/> run. A record, so that variations read as
    /// <c>options with { LearningRate = 0.8 }</c>.
    /// </summary>
    /// <example>
    /// <code>
    /// var options = new DescentOptions { LearningRate = 0.3, MaxSteps = 15, Guard = StepGuard.Off, RecordTrajectory = true };
    /// var newton = new DescentOptions { Method = DescentMethod.Newton };
    /// </code>
    /// </example>
    public sealed record DescentOptions
    {
        /// <summary>The update rule (default <see cref="DescentMethod.GradientDescent"/>).</summary>
        public DescentMethod Method { get; init; } = DescentMethod.GradientDescent;

        /// <summary>
        /// The learning rate eta. <c>null</c> (the default) means automatic: for gradient descent
        /// eta_t = 1/L_t at every step, the optimal step on a quadratic; for heavy ball and
        /// Nesterov see <see cref="DescentMethod"/>. Where L_t = 0 (no curvature, so no scale to
        /// take a step from) the automatic rate reuses the previous step's eta, or 1 when there is
        /// none; any eta is stable where L_t = 0. For <see cref="DescentMethod.Newton"/> it is the
        /// line search's first trial step length alpha (null = 1, the full Newton step).
        /// </summary>
        public double? LearningRate { get; init; }

        /// <summary>
        /// The momentum beta of <see cref="DescentMethod.HeavyBall"/> and
        /// <see cref="DescentMethod.Nesterov"/>, 0 &lt;= beta &lt; 1. <c>null</c> (the default) means
        /// chosen from the curvature: with a constant Hessian, from kappa = L/mu
        /// (((sqrt kappa - 1)/(sqrt kappa + 1))^2 for heavy ball, (sqrt kappa - 1)/(sqrt kappa + 1)
        /// for Nesterov); otherwise from kappa_t = L_t/mu_t at each step where mu_t &gt; 0
        /// ((1 - 1/sqrt kappa_t)^2 for heavy ball, (sqrt kappa_t - 1)/(sqrt kappa_t + 1) for
        /// Nesterov, both with eta = 1/L_t), 0 (a plain gradient step) where mu_t &lt;= 0, and a step
        /// after the loss rose drops its momentum (an adaptive restart). See docs/methods.md. Must be
        /// null for the other methods.
        /// </summary>
        public double? Momentum { get; init; }

        /// <summary>The most update steps to take (default 1000); 0 only evaluates the start.</summary>
        public int MaxSteps { get; init; } = 1000;

        /// <summary>Stop as <see cref="StopReason.Converged"/> when the Euclidean gradient norm is at most this (default 1e-8).</summary>
        public double Tolerance { get; init; } = 1e-8;

        /// <summary>
        /// What to do when a step's eta reaches the method's largest stable learning rate
        /// (2/L_t for gradient descent, <see cref="DescentStep.MaxStableLearningRate"/> in general;
        /// alpha &gt;= 2 for Newton). Default <see cref="StepGuard.Clamp"/>. <see cref="StepGuard.Certified"/>
        /// (gradient descent on a generated closed-form loss) instead bounds the curvature along
        /// each whole step and shortens it until the loss cannot rise.
        /// </summary>
        public StepGuard Guard { get; init; } = StepGuard.Clamp;

        /// <summary>
        /// Called once per step, before the update, with the step's theta, gradient, L_t
        /// and learning rate. Under <see cref="StepGuard.Warn"/> this is where an unstable step is
        /// reported (<see cref="DescentStep.ExceedsStabilityLimit"/>). Null (the default) costs nothing.
        /// </summary>
        public DescentStepCallback? OnStep { get; init; }

        /// <summary>
        /// Record every iterate into <see cref="DescentResult.Trajectory"/> (default false).
        /// Recording allocates; without it the descent loop allocates nothing per step.
        /// </summary>
        public bool RecordTrajectory { get; init; }

        /// <summary>Validates the settings; throws <see cref="System.ArgumentOutOfRangeException"/> naming the bad one.</summary>
        internal void Validate()
        {
            if (LearningRate is double eta && (!(eta > 0.0) || double.IsInfinity(eta)))
            {
                throw new System.ArgumentOutOfRangeException(nameof(LearningRate), eta, "The learning rate must be a positive finite number, or null for automatic steps.");
            }

            if (MaxSteps < 0)
            {
                throw new System.ArgumentOutOfRangeException(nameof(MaxSteps), MaxSteps, "MaxSteps must not be negative.");
            }

            if (!(Tolerance >= 0.0))
            {
                throw new System.ArgumentOutOfRangeException(nameof(Tolerance), Tolerance, "Tolerance must be a non-negative number.");
            }

            if (Guard < StepGuard.Clamp || Guard > StepGuard.Certified)
            {
                throw new System.ArgumentOutOfRangeException(nameof(Guard), Guard, "Unknown StepGuard.");
            }

            if (Method < DescentMethod.GradientDescent || Method > DescentMethod.Newton)
            {
                throw new System.ArgumentOutOfRangeException(nameof(Method), Method, "Unknown DescentMethod.");
            }

            if (Guard == StepGuard.Certified && Method != DescentMethod.GradientDescent)
            {
                string why = Method == DescentMethod.Newton
                    ? "Newton's line search already takes only steps that lower the loss (Armijo's condition), so use Guard = StepGuard.Clamp with it"
                    : $"a {MethodMath.Name(Method)} step adds momentum, so it is not a descent step and may raise the loss by design";
                throw new System.ArgumentException($"StepGuard.Certified applies to DescentMethod.GradientDescent only, not to {Method}: {why}.", nameof(Guard));
            }

            if (Momentum is double beta)
            {
                if (Method is not (DescentMethod.HeavyBall or DescentMethod.Nesterov))
                {
                    throw new System.ArgumentException($"Momentum = {NumberText.Of(beta)} applies to DescentMethod.HeavyBall and DescentMethod.Nesterov only, not to {Method}; leave it null.", nameof(Momentum));
                }

                if (!(beta >= 0.0 && beta < 1.0))
                {
                    throw new System.ArgumentOutOfRangeException(nameof(Momentum), beta, "The momentum beta must satisfy 0 <= beta < 1 (beta >= 1 is unstable for every learning rate), or be null to choose it from the curvature.");
                }
            }
        }
    }
}
