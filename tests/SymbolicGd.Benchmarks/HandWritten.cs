using System;

namespace SymbolicGd.Benchmarks
{
    /// <summary>
    /// The gradients and Hessians an expert would write by hand: the baseline the generated code
    /// must match. Checked against the generated code by <see cref="Verification"/> before any
    /// benchmark runs. Same signatures as <see cref="ISymbolicLoss"/> (spans in, spans out), so
    /// the benchmarks compare the arithmetic and not how the arguments arrive.
    /// </summary>
    internal static class HandWritten
    {
        public static double RosenbrockValueAndGradient(ReadOnlySpan<double> theta, Span<double> g)
        {
            double x = theta[0], y = theta[1];
            double a = 1 - x;
            double b = y - x * x;
            g[0] = -2 * a - 400 * x * b;
            g[1] = 200 * b;
            return a * a + 100 * b * b;
        }

        public static void RosenbrockHessian(ReadOnlySpan<double> theta, Span<double> h)
        {
            double x = theta[0], y = theta[1];
            double hxy = -400 * x;
            h[0] = 2 - 400 * y + 1200 * x * x;
            h[1] = hxy;
            h[2] = hxy;
            h[3] = 200;
        }

        public static double BealeValueAndGradient(ReadOnlySpan<double> theta, Span<double> g)
        {
            double x = theta[0], y = theta[1];
            double y2 = y * y, y3 = y2 * y;
            double r1 = 1.5 - x + x * y;
            double r2 = 2.25 - x + x * y2;
            double r3 = 2.625 - x + x * y3;
            g[0] = 2 * (r1 * (y - 1) + r2 * (y2 - 1) + r3 * (y3 - 1));
            g[1] = 2 * x * (r1 + 2 * r2 * y + 3 * r3 * y2);
            return r1 * r1 + r2 * r2 + r3 * r3;
        }

        public static void BealeHessian(ReadOnlySpan<double> theta, Span<double> h)
        {
            double x = theta[0], y = theta[1];
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
            ReadOnlySpan<double> a = LeastSquaresData.RowMajorA;
            ReadOnlySpan<double> c = LeastSquaresData.C;
            int n = p.Length;
            g = g.Slice(0, n);
            g.Clear();
            double f = 0;
            for (int k = 0; k < c.Length; k++)
            {
                ReadOnlySpan<double> row = a.Slice(k * n, n);
                double r = c[k];
                for (int j = 0; j < row.Length; j++)
                {
                    r += row[j] * p[j];
                }

                f += r * r;
                double twoR = 2 * r;
                for (int j = 0; j < row.Length; j++)
                {
                    g[j] += twoR * row[j];
                }
            }

            return f;
        }

        // The Hessian of a linear least-squares loss is constant: an expert computes 2 A^T A once
        // and copies it, which is what the generated code's 100 constant stores compete with.
        private static readonly double[] LeastSquaresConstantHessian = ComputeLeastSquaresHessian();

        public static void LeastSquaresHessian(Span<double> h) => LeastSquaresConstantHessian.CopyTo(h);

        private static double[] ComputeLeastSquaresHessian()
        {
            double[,] a = LeastSquaresData.A;
            int m = a.GetLength(0), n = a.GetLength(1);
            var h = new double[n * n];
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

            return h;
        }

        // f = sum softplus(u_k), g = sum sigmoid(u_k) z_k, H = sum s(1 - s) z_k z_k^T, u_k = z_k . w,
        // fused the way an expert writes it: one exp per term, e = exp(-|u|) <= 1, shared by
        //   softplus(u) = max(u, 0) + log1p(e)   (log1p(e) = log(1 + e) + the rounding error of 1 + e, over 1 + e)
        //   sigmoid(u)  = (u >= 0 ? 1 : e) / (1 + e)
        //   s(1 - s)    = e / (1 + e)^2
        // both stable for any u, with one division per term.
        public static double LogisticValueAndGradient(ReadOnlySpan<double> w, Span<double> g)
        {
            ReadOnlySpan<double> z = LeastSquaresData.RowMajorLogistic;
            double w0 = w[0], w1 = w[1], w2 = w[2];
            double f = 0, g0 = 0, g1 = 0, g2 = 0;
            for (int k = 0; k + 2 < z.Length; k += 3)
            {
                double z0 = z[k], z1 = z[k + 1], z2 = z[k + 2];
                double u = z0 * w0 + z1 * w1 + z2 * w2;
                double e = Math.Exp(-Math.Abs(u));
                double d = 1 + e;
                double r = 1 / d;
                f += Math.Max(u, 0) + Math.Log(d) + (e - (d - 1)) * r;
                double s = (u >= 0 ? 1 : e) * r;
                g0 += s * z0;
                g1 += s * z1;
                g2 += s * z2;
            }

            g[0] = g0;
            g[1] = g1;
            g[2] = g2;
            return f;
        }

        public static void LogisticHessian(ReadOnlySpan<double> w, Span<double> h)
        {
            ReadOnlySpan<double> z = LeastSquaresData.RowMajorLogistic;
            double w0 = w[0], w1 = w[1], w2 = w[2];
            double h00 = 0, h01 = 0, h02 = 0, h11 = 0, h12 = 0, h22 = 0;
            for (int k = 0; k + 2 < z.Length; k += 3)
            {
                double z0 = z[k], z1 = z[k + 1], z2 = z[k + 2];
                double e = Math.Exp(-Math.Abs(z0 * w0 + z1 * w1 + z2 * w2));
                double r = 1 / (1 + e);
                double d = e * r * r;
                h00 += d * z0 * z0;
                h01 += d * z0 * z1;
                h02 += d * z0 * z2;
                h11 += d * z1 * z1;
                h12 += d * z1 * z2;
                h22 += d * z2 * z2;
            }

            h[8] = h22;
            h[0] = h00;
            h[1] = h[3] = h01;
            h[2] = h[6] = h02;
            h[4] = h11;
            h[5] = h[7] = h12;
        }

        // r = sqrt((x^2 + y^2)/2), A = e^{-r/5}, B = e^{(cos 2 pi x + cos 2 pi y)/2}.
        public static double AckleyValueAndGradient(ReadOnlySpan<double> theta, Span<double> g)
        {
            double x = theta[0], y = theta[1];
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

        public static void AckleyHessian(ReadOnlySpan<double> theta, Span<double> h)
        {
            double x = theta[0], y = theta[1];
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
