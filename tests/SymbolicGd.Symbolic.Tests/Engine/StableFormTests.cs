using System;
using System.Collections.Generic;
using System.Linq;
using SymbolicGd.Symbolic.Tests.Support;
using Xunit;

namespace SymbolicGd.Symbolic.Tests.Engine
{
    /// <summary>
    /// The stable forms the emitter spells out or calls: softplus and sigmoid sharing one exp
    /// agree with SymbolicMath's definitions to a few ulps for every z (and are stable where the
    /// naive formulas overflow or round to 0); SymbolicMath.Hypot is the norm without under- or
    /// overflow, bit for bit the plain formula where that is safe.
    /// </summary>
    public class StableFormTests
    {
        private const int Ulps = 4;

        [Fact]
        public void Fused_softplus_and_sigmoid_match_SymbolicMath_to_a_few_ulps_for_every_z()
        {
            // softplus(z) with its gradient: the shared-exp form for both.
            var emitted = new EmittedLosses(new[] { ("softplus(z)", new[] { "z" }) });
            Assert.DoesNotContain("SymbolicMath", string.Concat(CSharpEmitter.EmitStatements(Compiled.Loss("softplus(z)", "z"), new EmitRequest { Parameters = new[] { "z" }, ReturnValue = true, GradientSpan = "g" })));

            var points = new List<double> { 0.0, -0.0, 1e-300, -1e-300, 1, -1, 36.7, -36.7, 37.5, -37.5, 40, -40, 709, -709, 745, -745, 800, -800, 1e308, -1e308 };
            var random = new Random(7);
            for (int i = 0; i < 4000; i++)
            {
                points.Add((random.Next(2) == 0 ? -1 : 1) * Math.Pow(10, -300 + (303 * random.NextDouble())));
                points.Add(-800 + (1600 * random.NextDouble()));
            }

            foreach (double z in points)
            {
                (double value, double[] gradient, _) = emitted.Evaluate("softplus(z)", new[] { "z" }, new[] { z });
                AssertUlps(SymbolicMath.Softplus(z), value, $"softplus({z:R})");
                AssertUlps(SymbolicMath.Sigmoid(z), gradient[0], $"sigmoid({z:R})");
            }

            // Beyond ulps: where the naive formulas fail. softplus(z) = e^z (1 - e^z/2 + ...) for
            // z << 0 (log(1 + e^z) rounds to 0 below -37); softplus(z) = z for z >> 0 (e^z overflows).
            foreach (double z in new[] { -40.0, -100.0, -700.0 })
            {
                (double value, double[] gradient, _) = emitted.Evaluate("softplus(z)", new[] { "z" }, new[] { z });
                Assert.True(Math.Abs(value - Math.Exp(z)) <= 2e-16 * Math.Exp(z), $"softplus({z}) = {value:R}, e^z = {Math.Exp(z):R}");
                Assert.True(Math.Abs(gradient[0] - Math.Exp(z)) <= 2e-16 * Math.Exp(z), $"sigmoid({z}) = {gradient[0]:R}");
            }

            Assert.Equal(1000.0, emitted.Evaluate("softplus(z)", new[] { "z" }, new[] { 1000.0 }).Value);
            Assert.Equal(1.0, emitted.Evaluate("softplus(z)", new[] { "z" }, new[] { 1000.0 }).Gradient[0]);
            Assert.Equal(double.PositiveInfinity, emitted.Evaluate("softplus(z)", new[] { "z" }, new[] { double.PositiveInfinity }).Value);
            Assert.Equal(0.0, emitted.Evaluate("softplus(z)", new[] { "z" }, new[] { double.NegativeInfinity }).Value);
            Assert.True(double.IsNaN(emitted.Evaluate("softplus(z)", new[] { "z" }, new[] { double.NaN }).Value));
            Assert.True(double.IsNaN(emitted.Evaluate("softplus(z)", new[] { "z" }, new[] { double.NaN }).Gradient[0]));
        }

