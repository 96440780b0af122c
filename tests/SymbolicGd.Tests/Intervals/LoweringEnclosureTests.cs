using System;
using System.Linq;
using System.Numerics;
using Xunit;

namespace SymbolicGd.Tests.Intervals
{
    /// <summary>
    /// The enclosures of what the lowering emits besides the language's functions: Math.Max,
    /// SymbolicMath.Hypot with 2 to 4 arguments (the norm), and the branch
    /// (a &gt;= 0.0 ? b : c). For random boxes of every shape and points in them (ends included),
    /// the point call lies in the enclosure, and for the norm so does the exact value: checked as
    /// lower^2 &lt;= sum of the exact squares &lt;= upper^2 in integer arithmetic.
    /// </summary>
    public class LoweringEnclosureTests
    {
        [Fact]
        public void Max_contains_the_point_max_and_is_exact()
        {
            var rng = new Random(11);
            for (int trial = 0; trial < 2000; trial++)
            {
                Interval a = RandomBoxes.Box(rng), b = RandomBoxes.Box(rng);
                Interval max = Interval.Max(a, b);
                foreach (double x in RandomBoxes.PointsIn(a, rng, 3))
                {
                    foreach (double y in RandomBoxes.PointsIn(b, rng, 3))
                    {
                        Assert.True(max.Contains(Math.Max(x, y)), $"max({x:R}, {y:R}) not in {max} = Max({a}, {b})");
                    }
                }

                // Both bounds are attained: the corners' maxima.
                Assert.Equal(Math.Max(a.Lower, b.Lower), max.Lower);
                Assert.Equal(Math.Max(a.Upper, b.Upper), max.Upper);
            }

            Assert.False(Interval.Max(Interval.Undefined, 1.0).IsDefined);
        }

        [Theory]
        [InlineData(2)]
        [InlineData(3)]
        [InlineData(4)]
        public void Hypot_contains_the_point_norm_and_the_exact_one(int arity)
        {
            var rng = new Random(100 + arity);
            int exact = 0;
            for (int trial = 0; trial < 3000; trial++)
            {
                Interval[] box = Enumerable.Range(0, arity).Select(_ => RandomBoxes.Box(rng)).ToArray();
                Interval norm = Enclose(box);
                Assert.True(norm.IsDefined && norm.Lower >= 0.0);
                for (int k = 0; k < 8; k++)
                {
                    double[] p = box.Select(x => k == 0 ? x.Lower : k == 1 ? x.Upper : k == 2 ? Closest(x) : RandomBoxes.Inside(x, rng.NextDouble())).ToArray();
                    double point = Point(p);
                    Assert.True(norm.Contains(point), $"hypot({string.Join(", ", p.Select(v => v.ToString("R")))}) = {point:R} not in {norm}");
                    if (double.IsFinite(norm.Upper))
                    {
                        // norm.Lower^2 <= sum p_i^2 <= norm.Upper^2, all exact.
                        BigRational sum = p.Aggregate(BigRational.Zero, (s, v) => s + BigRational.Square(v));
                        Assert.True(BigRational.Square(norm.Lower) <= sum && sum <= BigRational.Square(norm.Upper), $"the exact norm of ({string.Join(", ", p.Select(v => v.ToString("R")))}) is not in {norm}");
                        exact++;
                    }
                }
            }

            Assert.True(exact > 10_000, $"{exact} exact checks");
            Assert.False(Enclose(Enumerable.Repeat(Interval.Undefined, arity).ToArray()).IsDefined);
        }

        [Fact]
        public void Hypot_of_tiny_and_huge_arguments_neither_underflows_nor_overflows()
        {
            Interval tiny = Interval.Hypot(new Interval(3e-200, 3e-200), new Interval(4e-200, 4e-200));
            Assert.True(tiny.Contains(5e-200) && tiny.Width < 1e-210);
            Interval huge = Interval.Hypot(new Interval(3e200, 3e200), new Interval(4e200, 4e200), 0.0);
            Assert.True(huge.Contains(5e200) && double.IsFinite(huge.Upper));
        }

        [Fact]
        public void The_branch_is_the_taken_side_or_the_hull_of_both()
        {
            var rng = new Random(5);
            for (int trial = 0; trial < 2000; trial++)
            {
                Interval condition = RandomBoxes.Box(rng), whenNonNegative = RandomBoxes.Box(rng), whenNegative = RandomBoxes.Box(rng);
                Interval branch = Interval.IfNonNegative(condition, whenNonNegative, whenNegative);
                foreach (double c in RandomBoxes.PointsIn(condition, rng, 4))
                {
                    double point = c >= 0.0 ? RandomBoxes.Inside(whenNonNegative, rng.NextDouble()) : RandomBoxes.Inside(whenNegative, rng.NextDouble());
                    Assert.True(branch.Contains(point));
                }
            }

            // The side that cannot be taken does not matter, even undefined; -0.0 counts as >= 0.
            Assert.Equal(new Interval(2.0, 3.0), Interval.IfNonNegative(new Interval(-0.0, 1.0), new Interval(2.0, 3.0), Interval.Undefined));
            Assert.Equal(new Interval(5.0, 6.0), Interval.IfNonNegative(new Interval(-2.0, -1.0), Interval.Undefined, new Interval(5.0, 6.0)));
            Assert.False(Interval.IfNonNegative(new Interval(-1.0, 1.0), 1.0, Interval.Undefined).IsDefined);
            Assert.False(Interval.IfNonNegative(Interval.Undefined, 1.0, 1.0).IsDefined);
        }

