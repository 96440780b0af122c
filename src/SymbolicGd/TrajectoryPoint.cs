namespace SymbolicGd
{
    /// <summary>One recorded iterate of a descent run (see <see cref="DescentTrajectory"/>).</summary>
    /// <param name="Iteration">t: this is theta_t (0 = the start).</param>
    /// <param name="Theta">theta_t.</param>
    /// <param name="Loss">The loss at theta_t.</param>
    /// <param name="GradientNorm">The Euclidean gradient norm at theta_t.</param>
    /// <param name="LearningRate">The eta used to step from theta_t to theta_{t+1} (Newton: the accepted alpha); NaN at the last iterate (no step taken).</param>
    /// <param name="Lipschitz">L_t, the largest absolute Hessian eigenvalue at theta_t.</param>
    /// <param name="Clamped">Whether the step from theta_t was clamped by the guard.</param>
    /// <param name="Momentum">beta of the step from theta_t (0 for gradient descent and Newton; NaN at the last iterate).</param>
    public readonly record struct TrajectoryPoint(
        int Iteration,
        double[] Theta,
        double Loss,
        double GradientNorm,
        double LearningRate,
        double Lipschitz,
        bool Clamped,
        double Momentum)
    {
        /// <summary><see cref="StepGuard.Certified"/>: the eta the step from theta_t asked for (NaN otherwise; see <see cref="DescentTrajectory.RequestedLearningRate"/>).</summary>
        public double RequestedLearningRate { get; init; } = double.NaN;

        /// <summary><see cref="StepGuard.Certified"/>: L_segment of the step from theta_t (NaN otherwise; see <see cref="DescentTrajectory.SegmentLipschitz"/>).</summary>
        public double SegmentLipschitz { get; init; } = double.NaN;
    }
}
