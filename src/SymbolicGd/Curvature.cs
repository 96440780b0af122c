using System;

namespace SymbolicGd
{
    /// <summary>
    /// The curvature of a loss at a point, from its exact Hessian: the Lipschitz constant L of the
    /// gradient there (the largest absolute Hessian eigenvalue, which the descent guard holds
    /// eta*L against) and the Hessian's eigenvalues (their signs tell a minimum from a saddle or
    /// a maximum; the smallest is mu, and L/mu is the condition number kappa).
    /// </summary>
    /// <remarks>
    /// Eigenvalues come from the runtime's small symmetric solver: closed forms for n &lt;= 2,
    /// cyclic Jacobi rotations beyond, accurate to a few ulps of the Hessian's norm. Each call
    /// allocates its working memory; the descent loop does not go through these helpers.
    /// </remarks>
    /// <example>
    /// <code>
    /// double l = Curvature.Lipschitz&lt;Losses.RosenbrockLoss&gt;([-1.2, 1.0]);   // 1506.4..
    /// double[] lambda = Curvature.Eigenvalues&lt;Losses.RosenbrockLoss&gt;([0.0, 1.0]); // [-398, 200]
    /// </code>
    /// </example>
    public static class Curvature
    {
        /// <summary>
        /// L at <paramref name="theta"/>: the largest absolute eigenvalue of the Hessian of
        /// <typeparamref name="TLoss"/> there (0 where the loss has no curvature, NaN where a
        /// Hessian entry is not finite).
        /// </summary>
        /// <typeparam name="TLoss">A loss in static form, e.g. a generated <c>NameLoss</c>.</typeparam>
        /// <param name="theta">The point, one value per parameter.</param>
        /// <exception cref="ArgumentException"><paramref name="theta"/> does not have one value per parameter.</exception>
        public static double Lipschitz<TLoss>(ReadOnlySpan<double> theta)
            where TLoss : ISymbolicLoss =>
            Lipschitz(new StaticLoss<TLoss>(), theta, typeof(TLoss).Name);

        /// <summary>L at <paramref name="theta"/> for a loss in instance form (see <see cref="Lipschitz{TLoss}(ReadOnlySpan{double})"/>).</summary>
        /// <typeparam name="TLoss">The loss type.</typeparam>
        /// <param name="loss">The loss, e.g. a data loss built over its columns.</param>
        /// <param name="theta">The point, one value per parameter.</param>
        /// <exception cref="ArgumentException"><paramref name="theta"/> does not have one value per parameter.</exception>
        public static double Lipschitz<TLoss>(TLoss loss, ReadOnlySpan<double> theta)
            where TLoss : ILoss =>
            Lipschitz(loss, theta, LossNames.Of(loss));

        /// <summary>
        /// The eigenvalues of the Hessian of <typeparamref name="TLoss"/> at <paramref name="theta"/>,
        /// in ascending order (a new array; NaN in every entry where a Hessian entry is not finite).
        /// The first is mu; all positive means a strict local minimum if the gradient is zero there.
        /// </summary>
        /// <typeparam name="TLoss">A loss in static form, e.g. a generated <c>NameLoss</c>.</typeparam>
        /// <param name="theta">The point, one value per parameter.</param>
        /// <exception cref="ArgumentException"><paramref name="theta"/> does not have one value per parameter.</exception>
        public static double[] Eigenvalues<TLoss>(ReadOnlySpan<double> theta)
            where TLoss : ISymbolicLoss =>
            Eigenvalues(new StaticLoss<TLoss>(), theta, typeof(TLoss).Name);

        /// <summary>The Hessian's eigenvalues at <paramref name="theta"/> for a loss in instance form, ascending (see <see cref="Eigenvalues{TLoss}(ReadOnlySpan{double})"/>).</summary>
        /// <typeparam name="TLoss">The loss type.</typeparam>
        /// <param name="loss">The loss, e.g. a data loss built over its columns.</param>
        /// <param name="theta">The point, one value per parameter.</param>
        /// <exception cref="ArgumentException"><paramref name="theta"/> does not have one value per parameter.</exception>
        public static double[] Eigenvalues<TLoss>(TLoss loss, ReadOnlySpan<double> theta)
            where TLoss : ILoss =>
            Eigenvalues(loss, theta, LossNames.Of(loss));

        private static double Lipschitz<TLoss>(TLoss loss, ReadOnlySpan<double> theta, string name)
            where TLoss : ILoss
        {
            int n = loss.Dimension;
            RuntimeArguments.Length(theta, n, nameof(theta), name, loss.ParameterNames);
            var hessian = new double[n * n];
            loss.Hessian(theta, hessian);
            return SymmetricEigen.SpectralRadius(hessian, n, new double[n * n]);
        }

        private static double[] Eigenvalues<TLoss>(TLoss loss, ReadOnlySpan<double> theta, string name)
            where TLoss : ILoss
        {
            int n = loss.Dimension;
            RuntimeArguments.Length(theta, n, nameof(theta), name, loss.ParameterNames);
            var hessian = new double[n * n];
            loss.Hessian(theta, hessian);
            var values = new double[n];
            if (!SymmetricEigen.Eigenvalues(hessian, n, new double[n * n], values))
            {
                Array.Fill(values, double.NaN);
                return values;
            }

            Array.Sort(values);
            return values;
        }
    }
}
