using System;
using System.Collections.Generic;

namespace SymbolicGd.Tests.Losses
{
    /// <summary>0.5*(100 x^2 + y^2): H = diag(100, 1), L = 100, mu = 1.</summary>
    internal readonly struct AnisotropicLoss : ISymbolicLoss
    {
        private static readonly string[] Names = { "x", "y" };
        private static readonly string[] Gradients = { "100*x", "y" };

        public static int Dimension => 2;

        public static IReadOnlyList<string> ParameterNames => Names;

        public static string Expression => "0.5*(100*x^2 + y^2)";

        public static IReadOnlyList<string> GradientExpressions => Gradients;

        public static bool HasConstantHessian => true;

        public static double ConstantLipschitz => 100.0;

        public static double Value(ReadOnlySpan<double> theta)
        {
            return 0.5 * ((100.0 * theta[0] * theta[0]) + (theta[1] * theta[1]));
        }

        public static double ValueAndGradient(ReadOnlySpan<double> theta, Span<double> gradient)
        {
            gradient[0] = 100.0 * theta[0];
            gradient[1] = theta[1];
            return Value(theta);
        }

        public static void Hessian(ReadOnlySpan<double> theta, Span<double> hessian)
        {
            hessian[0] = 100.0;
            hessian[1] = 0.0;
            hessian[2] = 0.0;
            hessian[3] = 1.0;
        }

        public static double ValueGradientHessian(ReadOnlySpan<double> theta, Span<double> gradient, Span<double> hessian)
        {
            Hessian(theta, hessian);
            return ValueAndGradient(theta, gradient);
        }
    }
}
