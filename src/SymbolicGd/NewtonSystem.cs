using System;

namespace SymbolicGd
{
    // Newton's direction d = -H^-1 g, made a descent direction where H is not positive definite.
    // Positive definite H (mu > 1e-8 L): Cholesky H = C C^T and two triangular solves, n^3/6
    // multiply-adds. Otherwise the eigenvalue modification of Nocedal & Wright (3.4): with
    // H = V diag(lambda) V^T, d = -V diag(1/max(|lambda_i|, delta)) V^T g, delta = 1e-8 L. Taking
    // |lambda| turns the step around along a negative eigenvalue, so it goes downhill, away from a
    // saddle or maximum, instead of towards it; the floor keeps a nearly singular direction from an
    // enormous step (the line search would have to undo it). With L = 0 (no curvature at all)
    // there is no scale: d = -g. All storage comes from the run's buffers: nothing is allocated.
    internal ref struct NewtonSystem
    {
        // Relative floor on |lambda| (about sqrt of the machine epsilon, the usual choice).
        public const double Floor = 1e-8;

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

        // Prepares the solve for H with largest |eigenvalue| L and smallest eigenvalue mu.
        public void Factor(ReadOnlySpan<double> hessian, double lipschitz, double smallest)
        {
            if (!(lipschitz > 0.0))
            {
                kind = Kind.Gradient;
                return;
            }

            delta = Floor * lipschitz;
            if (smallest > delta && Cholesky(hessian))
            {
                kind = Kind.Cholesky;
                return;
            }

            // Eigenvectors into factor (columns), eigenvalues alongside.
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

        // Lower-triangular C with H = C C^T into factor; false when a pivot is not positive.
        private readonly bool Cholesky(ReadOnlySpan<double> hessian)
        {
            for (int j = 0; j < n; j++)
            {
                double diagonal = hessian[(j * n) + j];
                for (int k = 0; k < j; k++)
                {
                    diagonal -= factor[(j * n) + k] * factor[(j * n) + k];
                }

                if (!(diagonal > 0.0))
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
