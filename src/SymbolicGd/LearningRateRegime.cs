namespace SymbolicGd
{
    /// <summary>
    /// What a learning rate eta does on curvature L, classified by eta*L (exact on a quadratic,
    /// where gradient descent multiplies the error along the steepest direction by 1 - eta*L each
    /// step). Newton is classified by its step length alpha the same way (on a quadratic it
    /// multiplies every error by 1 - alpha); heavy ball and Nesterov by eta*L against their limits
    /// (<see cref="Converging"/>, <see cref="Oscillating"/>, <see cref="Diverging"/>).
    /// Equality with 1 and the limit is judged to a relative 1e-9.
    /// </summary>
    public enum LearningRateRegime
    {
        /// <summary>eta*L &lt;= 0.1: monotone but slow; every step removes at most a tenth of the error.</summary>
        Slow = 0,

        /// <summary>0.1 &lt; eta*L &lt; 1: the loss falls monotonically.</summary>
        Monotone,

        /// <summary>eta*L = 1: the optimal step; a quadratic's steepest direction is solved in one step.</summary>
        Optimal,

        /// <summary>1 &lt; eta*L &lt; 2: each step overshoots the minimum, but the iterates still converge.</summary>
        Overshooting,

        /// <summary>eta*L at the method's stability limit (2 for gradient descent): a quadratic cycles between two points forever.</summary>
        Oscillating,

        /// <summary>eta*L above the method's stability limit (2 for gradient descent): the error grows by <see cref="LearningRateSummary.ContractionFactor"/> &gt; 1 every step.</summary>
        Diverging,

        /// <summary>L = 0: no curvature, so eta*L says nothing (any eta is stable).</summary>
        Flat,

        /// <summary>L could not be computed (no finite Hessian at the point judged), so there is no regime.</summary>
        Unknown,

        /// <summary>
        /// The Hessian has a negative eigenvalue lambda at the point judged: along its eigenvector
        /// a gradient step multiplies the distance from the stationary point by 1 + eta*|lambda|
        /// &gt; 1 whatever eta is. Descent moves away from a saddle or a maximum (downhill, which
        /// is right), and on a quadratic the loss has no minimum at all.
        /// <see cref="LearningRateSummary.ContractionFactor"/> is that growth factor.
        /// </summary>
        NegativeCurvature,

        /// <summary>
        /// Heavy ball or Nesterov below its stability limit: the iterates converge on a quadratic,
        /// by <see cref="LearningRateSummary.ContractionFactor"/> per step along the dominant
        /// direction, though not monotonically (momentum overshoots).
        /// </summary>
        Converging,
    }
}
