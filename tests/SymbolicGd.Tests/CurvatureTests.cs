using System;
using System.Linq;
using MathNet.Numerics.LinearAlgebra;
using SymbolicGd.Tests.Losses;
using Xunit;

namespace SymbolicGd.Tests
{
    // Curvature at a point, against hand-computed eigenvalues of the Rosenbrock Hessian
    // [[2 - 400 y + 1200 x^2, -400 x], [-400 x, 200]] and of the line fit's constant Hessian.
    public class CurvatureTests
    {
        [Fact]
        public void Rosenbrock_at_zero_one_has_eigenvalues_minus_398_and_200()
        {
            Assert.Equal(new[] { -398.0, 200.0 }, Curvature.Eigenvalues<RosenbrockLoss>([0.0, 1.0]));
            Assert.Equal(398.0, Curvature.Lipschitz<RosenbrockLoss>([0.0, 1.0]));
        }

        [Fact]
        public void Rosenbrock_at_the_standard_start_has_L_765_plus_sqrt_549625()
        {
            // H = [[1330, 480], [480, 200]]: eigenvalues 765 +- sqrt(565^2 + 480^2) = 765 +- sqrt(549625).
            double r = Math.Sqrt(549625.0);
            double[] lambda = Curvature.Eigenvalues<RosenbrockLoss>([-1.2, 1.0]);
            Assert.Equal(765.0 - r, lambda[0], 1e-10);
            Assert.Equal(765.0 + r, lambda[1], 1e-10);
            Assert.Equal(765.0 + r, Curvature.Lipschitz(new InstanceOf<RosenbrockLoss>(), [-1.2, 1.0]), 1e-10);
        }

        [Fact]
        public void A_data_loss_has_the_eigenvalues_of_its_normal_matrix()
        {
            // x = (0, 1, 2): mean x = 1, mean x^2 = 5/3; H = [[2, 2], [2, 10/3]], eigenvalues 8/3 +- sqrt(4/9 + 4).
            var loss = new LineFitLoss([0.0, 1.0, 2.0], [1.0, 2.0, 2.0]);
            double r = Math.Sqrt((4.0 / 9.0) + 4.0);
            double[] lambda = Curvature.Eigenvalues(loss, [5.0, -3.0]);
            Assert.Equal((8.0 / 3.0) - r, lambda[0], 1e-14);
            Assert.Equal((8.0 / 3.0) + r, lambda[1], 1e-14);
            Assert.Equal(loss.Lipschitz, Curvature.Lipschitz(loss, [0.0, 0.0]), 1e-14);
        }

        [Fact]
        public void Three_parameters_go_through_the_Jacobi_solver_and_agree_with_MathNet_in_ascending_order()
        {
            // Hessian of x^4 + y^4 + z^4 + x^2 + y^2 + z^2 + xy + yz: diag(12 t^2 + 2) with 1 off the diagonal.
            double x = 1.0, y = -0.5, z = 0.25;
            var h = Matrix<double>.Build.DenseOfArray(new double[,]
            {
                { (12 * x * x) + 2, 1, 0 },
                { 1, (12 * y * y) + 2, 1 },
                { 0, 1, (12 * z * z) + 2 },
            });
            double[] expected = h.Evd(Symmetricity.Symmetric).EigenValues.Select(c => c.Real).OrderBy(v => v).ToArray();

            double[] lambda = Curvature.Eigenvalues<CoupledQuarticLoss>([x, y, z]);

            for (int i = 0; i < 3; i++)
            {
                Assert.Equal(expected[i], lambda[i], 1e-12);
            }

            Assert.Equal(expected.Max(Math.Abs), Curvature.Lipschitz<CoupledQuarticLoss>([x, y, z]), 1e-12);
        }

        [Fact]
        public void A_point_of_the_wrong_length_is_refused_before_anything_is_evaluated()
        {
            var error = Assert.Throws<ArgumentException>(() => Curvature.Lipschitz<RosenbrockLoss>([1.0, 2.0, 3.0]));
            Assert.Equal("theta", error.ParamName);
            Assert.Contains("theta must have 2 value(s), one per parameter of RosenbrockLoss (x, y), but has 3", error.Message, StringComparison.Ordinal);
            Assert.Throws<ArgumentException>(() => Curvature.Eigenvalues(new LineFitLoss([0.0], [0.0]), [1.0]));
        }

        [Fact]
        public void A_non_finite_Hessian_gives_NaN()
        {
            // (theta - 1)^2 + |theta|^1.5: the second derivative is infinite at 0.
            Assert.True(double.IsNaN(Curvature.Lipschitz<CuspLoss>([0.0])));
            Assert.True(double.IsNaN(Curvature.Eigenvalues<CuspLoss>([0.0])[0]));
        }
    }
}
