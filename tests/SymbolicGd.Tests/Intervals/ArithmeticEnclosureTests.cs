using System;
using System.Linq;
using CsCheck;
using Xunit;

namespace SymbolicGd.Tests.Intervals
{
    /// <summary>
    /// +, -, *, / and the varying power over random pairs of boxes: the double result and the
    /// exact result (2200-bit fixed point, exact for sums and products of doubles) of every pair
    /// of members lie in the enclosure; exact results stay points; division by a box containing
    /// 0 is undefined; infinities are members, so overflow is contained and infinity - infinity
    /// is undefined.
    /// </summary>
    public class ArithmeticEnclosureTests
    {
        private static readonly (string Name, Func<Interval, Interval, Interval> Enclose, Func<double, double, double> Point)[] Operators =
        {
            ("+", (x, y) => x + y, (a, b) => a + b),
            ("-", (x, y) => x - y, (a, b) => a - b),
            ("*", (x, y) => x * y, (a, b) => a * b),
            ("/", (x, y) => x / y, (a, b) => a / b),
        };

        [Theory]
        [InlineData(0)]
        [InlineData(1)]
        [InlineData(2)]
        [InlineData(3)]
        public void Double_and_exact_results_of_members_lie_in_the_enclosure(int op)
        {
            var (name, enclose, point) = Operators[op];
            int pairs = 0, undefined = 0;
            Gen.Int.Sample(
                seed =>
                {
                    var rng = new Random(seed);
                    Interval x = RandomBoxes.Box(rng), y = RandomBoxes.Box(rng);
                    Interval z = enclose(x, y);
                    if (name == "/" && y.Contains(0.0))
                    {
                        Assert.False(z.IsDefined, $"{x} / {y} divides by a box containing 0 but gave {z}");
                        undefined++;
                        return;
                    }

                    Assert.True(z.IsDefined, $"{x} {name} {y} is undefined");
                    double[] xs = RandomBoxes.PointsIn(x, rng, 3).ToArray(), ys = RandomBoxes.PointsIn(y, rng, 3).ToArray();
                    foreach (double a in xs)
                    {
                        foreach (double b in ys)
                        {
                            double r = point(a, b);
                            Assert.True(z.Contains(r), $"{a:R} {name} {b:R} = {r:R} is not in {z} = {x} {name} {y}");
                            Assert.True(ExactlyInside(name, a, b, z), $"the exact {a:R} {name} {b:R} is not in {z}");
                            pairs++;
                        }
                    }
                },
                iter: 1_500,
                threads: 1);
            Assert.True(pairs > 15_000, $"{pairs} pairs");
        }

        [Fact]
        public void Exact_results_stay_points_and_inexact_ones_take_one_step()
        {
            Assert.Equal(new Interval(2.0, 2.0), (Interval)3.0 - 1.0);
            Assert.Equal(new Interval(6.0, 6.0), (Interval)2.0 * 3.0);
            Assert.Equal(new Interval(0.75, 0.75), (Interval)3.0 / 4.0);
            Assert.Equal(new Interval(3.0, 3.0), Interval.Sqrt(9.0));
            Interval sum = (Interval)0.1 + 0.2;
            Assert.Equal(1, RandomBoxes.StepsBetween(sum.Lower, sum.Upper));
            Assert.True((ExactReal.From(0.1) + ExactReal.From(0.2)).IsInsideExact(sum.Lower, sum.Upper));
            Interval third = (Interval)1.0 / 3.0;
            Assert.Equal(1, RandomBoxes.StepsBetween(third.Lower, third.Upper));
            Assert.True(third.Lower * 3.0 < 1.0 || Math.FusedMultiplyAdd(third.Lower, 3.0, -1.0) < 0.0);
            Assert.True(Math.FusedMultiplyAdd(third.Upper, 3.0, -1.0) > 0.0);
            Interval root2 = Interval.Sqrt(2.0);
            Assert.Equal(1, RandomBoxes.StepsBetween(root2.Lower, root2.Upper));
            Assert.True(Math.FusedMultiplyAdd(root2.Lower, root2.Lower, -2.0) < 0.0 && Math.FusedMultiplyAdd(root2.Upper, root2.Upper, -2.0) > 0.0);
        }

        [Fact]
        public void Infinities_are_members_so_overflow_is_contained_and_infinity_minus_infinity_is_undefined()
        {
            Interval big = (Interval)1e308 * 10.0;
            Assert.Equal(double.MaxValue, big.Lower);
            Assert.Equal(double.PositiveInfinity, big.Upper);
            Assert.True(big.Contains(1e308 * 10.0));
            Interval overflow = Interval.Exp(800.0);
            Assert.True(overflow.Contains(Math.Exp(800.0)) && overflow.IsDefined);
            Assert.False((overflow - overflow).IsDefined);
            Assert.False((overflow * 0.0).IsDefined);
            Assert.False((overflow / overflow).IsDefined);
            Interval exp = Interval.Exp(new Interval(double.NegativeInfinity, 0.0));
            Assert.True(exp.Lower == 0.0 && exp.Upper >= 1.0 && exp.Upper < 1.0 + 1e-14, exp.ToString());
            Assert.False(Interval.Sin(new Interval(0.0, double.PositiveInfinity)).IsDefined);
            Assert.Equal(0.0, ((Interval)1.0 / double.PositiveInfinity).Upper);
        }

