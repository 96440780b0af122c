using System;
using System.Collections.Generic;

namespace SymbolicGd.Tests.Losses
{
    /// <summary>L(theta) = (theta - 3)^2: H = 2, L = 2, stability bound 2/L = 1.</summary>
    internal readonly struct QuadraticLoss : ISymbolicLoss
    {
        private static readonly string[] Names = { "theta" };
        private static readonly string[] Gradients = { "2*(theta - 3)" };

        public static int Dimension => 1;

        public static IReadOnlyList<string> ParameterNames => Names;

        public static string Expression => "(theta - 3)^2";

        public static IReadOnlyList<string> GradientExpressions => Gradients;

        public static bool HasConstantHessian => true;

        public static double ConstantLipschitz => 2.0;

        public static double Value(ReadOnlySpan<double> theta)
        {
            double d = theta[0] - 3.0;
            return d * d;
        }

        public static double ValueAndGradient(ReadOnlySpan<double> theta, Span<double> gradient)
        {
            gradient[0] = 2.0 * (theta[0] - 3.0);
            return Value(theta);
        }

        public static void Hessian(ReadOnlySpan<double> theta, Span<double> hessian)
        {
            hessian[0] = 2.0;
        }

        public static double ValueGradientHessian(ReadOnlySpan<double> theta, Span<double> gradient, Span<double> hessian)
        {
            Hessian(theta, hessian);
            return ValueAndGradient(theta, gradient);
        }
    }
}
