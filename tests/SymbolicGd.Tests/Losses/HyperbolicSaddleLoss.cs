using System;
using System.Collections.Generic;

namespace SymbolicGd.Tests.Losses
{
    /// <summary>x^2 - y^2: a saddle at 0 with Hessian diag(2, -2); on the axis y = 0 descent walks into it.</summary>
    internal readonly struct HyperbolicSaddleLoss : ISymbolicLoss
    {
        private static readonly string[] Names = { "x", "y" };
        private static readonly string[] Gradients = { "2*x", "-2*y" };

        public static int Dimension => 2;

        public static IReadOnlyList<string> ParameterNames => Names;

        public static string Expression => "x^2 - y^2";

        public static IReadOnlyList<string> GradientExpressions => Gradients;

        public static bool HasConstantHessian => true;

        public static double ConstantLipschitz => 2.0;

        public static double Value(ReadOnlySpan<double> theta)
        {
            return (theta[0] * theta[0]) - (theta[1] * theta[1]);
        }

        public static double ValueAndGradient(ReadOnlySpan<double> theta, Span<double> gradient)
        {
            gradient[0] = 2.0 * theta[0];
            gradient[1] = -2.0 * theta[1];
            return Value(theta);
        }

        public static void Hessian(ReadOnlySpan<double> theta, Span<double> hessian)
        {
            hessian[0] = 2.0;
            hessian[1] = 0.0;
            hessian[2] = 0.0;
            hessian[3] = -2.0;
        }

        public static double ValueGradientHessian(ReadOnlySpan<double> theta, Span<double> gradient, Span<double> hessian)
        {
            Hessian(theta, hessian);
            return ValueAndGradient(theta, gradient);
        }
    }
}