        [Fact]
        public void Varying_powers_contain_math_pow_and_are_undefined_for_bases_that_reach_below_zero()
        {
            int pairs = 0;
            Gen.Int.Sample(
                seed =>
                {
                    var rng = new Random(seed);
                    Interval x = Interval.Abs(RandomBoxes.Box(rng));
                    Interval y = RandomBoxes.Ordered(RandomBoxes.Scalar(rng) % 50.0, RandomBoxes.Scalar(rng) % 50.0);
                    Interval z = Interval.Pow(x, y);
                    if (x.Lower == 0.0 && y.Lower <= 0.0 && !y.IsPoint)
                    {
                        Assert.False(z.IsDefined);
                        return;
                    }

                    foreach (double a in RandomBoxes.PointsIn(x, rng, 3))
                    {
                        foreach (double b in RandomBoxes.PointsIn(y, rng, 3))
                        {
                            double r = Math.Pow(a, b);
                            Assert.True(z.Contains(r), $"Math.Pow({a:R}, {b:R}) = {r:R} is not in Pow({x}, {y}) = {z}");
                            pairs++;
                        }
                    }
                },
                iter: 2_000,
                threads: 1);
            Assert.True(pairs > 20_000);
            Assert.False(Interval.Pow(new Interval(-0.5, 2.0), new Interval(1.0, 2.0)).IsDefined);
            Assert.True(Interval.Pow(new Interval(-2.0, -1.0), new Interval(2.0, 2.0)).Contains(4.0));
        }

        [Fact]
        public void LogSumExp_contains_both_stable_point_formulas_and_the_exact_value()
        {
            int points = 0;
            Gen.Int.Sample(
                seed =>
                {
                    var rng = new Random(seed);
                    int n = rng.Next(1, 5);
                    var boxes = new Interval[n];
                    for (int i = 0; i < n; i++)
                    {
                        boxes[i] = rng.Next(3) == 0 ? RandomBoxes.Box(rng) : RandomBoxes.Ordered((rng.NextDouble() - 0.5) * 100, (rng.NextDouble() - 0.5) * 100);
                    }

                    Interval z = Interval.LogSumExp(boxes);
                    Assert.True(z.IsDefined);
                    for (int k = 0; k < 8; k++)
                    {
                        double[] x = boxes.Select(b => k == 0 ? b.Lower : k == 1 ? b.Upper : RandomBoxes.Inside(b, rng.NextDouble())).ToArray();
                        double viaLog = PointCode.LogSumExp(x);
                        double viaLog1p = LogSumExpWithLog1p(x);
                        Assert.True(z.Contains(viaLog), $"logsumexp({string.Join(", ", x)}) = {viaLog:R} is not in {z}");
                        Assert.True(z.Contains(viaLog1p), $"logsumexp({string.Join(", ", x)}) = {viaLog1p:R} (log1p form) is not in {z}");
                        if (x.All(v => Math.Abs(v) < 600.0))
                        {
                            ExactReal sum = default;
                            foreach (double v in x)
                            {
                                sum += ExactReal.Exp(ExactReal.From(v));
                            }

                            Assert.True(ExactReal.Log(sum).IsInside(z.Lower, z.Upper), $"exact logsumexp({string.Join(", ", x)}) is not in {z}");
                        }

                        points++;
                    }
                },
                iter: 1_000,
                threads: 1);
            Assert.True(points >= 8_000);
            Assert.Equal(Interval.LogSumExp(1.0, 2.0), Interval.LogSumExp(new Interval[] { 1.0, 2.0 }));
            Assert.False(Interval.LogSumExp(1.0, Interval.Log(-1.0)).IsDefined);
            Assert.Throws<ArgumentException>(() => Interval.LogSumExp(ReadOnlySpan<Interval>.Empty));
        }

        // m + log1p(sum of e^(x_i - m) over the others): the other common stable form.
        private static double LogSumExpWithLog1p(double[] x)
        {
            int top = Array.IndexOf(x, x.Max());
            double m = x[top];
            if (double.IsInfinity(m))
            {
                return m;
            }

            double rest = 0.0;
            for (int i = 0; i < x.Length; i++)
            {
                if (i != top)
                {
                    rest += Math.Exp(x[i] - m);
                }
            }

            return m + SymbolicMath.Log1p(rest);
        }

        private static bool ExactlyInside(string op, double a, double b, Interval z)
        {
            if (!double.IsFinite(a) || !double.IsFinite(b))
            {
                return true;
            }

            ExactReal ea = ExactReal.From(a), eb = ExactReal.From(b);
            switch (op)
            {
                case "+":
                    return (ea + eb).IsInsideExact(z.Lower, z.Upper);
                case "-":
                    return (ea - eb).IsInsideExact(z.Lower, z.Upper);
                case "*":
                    return (ea * eb).IsInsideExact(z.Lower, z.Upper);
                default:
                    // Lower <= a/b <= Upper  <=>  Lower*b <= a <= Upper*b for b > 0 (reversed for b < 0).
                    bool lowerOk = double.IsNegativeInfinity(z.Lower) || (b > 0 ? (ExactReal.From(z.Lower) * eb).CompareExact(ea) <= 0 : (ExactReal.From(z.Lower) * eb).CompareExact(ea) >= 0);
                    bool upperOk = double.IsPositiveInfinity(z.Upper) || (b > 0 ? ea.CompareExact(ExactReal.From(z.Upper) * eb) <= 0 : ea.CompareExact(ExactReal.From(z.Upper) * eb) >= 0);
                    return lowerOk && upperOk;
            }
        }
    }
}
