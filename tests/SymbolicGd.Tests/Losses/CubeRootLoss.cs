using System;
using System.Collections.Generic;

namespace SymbolicGd.Tests.Losses
{
    /// <summary>(theta^2)^(1/3) = |theta|^(2/3): finite value at 0, but the gradient (2/3) theta (theta^2)^(-2/3) is 0 * infinity = NaN there.</summary>
    internal readonly struct CubeRootLoss : ISymbolicLoss
    {
        private static readonly string[] Names = { "theta" };
        private static readonly string[] Gradients = { "2/3*theta*(theta^2)^(-2/3)" };

        public static int Dimension => 1;

        public static IReadOnlyList<string> ParameterNames => Names;

        public static string Expression => "(theta^2)^(1/3)";

        public static IReadOnlyList<string> GradientExpressions => Gradients;

        public static bool HasConstantHessian => false;

        public static double ConstantLipschitz => double.NaN;

        public static double Value(ReadOnlySpan<double> theta)
        {
            return Math.Pow(theta[0] * theta[0], 1.0 / 3.0);
        }

        public static double ValueAndGradient(ReadOnlySpan<double> theta, Span<double> gradient)
        {
            gradient[0] = 2.0 / 3.0 * theta[0] * Math.Pow(theta[0] * theta[0], -2.0 / 3.0);
            return Value(theta);
        }

        public static void Hessian(ReadOnlySpan<double> theta, Span<double> hessian)
        {
            hessian[0] = -2.0 / 9.0 * Math.Pow(theta[0] * theta[0], -2.0 / 3.0);
        }

        public static double ValueGradientHessian(ReadOnlySpan<double> theta, Span<double> gradient, Span<double> hessian)
        {
            Hessian(theta, hessian);
            return ValueAndGradient(theta, gradient);
        }
    }
}
