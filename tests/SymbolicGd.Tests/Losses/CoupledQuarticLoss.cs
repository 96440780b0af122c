using System;
using System.Collections.Generic;

namespace SymbolicGd.Tests.Losses
{
    /// <summary>A 3-parameter loss with a non-constant, non-diagonal Hessian (the Jacobi path of the eigen solver).</summary>
    internal readonly struct CoupledQuarticLoss : ISymbolicLoss
    {
        private static readonly string[] Names = { "x", "y", "z" };
        private static readonly string[] Gradients = { "4*x^3 + y + 2*x", "4*y^3 + x + z + 2*y", "4*z^3 + y + 2*z" };

        public static int Dimension => 3;

        public static IReadOnlyList<string> ParameterNames => Names;

        public static string Expression => "x^4 + y^4 + z^4 + x*y + y*z + x^2 + y^2 + z^2";

        public static IReadOnlyList<string> GradientExpressions => Gradients;

        public static bool HasConstantHessian => false;

        public static double ConstantLipschitz => double.NaN;

        public static double Value(ReadOnlySpan<double> theta)
        {
            double x = theta[0], y = theta[1], z = theta[2];
            return (x * x * x * x) + (y * y * y * y) + (z * z * z * z) + (x * y) + (y * z) + (x * x) + (y * y) + (z * z);
        }

        public static double ValueAndGradient(ReadOnlySpan<double> theta, Span<double> gradient)
        {
            double x = theta[0], y = theta[1], z = theta[2];
            gradient[0] = (4.0 * x * x * x) + y + (2.0 * x);
            gradient[1] = (4.0 * y * y * y) + x + z + (2.0 * y);
            gradient[2] = (4.0 * z * z * z) + y + (2.0 * z);
            return Value(theta);
        }

        public static void Hessian(ReadOnlySpan<double> theta, Span<double> hessian)
        {
            double x = theta[0], y = theta[1], z = theta[2];
            hessian[0] = (12.0 * x * x) + 2.0;
            hessian[1] = 1.0;
            hessian[2] = 0.0;
            hessian[3] = 1.0;
            hessian[4] = (12.0 * y * y) + 2.0;
            hessian[5] = 1.0;
            hessian[6] = 0.0;
            hessian[7] = 1.0;
            hessian[8] = (12.0 * z * z) + 2.0;
        }

        public static double ValueGradientHessian(ReadOnlySpan<double> theta, Span<double> gradient, Span<double> hessian)
        {
            Hessian(theta, hessian);
            return ValueAndGradient(theta, gradient);
        }
    }
}
