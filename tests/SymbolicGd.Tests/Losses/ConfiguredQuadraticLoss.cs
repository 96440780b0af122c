using System;
using System.Collections.Generic;

namespace SymbolicGd.Tests.Losses
{
    /// <summary>
    /// 0.5 theta^T A theta - b^T theta with A, b and L set by the test before each run. Static
    /// state, because ISymbolicLoss members are static; only RandomQuadraticTests uses it, and
    /// xunit runs the tests of one class one after another.
    /// </summary>
    internal readonly struct ConfiguredQuadraticLoss : ISymbolicLoss
    {
        public static int N { get; private set; }

        public static double[] A { get; private set; } = Array.Empty<double>();

        public static double[] B { get; private set; } = Array.Empty<double>();

        public static double L { get; private set; }

        public static int Dimension => N;

        public static IReadOnlyList<string> ParameterNames { get; private set; } = Array.Empty<string>();

        public static string Expression => "0.5*theta^T*A*theta - b^T*theta";

        public static IReadOnlyList<string> GradientExpressions => new[] { "A*theta - b" };

        public static bool HasConstantHessian => true;

        public static double ConstantLipschitz => L;

        public static void Configure(double[] a, double[] b, double lipschitz)
        {
            N = b.Length;
            A = a;
            B = b;
            L = lipschitz;
            var names = new string[N];
            for (int i = 0; i < N; i++)
            {
                names[i] = "t" + i;
            }

            ParameterNames = names;
        }

        public static double Value(ReadOnlySpan<double> theta)
        {
            double sum = 0.0;
            for (int i = 0; i < N; i++)
            {
                double row = 0.0;
                for (int j = 0; j < N; j++)
                {
                    row += A[(i * N) + j] * theta[j];
                }

                sum += (0.5 * theta[i] * row) - (B[i] * theta[i]);
            }

            return sum;
        }

        public static double ValueAndGradient(ReadOnlySpan<double> theta, Span<double> gradient)
        {
            for (int i = 0; i < N; i++)
            {
                double row = 0.0;
                for (int j = 0; j < N; j++)
                {
                    row += A[(i * N) + j] * theta[j];
                }

                gradient[i] = row - B[i];
            }

            return Value(theta);
        }

        public static void Hessian(ReadOnlySpan<double> theta, Span<double> hessian) => A.CopyTo(hessian);

        public static double ValueGradientHessian(ReadOnlySpan<double> theta, Span<double> gradient, Span<double> hessian)
        {
            Hessian(theta, hessian);
            return ValueAndGradient(theta, gradient);
        }
    }
}
