using System;
using MathNet.Numerics.LinearAlgebra;

namespace CurveFitExample
{
    /// <summary>
    /// Seeded synthetic data for the penalised logistic regression, and an independent answer: a plain
    /// Newton loop over the arrays (the textbook one, not generated code), with its 3 x 3 solve by
    /// MathNet's Cholesky.
    /// </summary>
    internal sealed class LogisticData
    {
        /// <summary>The weights the labels are drawn from (w0, w1, w2).</summary>
        public static readonly double[] TrueWeights = { -0.5, 1.5, -2.0 };

        private LogisticData(double[] x1, double[] x2, double[] label)
        {
            X1 = x1;
            X2 = x2;
            Label = label;
        }

        public double[] X1 { get; }

        public double[] X2 { get; }

        public double[] Label { get; }

        public int Count => X1.Length;

        /// <summary>x1, x2 standard normal and correlated (rho = 0.5); label = 1 with probability sigmoid(w . (1, x1, x2)).</summary>
        public static LogisticData Generate(int count, int seed)
        {
            var random = new Random(seed);
            double[] x1 = new double[count], x2 = new double[count], label = new double[count];
            for (int i = 0; i < count; i++)
            {
                // Box-Muller: two independent standard normals from two uniforms in (0, 1].
                double radius = Math.Sqrt(-2.0 * Math.Log(1.0 - random.NextDouble()));
                double angle = 2.0 * Math.PI * random.NextDouble();
                double z1 = radius * Math.Cos(angle), z2 = radius * Math.Sin(angle);
                x1[i] = z1;
                x2[i] = (0.5 * z1) + (Math.Sqrt(0.75) * z2);
                double z = TrueWeights[0] + (TrueWeights[1] * x1[i]) + (TrueWeights[2] * x2[i]);
                label[i] = random.NextDouble() < 1.0 / (1.0 + Math.Exp(-z)) ? 1.0 : 0.0;
            }

            return new LogisticData(x1, x2, label);
        }

        /// <summary>The loss by a plain loop: mean(softplus(z) - label z) + lambda (w1^2 + w2^2), softplus(z) = max(z, 0) + log1p(exp(-|z|)).</summary>
        public double Loss(ReadOnlySpan<double> w, double lambda)
        {
            double sum = 0;
            for (int i = 0; i < Count; i++)
            {
                double z = w[0] + (w[1] * X1[i]) + (w[2] * X2[i]);
                sum += Math.Max(z, 0.0) + Math.Log(1.0 + Math.Exp(-Math.Abs(z))) - (Label[i] * z);
            }

            return (sum / Count) + (lambda * ((w[1] * w[1]) + (w[2] * w[2])));
        }

        /// <summary>The gradient by a plain loop: mean((sigmoid(z) - label) (1, x1, x2)) + 2 lambda (0, w1, w2).</summary>
        public double[] Gradient(ReadOnlySpan<double> w, double lambda)
        {
            var (gradient, _) = GradientAndHessian(w, lambda);
            return gradient;
        }

        /// <summary>Newton from zero until the step is below 1e-14 (or 50 iterations): the reference answer.</summary>
        public (double[] Weights, int Iterations) ReferenceNewton(double lambda)
        {
            double[] w = new double[3];
            for (int iteration = 1; iteration <= 50; iteration++)
            {
                var (gradient, hessian) = GradientAndHessian(w, lambda);
                double[] step = Matrix<double>.Build.DenseOfArray(hessian).Cholesky().Solve(Vector<double>.Build.DenseOfArray(gradient)).ToArray();
                double largest = 0;
                for (int j = 0; j < 3; j++)
                {
                    w[j] -= step[j];
                    largest = Math.Max(largest, Math.Abs(step[j]));
                }

                if (largest < 1e-14)
                {
                    return (w, iteration);
                }
            }

            return (w, 50);
        }

        private (double[] Gradient, double[,] Hessian) GradientAndHessian(ReadOnlySpan<double> w, double lambda)
        {
            double[] g = new double[3];
            var h = new double[3, 3];
            for (int i = 0; i < Count; i++)
            {
                double x1 = X1[i], x2 = X2[i];
                double z = w[0] + (w[1] * x1) + (w[2] * x2);
                double p = 1.0 / (1.0 + Math.Exp(-z));
                double r = p - Label[i], v = p * (1.0 - p);
                g[0] += r;
                g[1] += r * x1;
                g[2] += r * x2;
                h[0, 0] += v;
                h[0, 1] += v * x1;
                h[0, 2] += v * x2;
                h[1, 1] += v * x1 * x1;
                h[1, 2] += v * x1 * x2;
                h[2, 2] += v * x2 * x2;
            }

            for (int j = 0; j < 3; j++)
            {
                g[j] /= Count;
                for (int k = j; k < 3; k++)
                {
                    h[j, k] /= Count;
                    h[k, j] = h[j, k];
                }
            }

            g[1] += 2 * lambda * w[1];
            g[2] += 2 * lambda * w[2];
            h[1, 1] += 2 * lambda;
            h[2, 2] += 2 * lambda;
            return (g, h);
        }
    }
}
