namespace SymbolicGd
{
    /// <summary>Where a run stopped with <see cref="StopReason.NonFinite"/>.</summary>
    public sealed class NonFiniteReport
    {
        internal NonFiniteReport(int iteration, NonFiniteQuantity quantity, double[] theta)
        {
            Iteration = iteration;
            Quantity = quantity;
            Theta = theta;
        }

        /// <summary>t such that the problem appeared at theta_t (0 = the start point).</summary>
        public int Iteration { get; }

        /// <summary>What was not finite: the parameters, the value, the gradient or the Hessian.</summary>
        public NonFiniteQuantity Quantity { get; }

        /// <summary>theta_t, the iterate at which it appeared (may itself hold infinities).</summary>
        public double[] Theta { get; }
    }
}
