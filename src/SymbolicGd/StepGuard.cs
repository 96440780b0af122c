namespace SymbolicGd
{
    /// <summary>What <see cref="GradientDescent"/> does when a step's learning rate reaches the stability bound 2/L.</summary>
    public enum StepGuard
    {
        /// <summary>Use 1/L for that step instead and mark it clamped (the default).</summary>
        Clamp = 0,

        /// <summary>Throw <see cref="UnstableLearningRateException"/> before taking the step.</summary>
        Throw,

        /// <summary>Report through the step callback and take the step as asked.</summary>
        Warn,

        /// <summary>Take the step as asked, without checking.</summary>
        Off,
    }
}
