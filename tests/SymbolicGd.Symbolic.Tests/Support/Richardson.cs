using System;

namespace SymbolicGd.Symbolic.Tests.Support
{
    /// <summary>
    /// Central differences with two levels of Richardson extrapolation (error O(h^6)), plus an
    /// estimate of their own error so that a test can tell a kink or a badly conditioned point
    /// (where no numeric derivative is trustworthy) from a wrong symbolic derivative.
    /// </summary>
    internal static class Richardson
    {
        public static (double Estimate, double Error) Derivative(Func<double[], double> f, double[] point, int index)
        {
            double h = 1e-3 * Math.Max(1.0, Math.Abs(point[index]));
            double r1 = Extrapolated(f, point, index, h);
            double r2 = Extrapolated(f, point, index, h / 2);

            // Rounding: each difference of f loses about eps*|f| / (h/4) at the smallest step,
            // which the truncation estimate |r2 - r1| does not see when f is large but flat.
            double rounding = 16 * 2.3e-16 * Math.Abs(f(point)) / h;
            return ((64 * r2 - r1) / 63, Math.Abs(r2 - r1) + rounding);
        }

        private static double Extrapolated(Func<double[], double> f, double[] point, int index, double h)
        {
            double d1 = Central(f, point, index, h);
            double d2 = Central(f, point, index, h / 2);
            return (16 * d2 - d1) / 15;
        }

        private static double Central(Func<double[], double> f, double[] point, int index, double h)
        {
            var p = (double[])point.Clone();
            p[index] = point[index] + h;
            double plus = f(p);
            p[index] = point[index] - h;
            double minus = f(p);
            return (plus - minus) / (2 * h);
        }
    }
}
