using System;

namespace SymbolicGd
{
    // The smallest and largest Hessian eigenvalue, which every descent step needs (L_t is the
    // larger magnitude; a negative smallest one is negative curvature). n <= 2: the closed forms of
    // SymmetricEigen.SpectralRadius. n >= 3: Householder reduction to tridiagonal form and the QL
    // algorithm with implicit Wilkinson-style shifts (EISPACK's tred1/tql1), about (4/3) n^3 + 30 n^2
    // flops against the 10 or so O(n^3) sweeps of cyclic Jacobi: at n = 50 it is what keeps a
    // step's curvature measurement from costing more than the step. Eigenvalues only, all in the
    // caller's buffers, no allocation. On the rare matrix where QL does not converge in 30
    // iterations per eigenvalue, Jacobi takes over.
    internal static class Spectrum
    {
        private const int MaxIterations = 30;

        // work needs 2n doubles, scratch n*n (n >= 3). False (NaNs) when an entry is not finite.
        public static bool Extremes(ReadOnlySpan<double> a, int n, Span<double> scratch, Span<double> work, out double smallest, out double largest)
        {
            smallest = double.NaN;
            largest = double.NaN;
            switch (n)
            {
                case 0:
                    smallest = 0.0;
                    largest = 0.0;
                    return true;
                case 1:
                    if (!double.IsFinite(a[0]))
                    {
                        return false;
                    }

                    smallest = a[0];
                    largest = a[0];
                    return true;
                case 2:
                    {
                        double p = a[0], b = 0.5 * (a[1] + a[2]), q = a[3];
                        if (!double.IsFinite(p) || !double.IsFinite(b) || !double.IsFinite(q))
                        {
                            return false;
                        }

                        // Eigenvalues m -+ r, as in SymmetricEigen.SpectralRadius.
                        double m = 0.5 * (p + q);
                        double r = SymmetricEigen.Hypot(0.5 * (p - q), b);
                        smallest = m - r;
                        largest = m + r;
                        return true;
                    }
            }

            Span<double> m2 = scratch.Slice(0, n * n);
            for (int i = 0; i < n; i++)
            {
                for (int j = 0; j <= i; j++)
                {
                    // The lower triangle of the symmetrised matrix, like the other solvers read it.
                    double v = 0.5 * (a[(i * n) + j] + a[(j * n) + i]);
                    if (!double.IsFinite(v))
                    {
                        return false;
                    }

                    m2[(i * n) + j] = v;
                }
            }

            Span<double> d = work.Slice(0, n), e = work.Slice(n, n);
            Tridiagonalize(m2, n, d, e);
            if (!TridiagonalQl(d, e, n))
            {
                if (!SymmetricEigen.Eigenvalues(a, n, scratch, d))
                {
                    return false;
                }
            }

            smallest = double.PositiveInfinity;
            largest = double.NegativeInfinity;
            for (int i = 0; i < n; i++)
            {
                smallest = Math.Min(smallest, d[i]);
                largest = Math.Max(largest, d[i]);
            }

            return true;
        }

        // Householder reduction of the symmetric matrix in the lower triangle of m (row-major) to
        // tridiagonal form: diagonal into d, sub-diagonal into e[1..n-1] (e[0] = 0). Row i, from
        // the last up, is reflected onto its sub-diagonal entry; u = row scaled against overflow.
        private static void Tridiagonalize(Span<double> m, int n, Span<double> d, Span<double> e)
        {
            for (int i = n - 1; i > 0; i--)
            {
                int l = i - 1;
                if (l == 0)
                {
                    e[i] = m[(i * n) + l];
                    continue;
                }

                double scale = 0.0;
                for (int k = 0; k <= l; k++)
                {
                    scale += Math.Abs(m[(i * n) + k]);
                }

                if (scale == 0.0)
                {
                    e[i] = m[(i * n) + l];
                    continue;
                }

                double h = 0.0;
                for (int k = 0; k <= l; k++)
                {
                    m[(i * n) + k] /= scale;
                    h += m[(i * n) + k] * m[(i * n) + k];
                }

                double f = m[(i * n) + l];
                double g = f >= 0.0 ? -Math.Sqrt(h) : Math.Sqrt(h);
                e[i] = scale * g;
                h -= f * g;
                m[(i * n) + l] = f - g;

                // p = A u / h into e[0..l], then K = u.p / 2h, q = p - K u, A -= u q^T + q u^T.
                f = 0.0;
                for (int j = 0; j <= l; j++)
                {
                    double sum = 0.0;
                    for (int k = 0; k <= j; k++)
                    {
                        sum += m[(j * n) + k] * m[(i * n) + k];
                    }

                    for (int k = j + 1; k <= l; k++)
                    {
                        sum += m[(k * n) + j] * m[(i * n) + k];
                    }

                    e[j] = sum / h;
                    f += e[j] * m[(i * n) + j];
                }

                double half = f / (h + h);
                for (int j = 0; j <= l; j++)
                {
                    double uj = m[(i * n) + j];
                    double qj = e[j] - (half * uj);
                    e[j] = qj;
                    for (int k = 0; k <= j; k++)
                    {
                        m[(j * n) + k] -= (uj * e[k]) + (qj * m[(i * n) + k]);
                    }
                }
            }

            e[0] = 0.0;
            for (int i = 0; i < n; i++)
            {
                d[i] = m[(i * n) + i];
            }
        }

        // QL with implicit shifts on the tridiagonal (d, e[1..n-1]); eigenvalues left in d.
        private static bool TridiagonalQl(Span<double> d, Span<double> e, int n)
        {
            for (int i = 1; i < n; i++)
            {
                e[i - 1] = e[i];
            }

            e[n - 1] = 0.0;
            for (int l = 0; l < n; l++)
            {
                int iterations = 0;
                while (true)
                {
                    // Split where the off-diagonal entry no longer changes its neighbours' sum.
                    int m = l;
                    for (; m < n - 1; m++)
                    {
                        double dd = Math.Abs(d[m]) + Math.Abs(d[m + 1]);
                        if (Math.Abs(e[m]) + dd == dd)
                        {
                            break;
                        }
                    }

                    if (m == l)
                    {
                        break;
                    }

                    if (++iterations > MaxIterations)
                    {
                        return false;
                    }

                    double g = (d[l + 1] - d[l]) / (2.0 * e[l]);
                    double r = SymmetricEigen.Hypot(g, 1.0);
                    g = d[m] - d[l] + (e[l] / (g + (g >= 0.0 ? r : -r)));
                    double s = 1.0, c = 1.0, p = 0.0;
                    int i = m - 1;
                    bool underflow = false;
                    for (; i >= l; i--)
                    {
                        double f = s * e[i], b = c * e[i];
                        r = SymmetricEigen.Hypot(f, g);
                        e[i + 1] = r;
                        if (r == 0.0)
                        {
                            // Deflate: the rotation vanished.
                            d[i + 1] -= p;
                            e[m] = 0.0;
                            underflow = true;
                            break;
                        }

                        s = f / r;
                        c = g / r;
                        g = d[i + 1] - p;
                        r = ((d[i] - g) * s) + (2.0 * c * b);
                        p = s * r;
                        d[i + 1] = g + p;
                        g = (c * r) - b;
                    }

                    if (underflow)
                    {
                        continue;
                    }

                    d[l] -= p;
                    e[l] = g;
                    e[m] = 0.0;
                }
            }

            return true;
        }
    }
}
