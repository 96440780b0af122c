using System;
using System.Collections.Generic;
using System.Linq;

namespace SymbolicGd.Tests.Losses
{
    /// <summary>
    /// sum_i (x_i^4 + x_i^2) + sum_i x_i x_{i+1} over 24 parameters: big enough that the
    /// runtime's buffers come from the pool instead of the stack, with a tridiagonal Hessian.
    /// </summary>
    internal readonly struct WideQuarticLoss : ISymbolicLoss
    {
        private const int N = 24;
        private static readonly string[] Names = Enumerable.Range(0, N).Select(i => "x" + i).ToArray();
        private static readonly string[] Gradients = Enumerable.Range(0, N).Select(i => $"4*x{i}^3 + 2*x{i} + neighbours").ToArray();

        public static int Dimension => N;

        public static IReadOnlyList<string> ParameterNames => Names;

        public static string Expression => "sum_i (x_i^4 + x_i^2) + sum_i x_i*x_(i+1)";

        public static IReadOnlyList<string> GradientExpressions => Gradients;

        public static bool HasConstantHessian => false;

        public static double ConstantLipschitz => double.NaN;

        public static double Value(ReadOnlySpan<double> theta)
        {
            double sum = 0.0;
            for (int i = 0; i < N; i++)
            {
                double x2 = theta[i] * theta[i];
                sum += (x2 * x2) + x2 + (i + 1 < N ? theta[i] * theta[i + 1] : 0.0);
            }

            return sum;
        }

        public static double ValueAndGradient(ReadOnlySpan<double> theta, Span<double> gradient)
        {
            for (int i = 0; i < N; i++)
            {
                gradient[i] = (4.0 * theta[i] * theta[i] * theta[i]) + (2.0 * theta[i])
                    + (i > 0 ? theta[i - 1] : 0.0) + (i + 1 < N ? theta[i + 1] : 0.0);
            }

            return Value(theta);
        }

        public static void Hessian(ReadOnlySpan<double> theta, Span<double> hessian)
        {
            hessian.Slice(0, N * N).Clear();
            for (int i = 0; i < N; i++)
            {
                hessian[(i * N) + i] = (12.0 * theta[i] * theta[i]) + 2.0;
                if (i + 1 < N)
                {
                    hessian[(i * N) + i + 1] = 1.0;
                    hessian[((i + 1) * N) + i] = 1.0;
                }
            }
        }

        public static double ValueGradientHessian(ReadOnlySpan<double> theta, Span<double> gradient, Span<double> hessian)
        {
            Hessian(theta, hessian);
            return ValueAndGradient(theta, gradient);
        }
    }
}
