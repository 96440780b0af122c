namespace SymbolicGd
{
    /// <summary>
    /// The update rule of a descent run (<see cref="DescentOptions.Method"/>). Each is held to its
    /// own stability limit on eta*L (see <see cref="DescentStep.StabilityLimit"/>), which the
    /// guard enforces as it enforces 2/L for gradient descent.
    /// </summary>
    public enum DescentMethod
    {
        /// <summary>
        /// theta' = theta - eta*grad(theta). Stable on a quadratic iff eta*L &lt; 2. Automatic eta = 1/L_t.
        /// </summary>
        GradientDescent = 0,

        /// <summary>
        /// Polyak's heavy ball: theta' = theta - eta*grad(theta) + beta*(theta - theta_prev).
        /// Stable on a quadratic iff eta*L &lt; 2(1 + beta) and 0 &lt;= beta &lt; 1. Automatic with a
        /// constant Hessian: eta = 4/(sqrt L + sqrt mu)^2, beta = ((sqrt kappa - 1)/(sqrt kappa + 1))^2;
        /// otherwise eta = 1/L_t, beta = (1 - 1/sqrt kappa_t)^2 (see <see cref="DescentOptions.Momentum"/>).
        /// </summary>
        HeavyBall,

        /// <summary>
        /// Nesterov's accelerated gradient: y = theta + beta*(theta - theta_prev); theta' = y - eta*grad(y).
        /// The gradient is evaluated at y, so the iterates a run reports (trajectory, minimum) are
        /// the points y. Stable on a quadratic iff eta*L &lt; 2(1 + beta)/(1 + 2 beta). Automatic
        /// with a constant Hessian: eta = 1/L, beta = (sqrt kappa - 1)/(sqrt kappa + 1); otherwise the
        /// same with L_t and kappa_t.
        /// </summary>
        Nesterov,

        /// <summary>
        /// Newton's method: direction -H^-1 grad from the exact Hessian (Cholesky where it is
        /// positive definite; elsewhere its eigenvalues replaced by their magnitudes, floored at
        /// 1e-14 L, so the step goes downhill), step length
        /// alpha from a backtracking line search with the Armijo condition, first trial
        /// <see cref="DescentOptions.LearningRate"/> (default 1). Solves a quadratic in one step;
        /// on a quadratic alpha &lt; 2 is stable.
        /// </summary>
        Newton,
    }
}
