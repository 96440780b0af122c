using System;

namespace SymbolicGd.Benchmarks
{
    /// <summary>
    /// The gradients and Hessians an expert would write by hand: the baseline the generated code
    /// must match. Checked against the generated code by <see cref="Verification"/> before any
    /// benchmark runs.
    /// </summary>
    internal static class HandWritten
    {
        public static double RosenbrockValueAndGradient(double x, double y, Span<double> g)
        {
            double a = 1 - x;
            double b = y - x * x;
            g[0] = -2 * a - 400 * x * b;
            g[1] = 200 * b;
            return a * a + 100 * b * b;
        }

        public static void RosenbrockHessian(double x, double y, Span<double> h)
        {
            double hxy = -400 * x;
            h[0] = 2 - 400 * y + 1200 * x * x;
            h[1] = hxy;
            h[2] = hxy;
            h[3] = 200;
        }

        public static double BealeValueAndGradient(double x, double y, Span<double> g)
        {
            double y2 = y * y, y3 = y2 * y;
            double r1 = 1.5 - x + x * y;
            double r2 = 2.25 - x + x * y2;
            double r3 = 2.625 - x + x * y3;
            g[0] = 2 * (r1 * (y - 1) + r2 * (y2 - 1) + r3 * (y3 - 1));
            g[1] = 2 * x * (r1 + 2 * r2 * y + 3 * r3 * y2);
            return r1 * r1 + r2 * r2 + r3 * r3;
        }

        public static void BealeHessian(double x, double y, Span<double> h)
        {
            double y2 = y * y, y3 = y2 * y;
            double r1 = 1.5 - x + x * y, r2 = 2.25 - x + x * y2, r3 = 2.625 - x + x * y3;
            double d1x = y - 1, d2x = y2 - 1, d3x = y3 - 1;
            double d1y = x, d2y = 2 * x * y, d3y = 3 * x * y2;
            double hxx = 2 * (d1x * d1x + d2x * d2x + d3x * d3x);
            double hxy = 2 * (d1x * d1y + r1 + d2x * d2y + r2 * 2 * y + d3x * d3y + r3 * 3 * y2);
            double hyy = 2 * (d1y * d1y + d2y * d2y + r2 * 2 * x + d3y * d3y + r3 * 6 * x * y);
            h[0] = hxx;
            h[1] = hxy;
            h[2] = hxy;
            h[3] = hyy;
        }

        // r = A p + c; f = |r|^2; g = 2 A^T r; H = 2 A^T A.
        public static double LeastSquaresValueAndGradient(ReadOnlySpan<double> p, Span<double> g)
        {
            double[,] a = LeastSquaresData.A;
            double[] c = LeastSquaresData.C;
            int m = c.Length, n = p.Length;
            g.Slice(0, n).Clear();
            double f = 0;
            for (int k = 0; k < m; k++)
            {
                double r = c[k];
                for (int j = 0; j < n; j++)
                {
                    r += a[k, j] * p[j];
                }

                f += r * r;
                double twoR = 2 * r;
                for (int j = 0; j < n; j++)
                {
                    g[j] += twoR * a[k, j];
                }
            }

            return f;
        }

        public static void LeastSquaresHessian(int n, Span<double> h)
        {
            double[,] a = LeastSquaresData.A;
            int m = LeastSquaresData.C.Length;
            for (int i = 0; i < n; i++)
            {
                for (int j = i; j < n; j++)
                {
                    double s = 0;
                    for (int k = 0; k < m; k++)
                    {
                        s += a[k, i] * a[k, j];
                    }

                    h[i * n + j] = 2 * s;
                    h[j * n + i] = 2 * s;
                }
            }
        }

        // f = sum softplus(z_k . w); g = sum sigmoid(z_k . w) z_k; H = sum s(1 - s) z_k z_k^T.
        public static double LogisticValueAndGradient(ReadOnlySpan<double> w, Span<double> g)
        {
            double[,] z = LeastSquaresData.Logistic;
            g[0] = g[1] = g[2] = 0;
            double f = 0;
            for (int k = 0; k < z.GetLength(0); k++)
            {
                double u = z[k, 0] * w[0] + z[k, 1] * w[1] + z[k, 2] * w[2];
                f += SymbolicMath.Softplus(u);
                double s = SymbolicMath.Sigmoid(u);
                g[0] += s * z[k, 0];
                g[1] += s * z[k, 1];
                g[2] += s * z[k, 2];
            }

            return f;
        }

        public static void LogisticHessian(ReadOnlySpan<double> w, Span<double> h)
        {
            double[,] z = LeastSquaresData.Logistic;
            h.Slice(0, 9).Clear();
            for (int k = 0; k < z.GetLength(0); k++)
            {
                double u = z[k, 0] * w[0] + z[k, 1] * w[1] + z[k, 2] * w[2];
                double s = SymbolicMath.Sigmoid(u);
                double d = s * (1 - s);
                for (int i = 0; i < 3; i++)
                {
                    for (int j = 0; j < 3; j++)
                    {
                        h[i * 3 + j] += d * z[k, i] * z[k, j];
                    }
                }
            }
        }

        // r = sqrt((x^2 + y^2)/2), A = e^{-r/5}, B = e^{(cos 2 pi x + cos 2 pi y)/2}.
        public static double AckleyValueAndGradient(double x, double y, Span<double> g)
        {
            const double TwoPi = 2 * Math.PI;
            double r = Math.Sqrt(0.5 * (x * x + y * y));
            double a = Math.Exp(-0.2 * r);
            double cx = Math.Cos(TwoPi * x), cy = Math.Cos(TwoPi * y);
            double b = Math.Exp(0.5 * (cx + cy));
            double k = 2 * a / r;
            g[0] = k * x + Math.PI * b * Math.Sin(TwoPi * x);
            g[1] = k * y + Math.PI * b * Math.Sin(TwoPi * y);
            return -20 * a - b + Math.E + 20;
        }

        public static void AckleyHessian(double x, double y, Span<double> h)
        {
            const double TwoPi = 2 * Math.PI;
            double r = Math.Sqrt(0.5 * (x * x + y * y));
            double a = Math.Exp(-0.2 * r);
            double sx = Math.Sin(TwoPi * x), sy = Math.Sin(TwoPi * y);
            double cx = Math.Cos(TwoPi * x), cy = Math.Cos(TwoPi * y);
            double b = Math.Exp(0.5 * (cx + cy));
            double r2 = r * r, r3 = r2 * r;
            double pi2b = Math.PI * Math.PI * b;
            double radial = 0.1 / r2 + 0.5 / r3;
            h[0] = 2 * a * (1 / r - x * x * radial) + pi2b * (2 * cx - sx * sx);
            double hxy = -2 * a * x * y * radial - pi2b * sx * sy;
            h[1] = hxy;
            h[2] = hxy;
            h[3] = 2 * a * (1 / r - y * y * radial) + pi2b * (2 * cy - sy * sy);
        }
    }
}
