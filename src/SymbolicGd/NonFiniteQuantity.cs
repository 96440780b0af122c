namespace SymbolicGd
{
    /// <summary>Which quantity of a descent run became NaN or infinite first.</summary>
    public enum NonFiniteQuantity
    {
        /// <summary>The parameters themselves (the update overflowed).</summary>
        Theta = 0,

        /// <summary>The loss value.</summary>
        Value,

        /// <summary>A component of the gradient.</summary>
        Gradient,

        /// <summary>An entry of the Hessian (so the curvature L_t is undefined).</summary>
        Hessian,
    }
}
