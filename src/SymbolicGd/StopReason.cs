namespace SymbolicGd
{
    /// <summary>
    /// Why a descent run stopped. Whatever the reason, <see cref="DescentResult.Minimum"/> is the
    /// best point the run evaluated (the lowest finite loss), never a worse one.
    /// </summary>
    public enum StopReason
    {
        /// <summary>
        /// The gradient norm fell to <see cref="DescentOptions.Tolerance"/> or below: a stationary
        /// point, which is not necessarily a minimum. <see cref="DescentResult.StationaryPoint"/>
        /// says what the Hessian there makes of it (minimum, saddle, maximum or degenerate), and
        /// <see cref="DescentResult.ToString"/> words it accordingly.
        /// </summary>
        Converged = 0,

        /// <summary><see cref="DescentOptions.MaxSteps"/> steps were taken.</summary>
        MaxSteps,

        /// <summary>
        /// The iterates cycle between two points instead of converging (eta*L = 2 on a quadratic):
        /// at <see cref="DescentOptions.MaxSteps"/> the last steps each returned theta to within
        /// 1e-9 of a step length of the iterate two steps before. The run is not cut short, so a
        /// recorded trajectory shows the whole cycle; <see cref="DescentResult.OscillationPoints"/>
        /// holds the two points.
        /// </summary>
        Oscillating,

        /// <summary>
        /// The loss rose under a step with eta*L_t above the method's stability limit (2 for
        /// gradient descent, 2(1 + beta) heavy ball, 2(1 + beta)/(1 + 2 beta) Nesterov): the run is diverging. Flagged at the
        /// first such rise when the Hessian is constant (on a quadratic it proves divergence),
        /// after three in a row otherwise (local curvature can mislead for a step), long before
        /// the numbers overflow. <see cref="DescentResult.Minimum"/> is the best point before
        /// the divergence (often the start).
        /// </summary>
        Diverged,

        /// <summary>
        /// A NaN or infinity appeared in theta or in the loss value: the run stopped at once.
        /// <see cref="DescentResult.NonFinite"/> says at which iterate and in what; that iterate
        /// is not counted in <see cref="DescentResult.Steps"/> and never becomes the minimum.
        /// </summary>
        NonFinite,

        /// <summary>
        /// The loss is finite at the final iterate but its gradient or Hessian is not (NaN or
        /// infinite): the loss is not differentiable there, e.g. a kink such as the tip of
        /// sqrt((x - 1)^2 + (y - 2)^2) at (1, 2), where the gradient is 0/0, or a cusp of
        /// |x|^1.5 at 0, where the second derivative is infinite. No step can be computed from such
        /// a point, so the run stops; the point counts as an iterate and becomes
        /// <see cref="DescentResult.Minimum"/> when its loss is the lowest seen (a kink is often the
        /// minimum itself). <see cref="DescentResult.NonFinite"/> names the quantity.
        /// </summary>
        /// <remarks>
        /// Separate from <see cref="NonFinite"/> because nothing overflowed: the numbers are
        /// right, and the point may be exactly the answer, so code that treats NonFinite as a
        /// failure should not treat this one the same way without looking.
        /// </remarks>
        NonDifferentiable,

        /// <summary>
        /// Newton, and gradient descent under <see cref="StepGuard.Certified"/>: no step along the
        /// method's direction, down to steps too small to change theta in double precision, was
        /// accepted: Newton's line search found no lower loss; the certified guard found no step
        /// whose computed loss does not rise (or, where the loss has a kink or leaves its domain
        /// arbitrarily close to theta, none with a curvature bound). The loss cannot decrease
        /// further from here at machine precision (typically the minimum is reached to rounding
        /// and the gradient tolerance is below what the loss's rounding allows); the run stops
        /// instead of spinning to <see cref="DescentOptions.MaxSteps"/>.
        /// <see cref="DescentResult.GradientNorm"/> says how far from stationary the point is.
        /// </summary>
        Stalled,
    }
}
