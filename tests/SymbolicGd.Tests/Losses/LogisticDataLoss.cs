using System;
using System.Collections.Generic;

namespace SymbolicGd.Tests.Losses
{
    /// <summary>
    /// A hand-written data loss that is not quadratic: mean(softplus(a + b x_i) - y_i (a + b x_i))
    /// over columns x and labels y in {0, 1}, the logistic regression negative log-likelihood.
    /// Gradient mean((p_i - y_i) (1, x_i)), Hessian mean(p_i (1 - p_i) (1, x_i)(1, x_i)^T) with
    /// p_i = sigmoid(a + b x_i).
    /// </summary>
    internal readonly struct LogisticDataLoss : ILoss
    {
        private static readonly string[] Names = { "a", "b" };
        private readonly double[] x;
        private readonly double[] y;

        public LogisticDataLoss(double[] x, double[] y)
        {
            this.x = x;
            this.y = y;
        }

        public int Dimension => 2;

        public IReadOnlyList<string> ParameterNames => Names;

        public string Expression => "mean(softplus(a + b*x) - y*(a + b*x))";

        public bool HasConstantHessian => false;

        public double Lipschitz => double.NaN;

        public double Value(ReadOnlySpan<double> theta)
        {
            double sum = 0.0;
            for (int i = 0; i < x.Length; i++)
            {
                double z = theta[0] + (theta[1] * x[i]);
                sum += Softplus(z) - (y[i] * z);
            }

            return sum / x.Length;
        }

        public double ValueAndGradient(ReadOnlySpan<double> theta, Span<double> gradient)
        {
            Span<double> unused = stackalloc double[4];
            return ValueGradientHessian(theta, gradient, unused);
        }

        public void Hessian(ReadOnlySpan<double> theta, Span<double> hessian)
        {
            Span<double> unused = stackalloc double[2];
            ValueGradientHessian(theta, unused, hessian);
        }

        public double ValueGradientHessian(ReadOnlySpan<double> theta, Span<double> gradient, Span<double> hessian)
        {
            double sum = 0.0, ga = 0.0, gb = 0.0, haa = 0.0, hab = 0.0, hbb = 0.0;
            for (int i = 0; i < x.Length; i++)
            {
                double z = theta[0] + (theta[1] * x[i]);
                double p = 1.0 / (1.0 + Math.Exp(-z));
                double w = p * (1.0 - p);
                sum += Softplus(z) - (y[i] * z);
                ga += p - y[i];
                gb += (p - y[i]) * x[i];
                haa += w;
                hab += w * x[i];
                hbb += w * x[i] * x[i];
            }

            double m = x.Length;
            gradient[0] = ga / m;
            gradient[1] = gb / m;
            hessian[0] = haa / m;
            hessian[1] = hab / m;
            hessian[2] = hab / m;
            hessian[3] = hbb / m;
            return sum / m;
        }

        private static double Softplus(double z) => z > 0 ? z + Math.Log(1.0 + Math.Exp(-z)) : Math.Log(1.0 + Math.Exp(z));
    }
}
