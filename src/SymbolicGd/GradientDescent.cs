using System;

namespace SymbolicGd
{
    /// <summary>Gradient descent over a generated loss, guarded by the stability bound 2/L.</summary>
    public static class GradientDescent
    {
        /// <summary>Minimises <typeparamref name="TLoss"/> from <paramref name="start"/>.</summary>
        public static DescentResult Minimize<TLoss>(ReadOnlySpan<double> start, DescentOptions? options = null)
            where TLoss : ISymbolicLoss
        {
            // Placeholder signature fixed for the generator; the runtime issue implements it.
            throw new NotImplementedException();
        }
    }
}
