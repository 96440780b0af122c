namespace SymbolicGd
{
    /// <summary>
    /// What <see cref="GradientDescent"/> does when a step's learning rate reaches the largest
    /// stable learning rate of the method in use: 2/L for gradient descent, 2(1 + beta)/L for heavy
    /// ball, 2(1 + beta)/((1 + 2 beta) L) for Nesterov, a step length alpha of 2 for Newton.
    /// </summary>
    public enum StepGuard
    {
        /// <summary>Use 1/L for that step instead (Newton: alpha = 1) and mark it clamped (the default).</summary>
        Clamp = 0,

        /// <summary>Throw <see cref="UnstableLearningRateException"/> before taking the step.</summary>
        Throw,

        /// <summary>Report through the step callback (or, without one, once on the trace) and take the step as asked.</summary>
        Warn,

        /// <summary>Take the step as asked, without checking.</summary>
        Off,
    }
}
