using System;
using System.Collections.Generic;

namespace SymbolicGd.Tests.Losses
{
    /// <summary>x^2 - y^2 + 0.01 y^4: a saddle at 0 (Hessian diag(2, -2 + 0.12 y^2), negative for |y| &lt; 4.08), minima at (0, +-sqrt 50).</summary>
    internal readonly struct QuarticSaddleLoss : ISymbolicLoss
    {
        private static readonly string[] Names = { "x", "y" };
        private static readonly string[] Gradients = { "2*x", "-2*y + 0.04*y^3" };

        public static int Dimension => 2;

        public static IReadOnlyList<string> ParameterNames => Names;

        public static string Expression => "x^2 - y^2 + 0.01*y^4";

        public static IReadOnlyList<string> GradientExpressions => Gradients;

        public static bool HasConstantHessian => false;

        public static double ConstantLipschitz => double.NaN;

        public static double Value(ReadOnlySpan<double> theta)
        {
            double y = theta[1];
            return (theta[0] * theta[0]) - (y * y) + (0.01 * y * y * y * y);
        }

        public static double ValueAndGradient(ReadOnlySpan<double> theta, Span<double> gradient)
        {
            double y = theta[1];
            gradient[0] = 2.0 * theta[0];
            gradient[1] = (-2.0 * y) + (0.04 * y * y * y);
            return Value(theta);
        }

        public static void Hessian(ReadOnlySpan<double> theta, Span<double> hessian)
        {
            double y = theta[1];
            hessian[0] = 2.0;
            hessian[1] = 0.0;
            hessian[2] = 0.0;
            hessian[3] = -2.0 + (0.12 * y * y);
        }

        public static double ValueGradientHessian(ReadOnlySpan<double> theta, Span<double> gradient, Span<double> hessian)
        {
            Hessian(theta, hessian);
            return ValueAndGradient(theta, gradient);
        }
    }
}
