using System;
using System.Collections.Generic;

namespace SymbolicGd.Tests.Losses
{
    /// <summary>(x^2 - 1)^2: second derivative 12 x^2 - 4 is negative for |x| &lt; 1/sqrt(3); minima at -1 and 1.</summary>
    internal readonly struct DoubleWellLoss : ISymbolicLoss
    {
        private static readonly string[] Names = { "x" };
        private static readonly string[] Gradients = { "4*x*(x^2 - 1)" };

        public static int Dimension => 1;

        public static IReadOnlyList<string> ParameterNames => Names;

        public static string Expression => "(x^2 - 1)^2";

        public static IReadOnlyList<string> GradientExpressions => Gradients;

        public static bool HasConstantHessian => false;

        public static double ConstantLipschitz => double.NaN;

        public static double Value(ReadOnlySpan<double> theta)
        {
            double a = (theta[0] * theta[0]) - 1.0;
            return a * a;
        }

        public static double ValueAndGradient(ReadOnlySpan<double> theta, Span<double> gradient)
        {
            gradient[0] = 4.0 * theta[0] * ((theta[0] * theta[0]) - 1.0);
            return Value(theta);
        }

        public static void Hessian(ReadOnlySpan<double> theta, Span<double> hessian)
        {
            hessian[0] = (12.0 * theta[0] * theta[0]) - 4.0;
        }

        public static double ValueGradientHessian(ReadOnlySpan<double> theta, Span<double> gradient, Span<double> hessian)
        {
            Hessian(theta, hessian);
            return ValueAndGradient(theta, gradient);
        }
    }
}
