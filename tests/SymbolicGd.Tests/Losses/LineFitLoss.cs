using System;
using System.Collections.Generic;

namespace SymbolicGd.Tests.Losses
{
    /// <summary>
    /// A hand-written data loss, the instance form a generated data loss takes:
    /// mean((a + b x_i - y_i)^2) over the columns x and y. The Hessian [[2, 2 mean x], [2 mean x,
    /// 2 mean x^2]] does not depend on (a, b), so L is computed once, when the loss is built.
    /// </summary>
    internal readonly struct LineFitLoss : ILoss
    {
        private static readonly string[] Names = { "a", "b" };
        private readonly double[] x;
        private readonly double[] y;
        private readonly double meanX;
        private readonly double meanX2;

        public LineFitLoss(double[] x, double[] y)
        {
            this.x = x;
            this.y = y;
            double sx = 0.0, sxx = 0.0;
            for (int i = 0; i < x.Length; i++)
            {
                sx += x[i];
                sxx += x[i] * x[i];
            }

            meanX = sx / x.Length;
            meanX2 = sxx / x.Length;

            // Eigenvalues of [[2, 2 m1], [2 m1, 2 m2]]: (1 + m2) +- sqrt((1 - m2)^2 + 4 m1^2), both >= 0.
            Lipschitz = 1.0 + meanX2 + Math.Sqrt(((1.0 - meanX2) * (1.0 - meanX2)) + (4.0 * meanX * meanX));
        }

        public int Dimension => 2;

        public IReadOnlyList<string> ParameterNames => Names;

        public string Expression => "mean((a + b*x - y)^2)";

        public bool HasConstantHessian => true;

        public double Lipschitz { get; }

        public double Value(ReadOnlySpan<double> theta)
        {
            double sum = 0.0;
            for (int i = 0; i < x.Length; i++)
            {
                double r = theta[0] + (theta[1] * x[i]) - y[i];
                sum += r * r;
            }

            return sum / x.Length;
        }

        public double ValueAndGradient(ReadOnlySpan<double> theta, Span<double> gradient)
        {
            double sum = 0.0, ga = 0.0, gb = 0.0;
            for (int i = 0; i < x.Length; i++)
            {
                double r = theta[0] + (theta[1] * x[i]) - y[i];
                sum += r * r;
                ga += r;
                gb += r * x[i];
            }

            gradient[0] = 2.0 * ga / x.Length;
            gradient[1] = 2.0 * gb / x.Length;
            return sum / x.Length;
        }

        public void Hessian(ReadOnlySpan<double> theta, Span<double> hessian)
        {
            hessian[0] = 2.0;
            hessian[1] = 2.0 * meanX;
            hessian[2] = 2.0 * meanX;
            hessian[3] = 2.0 * meanX2;
        }

        public double ValueGradientHessian(ReadOnlySpan<double> theta, Span<double> gradient, Span<double> hessian)
        {
            Hessian(theta, hessian);
            return ValueAndGradient(theta, gradient);
        }
    }
}
