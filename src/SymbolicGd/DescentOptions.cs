namespace SymbolicGd
{
    /// <summary>
    /// Settings of one <see cref="GradientDescent"/> run. A record, so that variations read as
    /// <c>options with { LearningRate = 0.8 }</c>.
    /// </summary>
    /// <example>
    /// <code>
    /// var options = new DescentOptions { LearningRate = 0.3, MaxSteps = 15, Guard = StepGuard.Off, RecordTrajectory = true };
    /// </code>
    /// </example>
    public sealed record DescentOptions
    {
        /// <summary>
        /// The learning rate eta. <c>null</c> (the default) means automatic: eta_t = 1/L_t at
        /// every step, the optimal step on a quadratic. Where L_t = 0 (no curvature, so no
        /// scale to take a step from) the automatic rate reuses the previous step's eta, or 1
        /// when there is none; any eta is stable where L_t = 0.
        /// </summary>
        public double? LearningRate { get; init; }

        /// <summary>The most update steps to take (default 1000); 0 only evaluates the start.</summary>
        public int MaxSteps { get; init; } = 1000;

        /// <summary>Stop as <see cref="StopReason.Converged"/> when the Euclidean gradient norm is at most this (default 1e-8).</summary>
        public double Tolerance { get; init; } = 1e-8;

        /// <summary>What to do when a fixed eta reaches the largest stable learning rate 2/L_t (default <see cref="StepGuard.Clamp"/>).</summary>
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

            if (Guard < StepGuard.Clamp || Guard > StepGuard.Off)
            {
                throw new System.ArgumentOutOfRangeException(nameof(Guard), Guard, "Unknown StepGuard.");
            }
        }
    }
}