        [Theory]
        [InlineData(3.0, 4.0, 5.0)]
        [InlineData(-3.0, -4.0, 5.0)]
        [InlineData(0.0, 0.0, 0.0)]
        [InlineData(1e-200, 0.0, 1e-200)]
        [InlineData(3e-200, 4e-200, 5e-200)]
        [InlineData(3e200, 4e200, 5e200)]
        [InlineData(3e300, -4e300, 5e300)]
        [InlineData(5e-324, 0.0, 5e-324)]
        [InlineData(1e308, 1e308, 1.4142135623730951e308)]
        [InlineData(double.PositiveInfinity, 1.0, double.PositiveInfinity)]
        [InlineData(double.NaN, double.NegativeInfinity, double.PositiveInfinity)]
        [InlineData(double.NaN, 1.0, double.NaN)]
        public void Hypot_of_two_has_no_under_or_overflow(double a, double b, double expected)
        {
            // Within an ulp or two of the decimal closed form (3e200 is not exactly a double).
            foreach (double h in new[] { SymbolicMath.Hypot(a, b), SymbolicMath.Hypot(b, a) })
            {
                Assert.True(h.Equals(expected) || Math.Abs(h - expected) <= 3e-16 * expected, $"hypot({a:R}, {b:R}) = {h:R}, expected {expected:R}");
            }
        }

        [Fact]
        public void Hypot_of_three_and_four()
        {
            Assert.Equal(3.0, SymbolicMath.Hypot(1, 2, 2));
            Assert.Equal(7.0, SymbolicMath.Hypot(2e-200, 3e-200, 6e-200) * 1e200, 14);
            Assert.Equal(7.0, SymbolicMath.Hypot(2e-200, -3e-200, 6e-200) * 1e200, 14);
            Assert.Equal(2.0, SymbolicMath.Hypot(1, 1, -1, 1));
            Assert.Equal(9e250, SymbolicMath.Hypot(2e250, 4e250, 5e250, 6e250));
            Assert.Equal(double.PositiveInfinity, SymbolicMath.Hypot(double.NaN, 1, 2, double.NegativeInfinity));
        }

        [Fact]
        public void Hypot_is_the_plain_formula_where_that_is_safe_and_close_to_a_scaled_one_everywhere()
        {
            var random = new Random(3);
            for (int i = 0; i < 20000; i++)
            {
                double a = Signed(random) * Math.Pow(10, -320 + (628 * random.NextDouble()));
                double b = Signed(random) * Math.Pow(10, -320 + (628 * random.NextDouble()));
                double h = SymbolicMath.Hypot(a, b);
                double plain = Math.Sqrt((a * a) + (b * b));
                if (plain > 1e-150 && double.IsFinite((a * a) + (b * b)))
                {
                    Assert.Equal(plain, h); // same bits where nothing under- or overflows
                }

                // Independently: m sqrt(1 + (s/m)^2) with m the larger magnitude.
                double m = Math.Max(Math.Abs(a), Math.Abs(b)), s = Math.Min(Math.Abs(a), Math.Abs(b));
                double reference = m * Math.Sqrt(1 + ((s / m) * (s / m)));
                Assert.True(Math.Abs(h - reference) <= 4e-16 * reference, $"hypot({a:R}, {b:R}) = {h:R}, reference {reference:R}");
            }

            static double Signed(Random random) => random.Next(2) == 0 ? -1 : 1;
        }

        // |expected - actual| in units in the last place of expected (same sign; exact zeros and
        // NaN must match as such).
        private static void AssertUlps(double expected, double actual, string what)
        {
            if (double.IsNaN(expected) || expected == actual)
            {
                Assert.True(double.IsNaN(expected) == double.IsNaN(actual), $"{what}: {actual:R}, expected {expected:R}");
                return;
            }

            long distance = Math.Abs(BitConverter.DoubleToInt64Bits(expected) - BitConverter.DoubleToInt64Bits(actual));
            Assert.True(Math.Sign(expected) == Math.Sign(actual) && distance <= Ulps, $"{what}: {actual:R}, SymbolicMath {expected:R} ({distance} ulps)");
        }
    }
}
