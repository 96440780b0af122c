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

        /// <summary>
        /// Gradient descent only: every step is certified not to raise the loss. The curvature
        /// along the step's segment, from theta to theta - eta*g, is bounded from above by
        /// L_segment, computed in interval arithmetic over the segment's box (widened by rounding's
        /// ulps, so that it holds the exact segment as well as the computed one) from the loss's
        /// <see cref="ISymbolicLoss.ValueGradientHessianBounds"/>; eta is shortened until
        /// eta * L_segment &lt; 2 (the product rounded up), and a step is taken only when the loss
        /// computed at the new point is not above the loss at theta. The computed loss never
        /// increases, from any start, at any learning rate. See the remarks.
        /// </summary>
        /// <remarks>
        /// <para>
        /// The guarantee, precisely. (1) Every accepted step satisfies eta * L_segment &lt; 2, where
        /// L_segment is an upper bound on g^T H(xi) g / |g|^2 for every xi in the box of the
        /// segment from theta to the computed next iterate, g the computed gradient and H the
        /// loss's Hessian (rigorous given the math-library accuracy that <see cref="Interval"/>
        /// assumes); by the descent lemma the exact loss then falls by at least
        /// eta (1 - eta L_segment / 2) |g|^2 along the exact step theta - eta g. (2) Every accepted
        /// step's computed loss is at most the computed loss at theta: the sequence of losses a
        /// run reports never rises, with no assumption at all. A step whose computed loss would
        /// rise by rounding (near a minimum, where the decrease (1) promises is below the
        /// loss's rounding) is shortened further; when no step that still changes theta keeps
        /// the loss from rising, the run stops with <see cref="StopReason.Stalled"/>.
        /// </para>
        /// <para>
        /// A box where an enclosure of the value, gradient or Hessian is undefined gives no bound:
        /// it leaves the loss's domain (log near 0, a divisor reaching 0) or may cross a jump (of
        /// the value, such as x/|x| at 0, or of the gradient, where the argument of abs changes
        /// sign). The step is then shortened, never taken blind. The requested eta (<see cref="DescentOptions.LearningRate"/>,
        /// or 1/L_t when automatic) is tried first, or twice the last accepted eta when that is
        /// smaller; a step that fails is shortened to the largest eta the bound already certifies
        /// (1/L_segment) or, between that and the failed eta, by bisection on a log scale.
        /// <see cref="LearningRateSummary.ShortenedSteps"/> and the trajectory's
        /// <see cref="DescentTrajectory.SegmentLipschitz"/> report what it did.
        /// </para>
        /// <para>
        /// Cost: one interval evaluation of value, gradient and Hessian per trial (a few times a
        /// point evaluation) and one point evaluation of the loss per accepted step. Requires a
        /// loss with interval bounds (every closed-form generated <c>NameLoss</c>; not data losses
        /// or hand-written ones) and <see cref="DescentMethod.GradientDescent"/>: a momentum
        /// step is not a descent step (the loss may rise by design), and Newton's line search
        /// already accepts only steps that lower the loss. Anything else is an
        /// <see cref="System.ArgumentException"/> at the start of the run.
        /// </para>
        /// </remarks>
        Certified,
    }
}
