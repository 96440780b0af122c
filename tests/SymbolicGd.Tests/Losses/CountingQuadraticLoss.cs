using System;
using System.Collections.Generic;

namespace SymbolicGd.Tests.Losses
{
    /// <summary>
    /// 0.5 (4 x^2 + y^2) as a class implementing ILoss, counting what the descent loop calls: a
    /// constant Hessian must be read through Lipschitz once per run, never eigen-solved per step.
    /// </summary>
    internal sealed class CountingQuadraticLoss : ILoss
    {
        private static readonly string[] Names = { "x", "y" };

        public int LipschitzReads { get; private set; }

        public int HessianCalls { get; private set; }

        public int GradientCalls { get; private set; }

        public int Dimension => 2;

        public IReadOnlyList<string> ParameterNames => Names;

        public string Expression => "0.5*(4*x^2 + y^2)";

        public bool HasConstantHessian => true;

        public double Lipschitz
        {
            get
            {
                LipschitzReads++;
                return 4.0;
            }
        }

        public double Value(ReadOnlySpan<double> theta) => 0.5 * ((4.0 * theta[0] * theta[0]) + (theta[1] * theta[1]));

        public double ValueAndGradient(ReadOnlySpan<double> theta, Span<double> gradient)
        {
            GradientCalls++;
            gradient[0] = 4.0 * theta[0];
            gradient[1] = theta[1];
            return Value(theta);
        }

        public void Hessian(ReadOnlySpan<double> theta, Span<double> hessian)
        {
            HessianCalls++;
            hessian[0] = 4.0;
            hessian[1] = 0.0;
            hessian[2] = 0.0;
            hessian[3] = 1.0;
        }

        public double ValueGradientHessian(ReadOnlySpan<double> theta, Span<double> gradient, Span<double> hessian)
        {
            Hessian(theta, hessian);
            return ValueAndGradient(theta, gradient);
        }
    }
}
