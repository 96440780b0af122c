using System;
using Xunit;

namespace SymbolicGd.Symbolic.Tests.Engine
{
    public class NumberTests
    {
        [Theory]
        [InlineData(0.1, 1, 10)]
        [InlineData(1e-3, 1, 1000)]
        [InlineData(2.5e4, 25000, 1)]
        [InlineData(0.75, 3, 4)]
        [InlineData(-1.25, -5, 4)]
        public void Literals_are_the_exact_decimal_the_user_wrote(double literal, long numerator, long denominator)
        {
            Number n = Number.FromLiteral(literal);
            Assert.True(n.IsExact);
            Assert.Equal(numerator, n.Numerator);
            Assert.Equal(denominator, n.Denominator);
            Assert.Equal(literal, n.Value);
        }

        [Fact]
        public void Exact_arithmetic_has_no_rounding()
        {
            Number tenth = Number.FromLiteral(0.1), fifth = Number.FromLiteral(0.2);
            Assert.Equal(Number.FromLiteral(0.3), tenth + fifth);
            Assert.Equal(0.3, (tenth + fifth).Value);
            Number third = Number.FromRational(1, 3);
            Assert.Equal(Number.One, third + third + third);
            Assert.Equal(Number.FromRational(8, 27), Number.Power(Number.FromRational(2, 3), Number.FromInteger(3)));
            Assert.Equal(Number.FromRational(1, 4), Number.Power(Number.FromInteger(2), Number.FromInteger(-2)));
            Assert.Equal(1.0 / 3.0, third.Value);
        }

        [Fact]
        public void Overflow_falls_back_to_the_nearest_double()
        {
            Number big = Number.Power(Number.FromInteger(3), Number.FromInteger(40));
            Assert.False(big.IsExact);
            Assert.Equal(Math.Pow(3, 40), big.Value, 0);
            Number tiny = Number.Power(Number.FromRational(1, 7), Number.FromInteger(30));
            Assert.False(tiny.IsExact);
            Assert.True(Math.Abs((tiny.Value / Math.Pow(7, -30)) - 1) < 1e-14);
        }

        [Fact]
        public void Non_finite_results_are_doubles()
        {
            Assert.True(double.IsPositiveInfinity(Number.Power(Number.Zero, Number.MinusOne).Value));
            Assert.True(double.IsPositiveInfinity(Number.Zero.Reciprocal().Value));
            Assert.True(double.IsNaN(Number.Power(Number.FromInteger(-8), Number.FromRational(1, 3)).Value));
            Assert.True(double.IsNaN((Number.Zero * Number.FromDouble(double.PositiveInfinity)).Value));
        }

        [Fact]
        public void Each_value_has_one_representation()
        {
            Assert.Equal(Number.FromInteger(2), Number.FromDouble(2.0));
            Assert.Equal(Number.Half, Number.FromDouble(0.5));
            Assert.Equal(Number.FromInteger(2).GetHashCode(), Number.FromDouble(2.0).GetHashCode());
            Assert.False(Number.FromDouble(Math.PI).IsExact);
            Assert.NotEqual(Number.FromDouble(Math.PI), Number.FromDouble(Math.E));
        }
    }
}
