using System;
using System.Collections.Generic;

namespace SymbolicGd.Tests.Losses
{
    /// <summary>-x^2: a maximum at 0, Hessian -2 everywhere (L = 2, mu = -2).</summary>
    internal readonly struct ConcaveLoss : ISymbolicLoss
    {
        private static readonly string[] Names = { "x" };
        private static readonly string[] Gradients = { "-2*x" };

        public static int Dimension => 1;

        public static IReadOnlyList<string> ParameterNames => Names;

        public static string Expression => "-x^2";

        public static IReadOnlyList<string> GradientExpressions => Gradients;

        public static bool HasConstantHessian => true;

        public static double ConstantLipschitz => 2.0;

        public static double Value(ReadOnlySpan<double> theta)
        {
            return -(theta[0] * theta[0]);
        }

        public static double ValueAndGradient(ReadOnlySpan<double> theta, Span<double> gradient)
        {
            gradient[0] = -2.0 * theta[0];
            return Value(theta);
        }

        public static void Hessian(ReadOnlySpan<double> theta, Span<double> hessian)
        {
            hessian[0] = -2.0;
        }

        public static double ValueGradientHessian(ReadOnlySpan<double> theta, Span<double> gradient, Span<double> hessian)
        {
            Hessian(theta, hessian);
            return ValueAndGradient(theta, gradient);
        }
    }
}
