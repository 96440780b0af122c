using System;
using Xunit;

namespace SymbolicGd.Tests
{
    // The stable functions against closed forms and series references at extreme arguments.
    public class SymbolicMathTests
    {
        // Relative agreement to a few ulps.
        private static void Close(double expected, double actual, double ulps = 4)
        {
            if (expected == 0.0)
            {
                Assert.Equal(0.0, actual);
                return;
            }

            double relative = Math.Abs(actual - expected) / Math.Abs(expected);
            Assert.True(relative <= ulps * 2.2e-16, $"expected {expected:R}, got {actual:R} (relative error {relative:E2})");
        }

        // log(1 + x) for |x| <= 0.05 from its alternating series, summed smallest term first.
        private static double Log1pSeries(double x)
        {
            double sum = 0.0;
            for (int k = 40; k >= 1; k--)
            {
                sum += (k % 2 == 1 ? 1.0 : -1.0) * Math.Pow(x, k) / k;
            }

            return sum;
        }

        [Theory]
        [InlineData(1e-3)]
        [InlineData(-1e-3)]
        [InlineData(1e-8)]
        [InlineData(-3e-9)]
        [InlineData(1e-15)]
        [InlineData(2.5e-17)]
        [InlineData(1e-300)]
        public void Log1p_is_accurate_for_tiny_arguments(double x)
        {
            Close(Log1pSeries(x), SymbolicMath.Log1p(x));
        }

        [Theory]
        [InlineData(0.5)]
        [InlineData(1.0)]
        [InlineData(-0.5)]
        [InlineData(1e10)]
        [InlineData(1e300)]
        public void Log1p_matches_log_where_one_plus_x_is_exact_or_irrelevant(double x)
        {
            Close(Math.Log(1.0 + x), SymbolicMath.Log1p(x));
        }

        [Fact]
        public void Log1p_edges()
        {
            Assert.Equal(double.NegativeInfinity, SymbolicMath.Log1p(-1.0));
            Assert.True(double.IsNaN(SymbolicMath.Log1p(-2.0)));
            Assert.True(double.IsNaN(SymbolicMath.Log1p(double.NaN)));
            Assert.Equal(double.PositiveInfinity, SymbolicMath.Log1p(double.PositiveInfinity));
            Assert.Equal(0.0, SymbolicMath.Log1p(0.0));
        }

        [Theory]
        [InlineData(0.0)]
        [InlineData(1.0)]
        [InlineData(-1.0)]
        [InlineData(5.0)]
        [InlineData(-5.0)]
        public void Sigmoid_matches_the_closed_form_at_moderate_arguments(double z)
        {
            Close(1.0 / (1.0 + Math.Exp(-z)), SymbolicMath.Sigmoid(z));
        }

        [Theory]
        [InlineData(-40.0)]
        [InlineData(-700.0)]
        [InlineData(-745.0)]
        public void Sigmoid_keeps_precision_far_left(double z)
        {
            // sigmoid(z) = e^z / (1 + e^z) = e^z (1 - e^z + ...): relative correction e^z, below an ulp here.
            double expected = Math.Exp(z) * (1.0 - Math.Exp(z));
            if (z > -709.0)
            {
                Close(expected, SymbolicMath.Sigmoid(z));
            }
            else
            {
                Assert.Equal(expected, SymbolicMath.Sigmoid(z));
            }
        }

        [Fact]
        public void Sigmoid_saturates_without_overflow()
        {
            Assert.Equal(1.0, SymbolicMath.Sigmoid(800.0));
            Assert.Equal(1.0, SymbolicMath.Sigmoid(double.MaxValue));
            Assert.Equal(0.0, SymbolicMath.Sigmoid(-800.0));
            Assert.Equal(0.0, SymbolicMath.Sigmoid(-double.MaxValue));
            Assert.Equal(1.0, SymbolicMath.Sigmoid(double.PositiveInfinity));
            Assert.Equal(0.0, SymbolicMath.Sigmoid(double.NegativeInfinity));
            Assert.True(double.IsNaN(SymbolicMath.Sigmoid(double.NaN)));
            // 1 - sigmoid(40) = sigmoid(-40) is below half an ulp of 1.
            Assert.Equal(1.0 - 4.248354255291589e-18, SymbolicMath.Sigmoid(40.0));
        }

        [Fact]
        public void Sigmoid_is_symmetric_about_one_half()
        {
            for (double z = -30.0; z <= 30.0; z += 0.37)
            {
                Assert.Equal(1.0, SymbolicMath.Sigmoid(z) + SymbolicMath.Sigmoid(-z), 1e-15);
            }
        }

        [Theory]
        [InlineData(0.0)]
        [InlineData(1.0)]
        [InlineData(-1.0)]
        [InlineData(3.0)]
        public void Softplus_matches_the_closed_form_at_moderate_arguments(double z)
        {
            // 1 + e^z >= 1.36 here, so rounding it costs only a few ulps of the logarithm.
            Close(Math.Log(1.0 + Math.Exp(z)), SymbolicMath.Softplus(z), 8);
        }

        [Theory]
        [InlineData(-3.0)]
        [InlineData(-5.0)]
        [InlineData(-12.0)]
        public void Softplus_matches_the_log1p_series_left_of_zero(double z)
        {
            // Here the naive log(1 + e^z) loses digits in 1 + e^z; the series in u = e^z does not.
            Close(Log1pSeries(Math.Exp(z)), SymbolicMath.Softplus(z));
        }

        [Theory]
        [InlineData(-40.0)]
        [InlineData(-100.0)]
        [InlineData(-700.0)]
        public void Softplus_keeps_precision_far_left(double z)
        {
            // log(1 + u) = u - u^2/2 + ... with u = e^z tiny; the naive form rounds 1 + u to 1 and returns 0.
            double u = Math.Exp(z);
            Close(u - (u * u / 2.0), SymbolicMath.Softplus(z));
            Assert.Equal(0.0, Math.Log(1.0 + u));
        }

        [Theory]
        [InlineData(40.0)]
        [InlineData(710.0)]
        [InlineData(1e300)]
        public void Softplus_does_not_overflow_far_right(double z)
        {
            // log(1 + e^z) = z + log(1 + e^-z) = z + e^-z - ...; the naive form overflows beyond 709.
            Close(z + Math.Exp(-z), SymbolicMath.Softplus(z));
        }

        [Fact]
        public void Softplus_edges()
        {
            Assert.Equal(Math.Log(2.0), SymbolicMath.Softplus(0.0));
            Assert.Equal(double.PositiveInfinity, SymbolicMath.Softplus(double.PositiveInfinity));
            Assert.Equal(0.0, SymbolicMath.Softplus(double.NegativeInfinity));
            Assert.True(double.IsNaN(SymbolicMath.Softplus(double.NaN)));
        }
    }
}
