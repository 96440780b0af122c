using System;
using System.Collections.Generic;

namespace SymbolicGd.Tests.Losses
{
    /// <summary>Rosenbrock: minimum (1, 1); Hessian [[2 - 400 y + 1200 x^2, -400 x], [-400 x, 200]].</summary>
    internal readonly struct RosenbrockLoss : ISymbolicLoss
    {
        private static readonly string[] Names = { "x", "y" };
        private static readonly string[] Gradients = { "-2*(1 - x) - 400*x*(y - x^2)", "200*(y - x^2)" };

        public static int Dimension => 2;

        public static IReadOnlyList<string> ParameterNames => Names;

        public static string Expression => "(1 - x)^2 + 100*(y - x^2)^2";

        public static IReadOnlyList<string> GradientExpressions => Gradients;

        public static bool HasConstantHessian => false;

        public static double ConstantLipschitz => double.NaN;

        public static double Value(ReadOnlySpan<double> theta)
        {
            double a = 1.0 - theta[0], b = theta[1] - (theta[0] * theta[0]);
            return (a * a) + (100.0 * b * b);
        }

        public static double ValueAndGradient(ReadOnlySpan<double> theta, Span<double> gradient)
        {
            double b = theta[1] - (theta[0] * theta[0]);
            gradient[0] = (-2.0 * (1.0 - theta[0])) - (400.0 * theta[0] * b);
            gradient[1] = 200.0 * b;
            return Value(theta);
        }

        public static void Hessian(ReadOnlySpan<double> theta, Span<double> hessian)
        {
            hessian[0] = 2.0 - (400.0 * theta[1]) + (1200.0 * theta[0] * theta[0]);
            hessian[1] = -400.0 * theta[0];
            hessian[2] = -400.0 * theta[0];
            hessian[3] = 200.0;
        }

        public static double ValueGradientHessian(ReadOnlySpan<double> theta, Span<double> gradient, Span<double> hessian)
        {
            Hessian(theta, hessian);
            return ValueAndGradient(theta, gradient);
        }
    }
}
