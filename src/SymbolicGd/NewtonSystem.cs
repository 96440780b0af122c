using System;

namespace SymbolicGd
{
    // Newton's direction d = -H^-1 g, made a descent direction where H is not positive definite.
    // Positive definite H (every Cholesky pivot above 1e-14 of its diagonal entry): H = C C^T and
    // two triangular solves, n^3/6 multiply-adds, the exact Newton step however badly scaled H
    // is. Otherwise the eigenvalue modification of Nocedal & Wright (3.4): with
    // H = V diag(lambda) V^T, d = -V diag(1/max(|lambda_i|, delta)) V^T g. Taking |lambda| turns
    // the step around along a negative eigenvalue, so it goes downhill, away from a saddle or
    // maximum, instead of towards it; the floor keeps a direction without curvature from an
    // infinite step. With L = 0 (no curvature at all) there is no scale: d = -g. All storage comes from the run's buffers: nothing is allocated.
    internal ref struct NewtonSystem
    {
        // Curvature below this fraction of the scale is rounding: a Cholesky pivot below it times
        // its diagonal entry makes H singular, and the modification floors |lambda| at it times L
        // (the eigen solver is accurate to a few ulps of L). Along a truly flat direction the
        // gradient is itself rounding, so the floored step stays small, and the line search checks it.
        public const double Floor = 1e-14;

        private readonly Span<double> factor;
        private readonly Span<double> eigenvalues;
        private readonly Span<double> scratch;
        private readonly int n;
        private Kind kind;
        private double delta;

        public NewtonSystem(Span<double> factor, Span<double> eigenvalues, Span<double> scratch, int n)
        {
            this.factor = factor;
            this.eigenvalues = eigenvalues;
            this.scratch = scratch;
            this.n = n;
            kind = Kind.None;
            delta = 0.0;
        }

        private enum Kind
        {
            None,
            Cholesky,
            Modified,
            Gradient,
        }

        // True when the direction used H as it is (positive definite), false when it was modified.
        public readonly bool PositiveDefinite => kind == Kind.Cholesky;

        public readonly bool IsFactored => kind != Kind.None;

        // Prepares the solve for H with largest |eigenvalue| L.
        public void Factor(ReadOnlySpan<double> hessian, double lipschitz)
        {
            if (!(lipschitz > 0.0))
            {
                kind = Kind.Gradient;
                return;
            }

            delta = Floor * lipschitz;
            if (TryCholesky(hessian, n, factor))
            {
                kind = Kind.Cholesky;
                return;
            }

            // Not positive definite: eigenvectors into factor (columns), eigenvalues alongside.
            if (!SymmetricEigen.Eigensystem(hessian, n, scratch, eigenvalues, factor))
            {
                kind = Kind.Gradient;
                return;
            }

            kind = Kind.Modified;
        }

        // d = -H^-1 g (or its modification); false when d is not a descent direction (g.d >= 0
        // or not finite), after which d is the gradient step -g/L.
        public readonly bool Solve(ReadOnlySpan<double> gradient, Span<double> direction, double lipschitz)
        {
            switch (kind)
            {
                case Kind.Cholesky:
                    // C y = -g, then C^T d = y.
                    for (int i = 0; i < n; i++)
                    {
                        double sum = -gradient[i];
                        for (int k = 0; k < i; k++)
                        {
                            sum -= factor[(i * n) + k] * direction[k];
                        }

                        direction[i] = sum / factor[(i * n) + i];
                    }

                    for (int i = n - 1; i >= 0; i--)
                    {
                        double sum = direction[i];
                        for (int k = i + 1; k < n; k++)
                        {
                            sum -= factor[(k * n) + i] * direction[k];
                        }

                        direction[i] = sum / factor[(i * n) + i];
                    }

                    break;
                case Kind.Modified:
                    direction.Clear();
                    for (int j = 0; j < n; j++)
                    {
                        double along = 0.0;
                        for (int k = 0; k < n; k++)
                        {
                            along += factor[(k * n) + j] * gradient[k];
                        }

                        along /= Math.Max(Math.Abs(eigenvalues[j]), delta);
                        for (int k = 0; k < n; k++)
                        {
                            direction[k] -= along * factor[(k * n) + j];
                        }
                    }

                    break;
                default:
                    GradientStep(gradient, direction, lipschitz);
                    return true;
            }

            double slope = 0.0;
            for (int i = 0; i < n; i++)
            {
                slope += gradient[i] * direction[i];
            }

            if (slope < 0.0 && double.IsFinite(slope))
            {
                return true;
            }

            // Rounding in a nearly singular H can spoil the direction: fall back to a gradient step.
            GradientStep(gradient, direction, lipschitz);
            return false;
        }

        private static void GradientStep(ReadOnlySpan<double> gradient, Span<double> direction, double lipschitz)
        {
            double scale = lipschitz > 0.0 ? 1.0 / lipschitz : 1.0;
            for (int i = 0; i < gradient.Length; i++)
            {
                direction[i] = -scale * gradient[i];
            }
        }

        // Lower-triangular C with H = C C^T into factor; false when H is not numerically positive
        // definite: a pivot at or below 1e-14 of its diagonal entry. Relative to the diagonal, not
        // to L, because Cholesky does not care how the variables are scaled: a Hessian whose
        // eigenvalues span 1e18 only through bad scaling (Powell's badly scaled function) still
        // factors accurately, while its smallest eigenvalue is below what the eigen solver resolves.
        public static bool TryCholesky(ReadOnlySpan<double> hessian, int n, Span<double> factor)
        {
            for (int j = 0; j < n; j++)
            {
                double diagonal = hessian[(j * n) + j];
                double original = diagonal;
                for (int k = 0; k < j; k++)
                {
                    diagonal -= factor[(j * n) + k] * factor[(j * n) + k];
                }

                if (!(diagonal > Floor * original))
                {
                    return false;
                }

                double pivot = Math.Sqrt(diagonal);
                factor[(j * n) + j] = pivot;
                for (int i = j + 1; i < n; i++)
                {
                    // Symmetrised like the eigen solver, so a slightly asymmetric H is read the same way.
                    double sum = 0.5 * (hessian[(i * n) + j] + hessian[(j * n) + i]);
                    for (int k = 0; k < j; k++)
                    {
                        sum -= factor[(i * n) + k] * factor[(j * n) + k];
                    }

                    factor[(i * n) + j] = sum / pivot;
                }
            }

            return true;
        }
    }
}
