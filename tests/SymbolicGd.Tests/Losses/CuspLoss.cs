using System;
using System.Collections.Generic;

namespace SymbolicGd.Tests.Losses
{
    /// <summary>(theta - 1)^2 + |theta|^1.5: value and gradient finite at 0, the second derivative 2 + 0.75/sqrt|theta| infinite.</summary>
    internal readonly struct CuspLoss : ISymbolicLoss
    {
        private static readonly string[] Names = { "theta" };
        private static readonly string[] Gradients = { "2*(theta - 1) + 1.5*sign(theta)*sqrt(abs(theta))" };

        public static int Dimension => 1;

        public static IReadOnlyList<string> ParameterNames => Names;

        public static string Expression => "(theta - 1)^2 + abs(theta)^1.5";

        public static IReadOnlyList<string> GradientExpressions => Gradients;

        public static bool HasConstantHessian => false;

        public static double ConstantLipschitz => double.NaN;

        public static double Value(ReadOnlySpan<double> theta)
        {
            double a = theta[0] - 1.0;
            return (a * a) + Math.Pow(Math.Abs(theta[0]), 1.5);
        }

        public static double ValueAndGradient(ReadOnlySpan<double> theta, Span<double> gradient)
        {
            gradient[0] = (2.0 * (theta[0] - 1.0)) + (1.5 * Math.Sign(theta[0]) * Math.Sqrt(Math.Abs(theta[0])));
            return Value(theta);
        }

        public static void Hessian(ReadOnlySpan<double> theta, Span<double> hessian)
        {
            hessian[0] = 2.0 + (0.75 / Math.Sqrt(Math.Abs(theta[0])));
        }

        public static double ValueGradientHessian(ReadOnlySpan<double> theta, Span<double> gradient, Span<double> hessian)
        {
            Hessian(theta, hessian);
            return ValueAndGradient(theta, gradient);
        }
    }
}
