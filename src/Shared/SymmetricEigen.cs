// Shared by the runtime (per-step curvature, no allocation) and the symbolic engine
// (compile-time Lipschitz constant of a constant Hessian), so both agree on L bit for bit.
// Internal in both: the runtime's public door to it is SymbolicGd.Curvature.
using System;

namespace SymbolicGd
{
    /// <summary>
    /// Eigenvalues of small dense symmetric matrices: closed forms for n = 1 and 2, cyclic
    /// Jacobi rotations beyond (robust, accurate to a few ulps of the norm, no allocation).
    /// </summary>
    internal static class SymmetricEigen
    {
        private const int MaxSweeps = 64;

        /// <summary>
        /// The largest absolute eigenvalue of the symmetric row-major <paramref name="n"/> x n
        /// matrix <paramref name="a"/> (its spectral radius, the Lipschitz constant of a gradient
        /// whose Hessian it is). <paramref name="scratch"/> needs n*n doubles when n > 2.
        /// Returns NaN when an entry is NaN or infinite.
        /// </summary>
        public static double SpectralRadius(ReadOnlySpan<double> a, int n, Span<double> scratch)
        {
            switch (n)
            {
                case 0:
                    return 0.0;
                case 1:
                    return IsFinite(a[0]) ? Math.Abs(a[0]) : double.NaN;
                case 2:
                    {
                        double p = a[0], b = 0.5 * (a[1] + a[2]), d = a[3];
                        if (!IsFinite(p) || !IsFinite(b) || !IsFinite(d))
                        {
                            return double.NaN;
                        }

                        // Eigenvalues m +- r; the larger magnitude is |m| + r since r >= 0.
                        double m = 0.5 * (p + d);
                        double r = Hypot(0.5 * (p - d), b);
                        return Math.Abs(m) + r;
                    }
            }

            // Diagonalise in scratch and read the diagonal there: no buffer of any size is
            // allocated, so the runtime's descent loop stays allocation-free for every n.
            if (!Diagonalize(a, n, scratch, default))
            {
                return double.NaN;
            }

            double max = 0.0;
            for (int i = 0; i < n; i++)
            {
                max = Math.Max(max, Math.Abs(scratch[i * n + i]));
            }

            return max;
        }

        /// <summary>
        /// Writes the eigenvalues of the symmetric row-major n x n matrix <paramref name="a"/>
        /// (unordered) into <paramref name="eigenvalues"/>, using <paramref name="scratch"/>
        /// (n*n doubles) as working storage. Returns false when an entry is not finite.
        /// </summary>
        public static bool Eigenvalues(ReadOnlySpan<double> a, int n, Span<double> scratch, Span<double> eigenvalues)
        {
            if (!Diagonalize(a, n, scratch, default))
            {
                return false;
            }

            for (int i = 0; i < n; i++)
            {
                eigenvalues[i] = scratch[i * n + i];
            }

            return true;
        }

        /// <summary>
        /// Writes the eigenvalues of the symmetric row-major n x n matrix <paramref name="a"/>
        /// (unordered) into <paramref name="eigenvalues"/> and the matching orthonormal
        /// eigenvectors as the columns of the row-major n x n <paramref name="eigenvectors"/>
        /// (column k belongs to eigenvalue k), using <paramref name="scratch"/> (n*n doubles).
        /// Returns false when an entry is not finite.
        /// </summary>
        public static bool Eigensystem(ReadOnlySpan<double> a, int n, Span<double> scratch, Span<double> eigenvalues, Span<double> eigenvectors)
        {
            Span<double> v = eigenvectors.Slice(0, n * n);
            v.Clear();
            for (int i = 0; i < n; i++)
            {
                v[i * n + i] = 1.0;
            }

            if (!Diagonalize(a, n, scratch, v))
            {
                return false;
            }

            for (int i = 0; i < n; i++)
            {
                eigenvalues[i] = scratch[i * n + i];
            }

            return true;
        }

        // Cyclic Jacobi: leaves the eigenvalues on the diagonal of scratch and, when vectors is
        // not empty, accumulates the rotations into it (so its columns become eigenvectors).
        private static bool Diagonalize(ReadOnlySpan<double> a, int n, Span<double> scratch, Span<double> vectors)
        {
            Span<double> m = scratch.Slice(0, n * n);
            double norm2 = 0.0;
            for (int i = 0; i < n; i++)
            {
                for (int j = 0; j < n; j++)
                {
                    // Symmetrise so that a slightly asymmetric input still has real eigenvalues.
                    double v = 0.5 * (a[i * n + j] + a[j * n + i]);
                    if (!IsFinite(v))
                    {
                        return false;
                    }

                    m[i * n + j] = v;
                    norm2 += v * v;
                }
            }

            for (int sweep = 0; sweep < MaxSweeps; sweep++)
            {
                double off = 0.0;
                for (int p = 0; p < n; p++)
                {
                    for (int q = p + 1; q < n; q++)
                    {
                        off += m[p * n + q] * m[p * n + q];
                    }
                }

                if (off == 0.0 || off <= 1e-32 * norm2)
                {
                    break;
                }

                for (int p = 0; p < n; p++)
                {
                    for (int q = p + 1; q < n; q++)
                    {
                        Rotate(m, n, p, q, vectors);
                    }
                }
            }

            return true;
        }

        // One Jacobi rotation that zeroes m[p, q] (Numerical Recipes' stable form).
        private static void Rotate(Span<double> m, int n, int p, int q, Span<double> vectors)
        {
            double apq = m[p * n + q];
            if (apq == 0.0)
            {
                return;
            }

            double app = m[p * n + p], aqq = m[q * n + q];
            double theta = (aqq - app) / (2.0 * apq);
            double absTheta = Math.Abs(theta);
            double t = absTheta > 1e150 ? 0.5 / absTheta : 1.0 / (absTheta + Math.Sqrt(absTheta * absTheta + 1.0));
            if (theta < 0)
            {
                t = -t;
            }

            double c = 1.0 / Math.Sqrt(t * t + 1.0);
            double s = t * c;
            for (int k = 0; k < n; k++)
            {
                if (k == p || k == q)
                {
                    continue;
                }

                double akp = m[k * n + p], akq = m[k * n + q];
                double kp = c * akp - s * akq;
                double kq = s * akp + c * akq;
                m[k * n + p] = kp;
                m[p * n + k] = kp;
                m[k * n + q] = kq;
                m[q * n + k] = kq;
            }

            if (!vectors.IsEmpty)
            {
                for (int k = 0; k < n; k++)
                {
                    double vkp = vectors[k * n + p], vkq = vectors[k * n + q];
                    vectors[k * n + p] = c * vkp - s * vkq;
                    vectors[k * n + q] = s * vkp + c * vkq;
                }
            }

            m[p * n + p] = app - t * apq;
            m[q * n + q] = aqq + t * apq;
            m[p * n + q] = 0.0;
            m[q * n + p] = 0.0;
        }

        /// <summary>sqrt(x^2 + y^2) without overflow or underflow of the squares (the ratio form).</summary>
        internal static double Hypot(double x, double y)
        {
            x = Math.Abs(x);
            y = Math.Abs(y);
            double big = Math.Max(x, y), small = Math.Min(x, y);
            if (big == 0.0)
            {
                return 0.0;
            }

            double ratio = small / big;
            return big * Math.Sqrt(1.0 + ratio * ratio);
        }

        private static bool IsFinite(double v) => !double.IsNaN(v) && !double.IsInfinity(v);
    }
}