        [Fact]
        public void The_limit_at_a_norms_zero_encloses_the_product_and_0()
        {
            // ZeroAtNormZero(r, v) is 0 where r = 0 and v elsewhere: over a box of norms (never
            // negative) and of values, every point result lies in the enclosure.
            var rng = new Random(17);
            for (int trial = 0; trial < 2000; trial++)
            {
                Interval box = RandomBoxes.Box(rng);
                Interval norm = box.Lower >= 0.0 ? box : box.Upper <= 0.0 ? new Interval(0.0, 0.0) : new Interval(0.0, box.Upper);
                Interval value = RandomBoxes.Box(rng);
                Interval limit = Interval.ZeroAtNormZero(norm, value);
                foreach (double r in RandomBoxes.PointsIn(norm, rng, 3))
                {
                    double point = SymbolicMath.ZeroAtNormZero(r, RandomBoxes.Inside(value, rng.NextDouble()));
                    Assert.True(limit.Contains(point), $"ZeroAtNormZero({r:R}, in {value}) = {point:R} not in {limit}");
                }
            }

            // At a norm of exactly 0 the undefined product (0/0) does not matter; where the norm
            // may be 0 or not, an undefined product stays undefined.
            Assert.Equal(new Interval(0.0, 0.0), Interval.ZeroAtNormZero(new Interval(0.0, 0.0), Interval.Undefined));
            Assert.False(Interval.ZeroAtNormZero(new Interval(0.0, 1.0), Interval.Undefined).IsDefined);
            Assert.Equal(new Interval(0.0, 3.0), Interval.ZeroAtNormZero(new Interval(0.0, 1.0), new Interval(2.0, 3.0)));
            Assert.Equal(new Interval(2.0, 3.0), Interval.ZeroAtNormZero(new Interval(1e-300, 1.0), new Interval(2.0, 3.0)));
            Assert.False(Interval.ZeroAtNormZero(Interval.Undefined, 1.0).IsDefined);
        }

        private static Interval Enclose(Interval[] x) => x.Length switch
        {
            2 => Interval.Hypot(x[0], x[1]),
            3 => Interval.Hypot(x[0], x[1], x[2]),
            _ => Interval.Hypot(x[0], x[1], x[2], x[3]),
        };

        private static double Point(double[] p) => p.Length switch
        {
            2 => SymbolicMath.Hypot(p[0], p[1]),
            3 => SymbolicMath.Hypot(p[0], p[1], p[2]),
            _ => SymbolicMath.Hypot(p[0], p[1], p[2], p[3]),
        };

        // The member nearest 0 (the norm's smallest point along this coordinate).
        private static double Closest(Interval x) => x.Contains(0.0) ? 0.0 : x.Lower > 0.0 ? x.Lower : x.Upper;

        // A non-negative dyadic rational m * 2^e with m a BigInteger, enough for sums of squares of doubles.
        private readonly struct BigRational
        {
            private readonly BigInteger mantissa;
            private readonly int exponent;

            private BigRational(BigInteger mantissa, int exponent)
            {
                this.mantissa = mantissa;
                this.exponent = exponent;
            }

            public static BigRational Zero => new(BigInteger.Zero, 0);

            public static BigRational Square(double x)
            {
                long bits = BitConverter.DoubleToInt64Bits(Math.Abs(x));
                int e = (int)(bits >> 52);
                long m = bits & ((1L << 52) - 1);
                if (e == 0)
                {
                    e = 1;
                }
                else
                {
                    m |= 1L << 52;
                }

                var big = new BigInteger(m);
                return new BigRational(big * big, 2 * (e - 1075));
            }

            public static BigRational operator +(BigRational a, BigRational b)
            {
                int e = Math.Min(a.exponent, b.exponent);
                return new BigRational((a.mantissa << (a.exponent - e)) + (b.mantissa << (b.exponent - e)), e);
            }

            public static bool operator <=(BigRational a, BigRational b)
            {
                int e = Math.Min(a.exponent, b.exponent);
                return (a.mantissa << (a.exponent - e)) <= (b.mantissa << (b.exponent - e));
            }

            public static bool operator >=(BigRational a, BigRational b) => b <= a;
        }
    }
}
