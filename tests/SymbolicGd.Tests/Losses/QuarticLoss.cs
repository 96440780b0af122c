using System;
using System.Collections.Generic;

namespace SymbolicGd.Tests.Losses
{
    /// <summary>theta^4: local curvature 12 theta^2, so automatic steps give theta_{k+1} = theta - 4 theta^3 / (12 theta^2) = (2/3) theta.</summary>
    internal readonly struct QuarticLoss : ISymbolicLoss
    {
        private static readonly string[] Names = { "theta" };
        private static readonly string[] Gradients = { "4*theta^3" };

        public static int Dimension => 1;

        public static IReadOnlyList<string> ParameterNames => Names;

        public static string Expression => "theta^4";

        public static IReadOnlyList<string> GradientExpressions => Gradients;

        public static bool HasConstantHessian => false;

        public static double ConstantLipschitz => double.NaN;

        public static double Value(ReadOnlySpan<double> theta)
        {
            double t2 = theta[0] * theta[0];
            return t2 * t2;
        }

        public static double ValueAndGradient(ReadOnlySpan<double> theta, Span<double> gradient)
        {
            gradient[0] = 4.0 * theta[0] * theta[0] * theta[0];
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
