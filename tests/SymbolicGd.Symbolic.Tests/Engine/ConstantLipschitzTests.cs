using System;
using System.Linq;
using System.Text;
using MathNet.Numerics.LinearAlgebra;
using SymbolicGd.Symbolic.Tests.Support;
using Xunit;

namespace SymbolicGd.Symbolic.Tests.Engine
{
    /// <summary>Constant Hessians and their Lipschitz constant, against closed forms and MathNet.Numerics.</summary>
    public class ConstantLipschitzTests
    {
        [Fact]
        public void One_dimensional_quadratic()
        {
            LossDefinition loss = Compiled.Loss("(theta - 3)^2", "theta");
            Assert.True(loss.HasConstantHessian);
            Assert.Equal(new[] { 2.0 }, loss.ConstantHessian);
            Assert.Equal(2.0, loss.ConstantLipschitz);
        }

        [Fact]
        public void Two_dimensional_quadratic_matches_the_closed_form()
        {
            // H = [[2, 3], [3, 10]]: eigenvalues 6 +- 5, L = 11.
            LossDefinition loss = Compiled.Loss("x^2 + 3*x*y + 5*y^2 - 7*x + 1", "x", "y");
            Assert.True(loss.HasConstantHessian);
            Assert.Equal(new[] { 2.0, 3.0, 3.0, 10.0 }, loss.ConstantHessian);
            Assert.Equal(11.0, loss.ConstantLipschitz, 12);
        }

        [Fact]
        public void Indefinite_quadratic_uses_the_largest_absolute_eigenvalue()
        {
            // H = [[2, 0], [0, -8]]: L = 8.
            LossDefinition loss = Compiled.Loss("x^2 - 4*y^2", "x", "y");
            Assert.Equal(8.0, loss.ConstantLipschitz, 12);
        }

        [Fact]
        public void Random_quadratics_match_MathNet_eigenvalues()
        {
            var random = new Random(11);
            for (int trial = 0; trial < 40; trial++)
            {
                int n = 1 + random.Next(7);
                var a = new double[n, n];
                var text = new StringBuilder("0");
                string[] names = Enumerable.Range(0, n).Select(i => "v" + i).ToArray();
                for (int i = 0; i < n; i++)
                {
                    for (int j = i; j < n; j++)
                    {
                        double c = random.Next(-20, 21) / 4.0;
                        text.Append(" + ").Append(c.ToString("R", System.Globalization.CultureInfo.InvariantCulture)).Append('*').Append(names[i]).Append('*').Append(names[j]);
                        a[i, j] += c;
                        a[j, i] += c;
                    }

                    text.Append(" + ").Append(i).Append('*').Append(names[i]);
                }

                // Hessian of sum c_ij x_i x_j (i <= j) is a + a^T restricted: diagonal 2c_ii, off-diagonal c_ij.
                Matrix<double> expected = Matrix<double>.Build.DenseOfArray(a);
                LossDefinition loss = Compiled.Loss(text.ToString(), names);
                Assert.True(loss.HasConstantHessian, text.ToString());
                for (int i = 0; i < n; i++)
                {
                    for (int j = 0; j < n; j++)
                    {
                        Assert.Equal(expected[i, j], loss.ConstantHessian![i * n + j], 12);
                    }
                }

                double lipschitz = expected.Evd().EigenValues.Select(e => e.Magnitude).Max();
                Assert.True(Close.Enough(lipschitz, loss.ConstantLipschitz, 1e-10), $"{text}: {lipschitz} vs {loss.ConstantLipschitz}");
            }
        }

        [Fact]
        public void Least_squares_Hessian_is_twice_the_Gram_matrix()
        {
            LossDefinition loss = Compiled.Loss(BenchmarkLosses.LeastSquares(), BenchmarkLosses.LeastSquaresParameters);
            Assert.True(loss.HasConstantHessian);
            var design = Matrix<double>.Build.Dense(12, 10, (k, j) => (((k * 7) + (j * 3)) % 11 - 5) / 4.0);
            Matrix<double> hessian = 2 * design.TransposeThisAndMultiply(design);
            double lipschitz = hessian.Evd().EigenValues.Select(e => e.Magnitude).Max();
            Assert.True(Close.Enough(lipschitz, loss.ConstantLipschitz, 1e-10));
        }

        [Theory]
        [InlineData("x^3")]
        [InlineData("exp(x) + y^2")]
        [InlineData("(1 - x)^2 + 100*(y - x^2)^2")]
        public void Non_constant_Hessians_are_detected(string expression)
        {
            LossDefinition loss = Compiled.Loss(expression, "x", "y");
            Assert.False(loss.HasConstantHessian);
            Assert.Null(loss.ConstantHessian);
            Assert.True(double.IsNaN(loss.ConstantLipschitz));
        }

        [Fact]
        public void Abs_has_zero_second_derivative_away_from_its_kink()
        {
            LossDefinition loss = Compiled.Loss("abs(x) + y^2", "x", "y");
            Assert.True(loss.HasConstantHessian);
            Assert.Equal(2.0, loss.ConstantLipschitz);
        }

        [Fact]
        public void Linear_losses_have_zero_curvature()
        {
            LossDefinition loss = Compiled.Loss("3*x - 2*y + 1", "x", "y");
            Assert.True(loss.HasConstantHessian);
            Assert.Equal(0.0, loss.ConstantLipschitz);
        }
    }
}
