namespace SymbolicGd
{
    /// <summary>Why a descent run stopped.</summary>
    public enum StopReason
    {
        /// <summary>The gradient norm fell to <see cref="DescentOptions.Tolerance"/> or below.</summary>
        Converged = 0,

        /// <summary><see cref="DescentOptions.MaxSteps"/> steps were taken.</summary>
        MaxSteps,

        /// <summary>The iterates cycle between points instead of converging (eta*L = 2 on a quadratic).</summary>
        Oscillating,

        /// <summary>The loss rises while eta*L &gt; 2: the run is diverging.</summary>
        Diverged,

        /// <summary>A NaN or infinity appeared in the value, gradient or Hessian.</summary>
        NonFinite,
    }
}
