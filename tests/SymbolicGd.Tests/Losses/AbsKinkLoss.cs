using System;
using System.Collections.Generic;

namespace SymbolicGd.Tests.Losses
{
    /// <summary>
    /// sqrt(x^2) + (x - 3)^2 = |x| + (x - 3)^2, minimum 2.75 at x = 2.5, with a kink at 0 (value
    /// 9) where the gradient x/sqrt(x^2) + 2 (x - 3) is 0/0 = NaN. Hessian 2 away from 0.
    /// </summary>
    internal readonly struct AbsKinkLoss : ISymbolicLoss
    {
        private static readonly string[] Names = { "x" };
        private static readonly string[] Gradients = { "x/sqrt(x^2) + 2*(x - 3)" };

        public static int Dimension => 1;

        public static IReadOnlyList<string> ParameterNames => Names;

        public static string Expression => "sqrt(x^2) + (x - 3)^2";

        public static IReadOnlyList<string> GradientExpressions => Gradients;

        public static bool HasConstantHessian => false;

        public static double ConstantLipschitz => double.NaN;

        public static double Value(ReadOnlySpan<double> theta)
        {
            double x = theta[0];
            return Math.Sqrt(x * x) + ((x - 3.0) * (x - 3.0));
        }

        public static double ValueAndGradient(ReadOnlySpan<double> theta, Span<double> gradient)
        {
            double x = theta[0];
            gradient[0] = (x / Math.Sqrt(x * x)) + (2.0 * (x - 3.0));
            return Value(theta);
        }

        public static void Hessian(ReadOnlySpan<double> theta, Span<double> hessian)
        {
            // d/dx x (x^2)^(-1/2) = (x^2)^(-1/2) - x^2 (x^2)^(-3/2): 0 away from 0, infinity - NaN at 0.
            double x = theta[0], s = Math.Sqrt(x * x);
            hessian[0] = (1.0 / s) - (x * x / (s * s * s)) + 2.0;
        }

        public static double ValueGradientHessian(ReadOnlySpan<double> theta, Span<double> gradient, Span<double> hessian)
        {
            Hessian(theta, hessian);
            return ValueAndGradient(theta, gradient);
        }
    }
}
