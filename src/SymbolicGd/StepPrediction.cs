using System;

namespace SymbolicGd
{
    // On a quadratic with constant Hessian H, a fixed step eta maps the gradient to
    // g_{k+1} = (I - eta H) g_k, so along eigenvector v_i (eigenvalue lambda_i) the component
    // c_i = v_i . g_0 becomes c_i (1 - eta lambda_i)^k. The predicted step count is the least
    // k with sum_i c_i^2 (1 - eta lambda_i)^(2k) <= tol^2: exact in exact arithmetic, computed
    // from the eigen-decomposition alone (never by running the iteration).
    internal static class StepPrediction
    {
        // Returns null when the run cannot reach tol (a component with |1 - eta lambda| >= 1)
        // or would need more than int.MaxValue steps.
        public static int? StepsToGradientNorm(ReadOnlySpan<double> hessian, int n, ReadOnlySpan<double> gradient0, double eta, double tolerance)
        {
            var scratch = new double[n * n];
            var vectors = new double[n * n];
            var lambda = new double[n];
            if (!SymmetricEigen.Eigensystem(hessian, n, scratch, lambda, vectors))
            {
                return null;
            }

            var c2 = new double[n];
            var factor2 = new double[n];
            double upper = 0.0;
            for (int i = 0; i < n; i++)
            {
                double c = 0.0;
                for (int k = 0; k < n; k++)
                {
                    c += vectors[k * n + i] * gradient0[k];
                }

                double factor = Math.Abs(1.0 - eta * lambda[i]);
                c2[i] = c * c;
                factor2[i] = factor * factor;
                if (c == 0.0 || factor == 0.0)
                {
                    upper = Math.Max(upper, c == 0.0 ? 0.0 : 1.0);
                    continue;
                }

                if (factor >= 1.0)
                {
                    return null;
                }

                // Past this k the term alone is below tol^2 / n, so all n together are below tol^2.
                double k_i = Math.Ceiling(Math.Log(tolerance / (Math.Sqrt(n) * Math.Abs(c))) / Math.Log(factor));
                upper = Math.Max(upper, k_i);
            }

            if (double.IsNaN(upper) || upper > int.MaxValue)
            {
                return null;
            }

            double tol2 = tolerance * tolerance;
            long lo = 0, hi = Math.Max(0L, (long)upper);
            if (SquaredNorm(c2, factor2, lo) <= tol2)
            {
                return 0;
            }

            // Least k in (lo, hi] with the norm at or below tol: the sum is non-increasing in k.
            while (hi - lo > 1)
            {
                long mid = lo + ((hi - lo) / 2);
                if (SquaredNorm(c2, factor2, mid) <= tol2)
                {
                    hi = mid;
                }
                else
                {
                    lo = mid;
                }
            }

            return (int)hi;
        }

        private static double SquaredNorm(double[] c2, double[] factor2, long k)
        {
            double sum = 0.0;
            for (int i = 0; i < c2.Length; i++)
            {
                if (c2[i] != 0.0)
                {
                    sum += c2[i] * Math.Pow(factor2[i], k);
                }
            }

            return sum;
        }
    }
}
