using System;

namespace SymbolicGd.Benchmarks
{
    /// <summary>
    /// Central finite differences over any generated loss: the numerical baseline (2n value
    /// evaluations per gradient, 4 per Hessian entry) that symbolic derivatives replace.
    /// </summary>
    internal static class FiniteDifferences
    {
        public static double ValueAndGradient<TLoss>(ReadOnlySpan<double> theta, Span<double> gradient, Span<double> work)
            where TLoss : ISymbolicLoss
        {
            int n = theta.Length;
            theta.CopyTo(work);
            for (int i = 0; i < n; i++)
            {
                double xi = work[i];
                double h = 1e-6 * Math.Max(1.0, Math.Abs(xi));
                work[i] = xi + h;
                double plus = TLoss.Value(work);
                work[i] = xi - h;
                double minus = TLoss.Value(work);
                work[i] = xi;
                gradient[i] = (plus - minus) / (2 * h);
            }

            return TLoss.Value(theta);
        }

        public static void Hessian<TLoss>(ReadOnlySpan<double> theta, Span<double> hessian, Span<double> work)
            where TLoss : ISymbolicLoss
        {
            int n = theta.Length;
            theta.CopyTo(work);
            for (int i = 0; i < n; i++)
            {
                double hi = 1e-4 * Math.Max(1.0, Math.Abs(theta[i]));
                for (int j = i; j < n; j++)
                {
                    double hj = 1e-4 * Math.Max(1.0, Math.Abs(theta[j]));
                    work[i] += hi;
                    work[j] += hj;
                    double pp = TLoss.Value(work);
                    work[j] -= 2 * hj;
                    double pm = TLoss.Value(work);
                    work[i] -= 2 * hi;
                    double mm = TLoss.Value(work);
                    work[j] += 2 * hj;
                    double mp = TLoss.Value(work);
                    work[i] = theta[i];
                    work[j] = theta[j];
                    double v = (pp - pm - mp + mm) / (4 * hi * hj);
                    hessian[i * n + j] = v;
                    hessian[j * n + i] = v;
                }
            }
        }
    }
}
