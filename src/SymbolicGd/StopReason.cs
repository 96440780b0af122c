namespace SymbolicGd
{
    /// <summary>Why a descent run stopped.</summary>
    public enum StopReason
    {
        /// <summary>The gradient norm fell to <see cref="DescentOptions.Tolerance"/> or below.</summary>
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
        /// The loss rose under a step with eta*L_t &gt; 2: the run is diverging. Flagged at the
        /// first such rise when the Hessian is constant (on a quadratic it proves divergence),
        /// after three in a row otherwise (local curvature can mislead for a step), long before
        /// the numbers overflow. <see cref="DescentResult.Minimum"/> is where it was detected.
        /// </summary>
        Diverged,

        /// <summary>
        /// A NaN or infinity appeared in theta, the value, the gradient or the Hessian: the run
        /// stopped at once, <see cref="DescentResult.Minimum"/> is the last iterate that was finite
        /// throughout and <see cref="DescentResult.NonFinite"/> says where and in what.
        /// </summary>
        NonFinite,
    }
}
