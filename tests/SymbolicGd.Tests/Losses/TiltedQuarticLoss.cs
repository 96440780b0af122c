using System;
using System.Collections.Generic;

namespace SymbolicGd.Tests.Losses
{
    /// <summary>x^4 - 1000 x: minimum at 250^(1/3); at 0 the Hessian 12 x^2 is 0, so L = 0 there.</summary>
    internal readonly struct TiltedQuarticLoss : ISymbolicLoss
    {
        private static readonly string[] Names = { "x" };
        private static readonly string[] Gradients = { "4*x^3 - 1000" };

        public static int Dimension => 1;

        public static IReadOnlyList<string> ParameterNames => Names;

        public static string Expression => "x^4 - 1000*x";

        public static IReadOnlyList<string> GradientExpressions => Gradients;

        public static bool HasConstantHessian => false;

        public static double ConstantLipschitz => double.NaN;

        public static double Value(ReadOnlySpan<double> theta)
        {
            double x = theta[0];
            return (x * x * x * x) - (1000.0 * x);
        }

        public static double ValueAndGradient(ReadOnlySpan<double> theta, Span<double> gradient)
        {
            double x = theta[0];
            gradient[0] = (4.0 * x * x * x) - 1000.0;
            return Value(theta);
        }

        public static void Hessian(ReadOnlySpan<double> theta, Span<double> hessian)
        {
            hessian[0] = 12.0 * theta[0] * theta[0];
        }

        public static double ValueGradientHessian(ReadOnlySpan<double> theta, Span<double> gradient, Span<double> hessian)
        {
            Hessian(theta, hessian);
            return ValueAndGradient(theta, gradient);
        }
    }
}
