using System;
using System.ComponentModel;

namespace SymbolicGd
{
    /// <summary>
    /// L of a data loss whose Hessian does not depend on theta (least squares in a linear model),
    /// computed from the data on first use and kept for the loss instance. A readonly struct holds
    /// it through this reference, so every copy of the struct shares the one computation. Public
    /// only because generated code in your assembly uses it.
    /// </summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public sealed class LipschitzCache
    {
        // NaN until computed; a double is written atomically, and two threads computing it at once
        // compute the same value.
        private double _lipschitz = double.NaN;

        /// <summary>L of <paramref name="loss"/>: the largest absolute eigenvalue of its Hessian at theta = 0 (anywhere, as it does not depend on theta).</summary>
        public double Get<TLoss>(in TLoss loss)
            where TLoss : struct, ILoss
        {
            double lipschitz = _lipschitz;
            if (double.IsNaN(lipschitz))
            {
                int n = loss.Dimension;
                var hessian = new double[n * n];
                loss.Hessian(new double[n], hessian);
                lipschitz = SymmetricEigen.SpectralRadius(hessian, n, new double[Math.Max(1, n * n)]);
                _lipschitz = lipschitz;
            }

            return lipschitz;
        }
    }
}
