using System;
using System.Collections.Generic;

namespace SymbolicGd.Tests.Losses
{
    /// <summary>
    /// sqrt((x - 1)^2 + (y - 2)^2), the distance to (1, 2): a cone whose tip is the minimum, with
    /// gradient (x - 1, y - 2)/r and Hessian (I - u u^T)/r (u the unit vector), written the way the
    /// generator emits it, so that at the tip both are 0/0 = NaN while the value is 0.
    /// </summary>
    internal readonly struct ConeLoss : ISymbolicLoss
    {
        private static readonly string[] Names = { "x", "y" };
        private static readonly string[] Gradients = { "(x - 1)/sqrt((x - 1)^2 + (y - 2)^2)", "(y - 2)/sqrt((x - 1)^2 + (y - 2)^2)" };

        public static int Dimension => 2;

        public static IReadOnlyList<string> ParameterNames => Names;

        public static string Expression => "sqrt((x - 1)^2 + (y - 2)^2)";

        public static IReadOnlyList<string> GradientExpressions => Gradients;

        public static bool HasConstantHessian => false;

        public static double ConstantLipschitz => double.NaN;

        public static double Value(ReadOnlySpan<double> theta)
        {
            double a = theta[0] - 1.0, b = theta[1] - 2.0;
            return Math.Sqrt((a * a) + (b * b));
        }

        public static double ValueAndGradient(ReadOnlySpan<double> theta, Span<double> gradient)
        {
            double a = theta[0] - 1.0, b = theta[1] - 2.0, r = Math.Sqrt((a * a) + (b * b));
            gradient[0] = a / r;
            gradient[1] = b / r;
            return r;
        }

        public static void Hessian(ReadOnlySpan<double> theta, Span<double> hessian)
        {
            double a = theta[0] - 1.0, b = theta[1] - 2.0, r2 = (a * a) + (b * b), r = Math.Sqrt(r2), r3 = r2 * r;
            hessian[0] = (1.0 / r) - (a * a / r3);
            hessian[1] = -a * b / r3;
            hessian[2] = -a * b / r3;
            hessian[3] = (1.0 / r) - (b * b / r3);
        }

        public static double ValueGradientHessian(ReadOnlySpan<double> theta, Span<double> gradient, Span<double> hessian)
        {
            Hessian(theta, hessian);
            return ValueAndGradient(theta, gradient);
        }
    }
}
