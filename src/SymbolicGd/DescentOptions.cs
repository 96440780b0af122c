namespace SymbolicGd
{
    /// <summary>Settings of one <see cref="GradientDescent"/> run.</summary>
    public sealed class DescentOptions
    {
        /// <summary>The learning rate eta; null means automatic: 1/L_t at every step.</summary>
        public double? LearningRate { get; init; }

        /// <summary>The most steps to take.</summary>
        public int MaxSteps { get; init; } = 1000;

        /// <summary>Stop as converged when the gradient norm is at most this.</summary>
        public double Tolerance { get; init; } = 1e-8;

        /// <summary>What to do when eta reaches 2/L_t.</summary>
        public StepGuard Guard { get; init; } = StepGuard.Clamp;
    }
}
