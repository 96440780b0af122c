using System;
using System.Collections.Generic;

namespace SymbolicGd.Tests.Losses
{
    /// <summary>cosh(x): minimum 1 at 0, Newton step x - tanh(x) (cubic convergence); near 0 the value is 1 + x^2/2, which rounds to 1 for |x| below 1e-8.</summary>
    internal readonly struct CoshLoss : ISymbolicLoss
    {
        private static readonly string[] Names = { "x" };
        private static readonly string[] Gradients = { "sinh(x)" };

        public static int Dimension => 1;

        public static IReadOnlyList<string> ParameterNames => Names;

        public static string Expression => "cosh(x)";

        public static IReadOnlyList<string> GradientExpressions => Gradients;

        public static bool HasConstantHessian => false;

        public static double ConstantLipschitz => double.NaN;

        public static double Value(ReadOnlySpan<double> theta)
        {
            return Math.Cosh(theta[0]);
        }

        public static double ValueAndGradient(ReadOnlySpan<double> theta, Span<double> gradient)
        {
            gradient[0] = Math.Sinh(theta[0]);
            return Value(theta);
        }

        public static void Hessian(ReadOnlySpan<double> theta, Span<double> hessian)
        {
            hessian[0] = Math.Cosh(theta[0]);
        }

        public static double ValueGradientHessian(ReadOnlySpan<double> theta, Span<double> gradient, Span<double> hessian)
        {
            Hessian(theta, hessian);
            return ValueAndGradient(theta, gradient);
        }
    }
}
