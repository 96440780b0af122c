using System;
using System.Collections.Generic;
using SymbolicGd.Tests.Losses;
using Xunit;

namespace SymbolicGd.Tests
{
    // L_t is the largest ABSOLUTE Hessian eigenvalue: along an eigenvalue -6 a step of eta
    // multiplies the error by |1 + 6 eta|, so the bound 2/L must use 6, not the signed maximum.
    public class NegativeCurvatureTests
    {
        [Fact]
        public void A_constant_Hessian_with_a_negative_eigenvalue_uses_its_magnitude()
        {
            // diag(2, -6): 2/L = 1/3. eta = 0.4 is below 2/2 = 1 (the signed maximum) but above 1/3.
            var options = new DescentOptions { LearningRate = 0.4, Guard = StepGuard.Throw };
            var error = Assert.Throws<UnstableLearningRateException>(() => GradientDescent.Minimize<SaddleLoss>(new[] { 1.0, 1e-3 }, options));

            Assert.Equal(6.0, error.Lipschitz);
            Assert.Equal(1.0 / 3.0, error.MaxStableLearningRate, 1e-15);
        }

        [Fact]
        public void A_Hessian_that_turns_negative_is_measured_by_its_magnitude_each_step()
        {
            // (x^2 - 1)^2 at x = 0.1: second derivative 12 (0.01) - 4 = -3.88, so L_0 = 3.88.
            var curvatures = new List<double>();
            var thetas = new List<double>();
            var options = new DescentOptions
            {
                OnStep = step =>
                {
                    curvatures.Add(step.Lipschitz);
                    thetas.Add(step.Theta[0]);
                },
            };

            var result = GradientDescent.Minimize<DoubleWellLoss>(new[] { 0.1 }, options);

            Assert.Equal(3.88, curvatures[0], 1e-14);
            for (int t = 0; t < thetas.Count; t++)
            {
                Assert.Equal(Math.Abs((12.0 * thetas[t] * thetas[t]) - 4.0), curvatures[t], 1e-12);
            }

            Assert.Equal(StopReason.Converged, result.StopReason);
            Assert.Equal(1.0, result.Minimum[0], 1e-9);
        }

        [Fact]
        public void A_two_by_two_Hessian_with_a_negative_eigenvalue_uses_its_magnitude()
        {
            // Rosenbrock at (0, 1): Hessian [[2 - 400, 0], [0, 200]] = diag(-398, 200), so L = 398, not 200.
            double curvature = double.NaN;
            var options = new DescentOptions { MaxSteps = 1, OnStep = step => curvature = step.Lipschitz };

            GradientDescent.Minimize<RosenbrockLoss>(new[] { 0.0, 1.0 }, options);

            Assert.Equal(398.0, curvature, 1e-12);
        }
    }
}
