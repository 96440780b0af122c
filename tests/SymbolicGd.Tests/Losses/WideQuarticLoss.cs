using System;
using System.Collections.Generic;
using System.Linq;

namespace SymbolicGd.Tests.Losses
{
    /// <summary>
    /// sum_i (x_i^4 + x_i^2) over 24 parameters: big enough that the runtime's buffers come
    /// from the pool instead of the stack. The Hessian is diagonal so that 10 000 steps of
    /// 24 x 24 eigenvalues stay cheap in a unit test.
    /// </summary>
    internal readonly struct WideQuarticLoss : ISymbolicLoss
    {
        private const int N = 24;
        private static readonly string[] Names = Enumerable.Range(0, N).Select(i => "x" + i).ToArray();
        private static readonly string[] Gradients = Enumerable.Range(0, N).Select(i => $"4*x{i}^3 + 2*x{i}").ToArray();

        public static int Dimension => N;

        public static IReadOnlyList<string> ParameterNames => Names;

        public static string Expression => "sum_i (x_i^4 + x_i^2)";

        public static IReadOnlyList<string> GradientExpressions => Gradients;

        public static bool HasConstantHessian => false;

        public static double ConstantLipschitz => double.NaN;

        public static double Value(ReadOnlySpan<double> theta)
        {
            double sum = 0.0;
            for (int i = 0; i < N; i++)
            {
                double x2 = theta[i] * theta[i];
                sum += (x2 * x2) + x2;
            }

            return sum;
        }

        public static double ValueAndGradient(ReadOnlySpan<double> theta, Span<double> gradient)
        {
            for (int i = 0; i < N; i++)
            {
                gradient[i] = (4.0 * theta[i] * theta[i] * theta[i]) + (2.0 * theta[i]);
            }

            return Value(theta);
        }

        public static void Hessian(ReadOnlySpan<double> theta, Span<double> hessian)
        {
            hessian.Slice(0, N * N).Clear();
            for (int i = 0; i < N; i++)
            {
                hessian[(i * N) + i] = (12.0 * theta[i] * theta[i]) + 2.0;
            }
        }

        public static double ValueGradientHessian(ReadOnlySpan<double> theta, Span<double> gradient, Span<double> hessian)
        {
            Hessian(theta, hessian);
            return ValueAndGradient(theta, gradient);
        }
    }
}
