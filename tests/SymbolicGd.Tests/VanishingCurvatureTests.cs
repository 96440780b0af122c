using System;
using System.Collections.Generic;
using Xunit;

namespace SymbolicGd.Tests
{
    // Automatic steps are 1/L_t. Where L_t is positive but so small that 1/L_t overflows (a
    // denormal curvature, as in the nearly linear stretch of log(exp(x - 800) + exp(800 - x))),
    // the curvature gives no usable scale, exactly as where L_t = 0: the run must take the
    // fallback step (the last one, or 1) and stay finite, never step by infinity.
    public class VanishingCurvatureTests
    {
        [Theory]
        [InlineData(DescentMethod.GradientDescent)]
        [InlineData(DescentMethod.HeavyBall)]
        [InlineData(DescentMethod.Nesterov)]
        public void A_denormal_curvature_gives_the_fallback_step_not_an_infinite_one(DescentMethod method)
        {
            // f(x) = c x^2 / 2 + x with c = 4.9e-324 (double.Epsilon): f' = c x + 1 = 1 for every |x| << 1e300,
            // so a step of 1 moves x by exactly -1 and the loss falls by exactly 1 per step.
            var loss = new TinyCurvatureLoss(double.Epsilon);
            DescentResult result = GradientDescent.Minimize(loss, [0.0], new DescentOptions { Method = method, MaxSteps = 10 });

            Assert.Equal(StopReason.MaxSteps, result.StopReason);
            Assert.Equal(10, result.Steps);
            Assert.Equal(-10.0, result.Minimum[0]);
            Assert.Equal(-10.0, result.Value);
        }

        [Fact]
        public void The_smallest_curvature_with_a_finite_automatic_step_still_sets_the_scale()
        {
            // c = 1e-300: 1/c = 1e300 is finite, so the automatic step is 1/L and lands on the minimum
            // x* = -1/c in one step (a quadratic is solved by eta = 1/L).
            var loss = new TinyCurvatureLoss(1e-300);
            DescentResult result = GradientDescent.Minimize(loss, [0.0], new DescentOptions { MaxSteps = 3 });

            Assert.Equal(-1e300, result.Minimum[0], 1e285);
        }

        private readonly struct TinyCurvatureLoss : ILoss
        {
            private readonly double _c;

            public TinyCurvatureLoss(double c) => _c = c;

            public int Dimension => 1;

            public IReadOnlyList<string> ParameterNames => ["x"];

            public string Expression => "c*x^2/2 + x";

            public bool HasConstantHessian => true;

            public double Lipschitz => _c;

            public double Value(ReadOnlySpan<double> theta) => (0.5 * _c * theta[0] * theta[0]) + theta[0];

            public double ValueAndGradient(ReadOnlySpan<double> theta, Span<double> gradient)
            {
                gradient[0] = (_c * theta[0]) + 1.0;
                return Value(theta);
            }

            public void Hessian(ReadOnlySpan<double> theta, Span<double> hessian) => hessian[0] = _c;

            public double ValueGradientHessian(ReadOnlySpan<double> theta, Span<double> gradient, Span<double> hessian)
            {
                hessian[0] = _c;
                return ValueAndGradient(theta, gradient);
            }
        }
    }
}
