using System;
using System.Collections.Generic;

namespace SymbolicGd.Tests.Losses
{
    /// <summary>Booth's function: H = [[10, 8], [8, 10]] with eigenvalues 18 and 2, L = 18, minimum (1, 3).</summary>
    internal readonly struct BoothLoss : ISymbolicLoss
    {
        private static readonly string[] Names = { "x", "y" };
        private static readonly string[] Gradients = { "10*x + 8*y - 34", "8*x + 10*y - 38" };

        public static int Dimension => 2;

        public static IReadOnlyList<string> ParameterNames => Names;

        public static string Expression => "(x + 2*y - 7)^2 + (2*x + y - 5)^2";

        public static IReadOnlyList<string> GradientExpressions => Gradients;

        public static bool HasConstantHessian => true;

        public static double ConstantLipschitz => 18.0;

        public static double Value(ReadOnlySpan<double> theta)
        {
            double a = theta[0] + (2.0 * theta[1]) - 7.0, b = (2.0 * theta[0]) + theta[1] - 5.0;
            return (a * a) + (b * b);
        }

        public static double ValueAndGradient(ReadOnlySpan<double> theta, Span<double> gradient)
        {
            gradient[0] = (10.0 * theta[0]) + (8.0 * theta[1]) - 34.0;
            gradient[1] = (8.0 * theta[0]) + (10.0 * theta[1]) - 38.0;
            return Value(theta);
        }

        public static void Hessian(ReadOnlySpan<double> theta, Span<double> hessian)
        {
            hessian[0] = 10.0;
            hessian[1] = 8.0;
            hessian[2] = 8.0;
            hessian[3] = 10.0;
        }

        public static double ValueGradientHessian(ReadOnlySpan<double> theta, Span<double> gradient, Span<double> hessian)
        {
            Hessian(theta, hessian);
            return ValueAndGradient(theta, gradient);
        }
    }
}
