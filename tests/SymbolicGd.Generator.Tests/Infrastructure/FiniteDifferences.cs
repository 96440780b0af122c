using System;

namespace SymbolicGd.Generator.Tests.Infrastructure
{
    /// <summary>Central finite differences of an independent reference function (fourth-order for the gradient).</summary>
    internal static class FiniteDifferences
    {
        public static double[] Gradient(Func<double[], double> f, double[] p)
        {
            var gradient = new double[p.Length];
            for (int i = 0; i < p.Length; i++)
            {
                double h = 1e-3 * Math.Max(1.0, Math.Abs(p[i]));
                gradient[i] = (-f(Shift(p, i, 2 * h)) + 8 * f(Shift(p, i, h)) - 8 * f(Shift(p, i, -h)) + f(Shift(p, i, -2 * h))) / (12 * h);
            }

            return gradient;
        }

        public static double[] Hessian(Func<double[], double> f, double[] p)
        {
            int n = p.Length;
            var hessian = new double[n * n];
            for (int i = 0; i < n; i++)
            {
                for (int j = 0; j < n; j++)
                {
                    double hi = 1e-4 * Math.Max(1.0, Math.Abs(p[i]));
                    double hj = 1e-4 * Math.Max(1.0, Math.Abs(p[j]));
                    hessian[i * n + j] = (f(Shift(Shift(p, i, hi), j, hj)) - f(Shift(Shift(p, i, hi), j, -hj))
                        - f(Shift(Shift(p, i, -hi), j, hj)) + f(Shift(Shift(p, i, -hi), j, -hj))) / (4 * hi * hj);
                }
            }

            return hessian;
        }

        private static double[] Shift(double[] p, int i, double h)
        {
            double[] q = (double[])p.Clone();
            q[i] += h;
            return q;
        }
    }
}
