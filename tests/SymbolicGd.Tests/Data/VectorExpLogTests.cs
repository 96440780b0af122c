using System;
using System.Runtime.Intrinsics;
using Xunit;

namespace SymbolicGd.Tests.Data
{
    // VectorMath.Exp and Log serve generated data loops on .NET 8 (no Vector256.Exp/Log there).
    // Their contract: within 2 ulps of Math.Exp and Math.Log for every lane, and exactly the scalar
    // function wherever a lane is a special case (overflow, subnormal, 0, negative, infinity, NaN).
    public class VectorExpLogTests
    {
        private const int Samples = 200_000;

        [Fact]
        public void Exp_is_within_two_ulps_of_Math_Exp_across_its_range()
        {
            var random = new Random(20261129);
            long worst = 0;
            for (int i = 0; i < Samples; i++)
            {
                // Uniform over the polynomial's whole range, and densely near 0 where r is tiny.
                double scale = i % 4 == 0 ? 1e-6 : i % 4 == 1 ? 1.0 : 708.0;
                worst = Math.Max(worst, WorstUlps(Four(random, -scale, scale), VectorMath.Exp, Math.Exp));
            }

            Assert.True(worst <= 2, $"worst error {worst} ulps");
        }

        [Fact]
        public void Log_is_within_two_ulps_of_Math_Log_across_the_normal_numbers()
        {
            var random = new Random(20261130);
            long worst = 0;
            for (int i = 0; i < Samples; i++)
            {
                // Mantissas across [1, 2) times powers of two from 2^-1022 to 2^1023, and the hard
                // region around 1 where log is small.
                var x = Vector256.Create(
                    Math.ScaleB(1.0 + random.NextDouble(), random.Next(-1022, 1024)),
                    Math.ScaleB(1.0 + random.NextDouble(), random.Next(-1022, 1024)),
                    1.0 + ((random.NextDouble() - 0.5) * 1e-3),
                    0.70710678118654752 + (random.NextDouble() * 0.7071067811865476));
                worst = Math.Max(worst, WorstUlps(x, VectorMath.Log, Math.Log));
            }

            Assert.True(worst <= 2, $"worst error {worst} ulps");
        }

        [Theory]
        [InlineData(709.0)]
        [InlineData(-745.0)]
        [InlineData(-720.0)]
        [InlineData(double.PositiveInfinity)]
        [InlineData(double.NegativeInfinity)]
        [InlineData(double.NaN)]
        public void A_special_lane_of_exp_gets_exactly_Math_Exp_and_the_other_lanes_stay_accurate(double special)
        {
            var x = Vector256.Create(1.5, special, -3.25, 0.0);
            Vector256<double> result = VectorMath.Exp(x);

            Assert.Equal(Math.Exp(special), result.GetElement(1));
            Assert.Equal(Math.Exp(1.5), result.GetElement(0));
            Assert.Equal(Math.Exp(-3.25), result.GetElement(2));
            Assert.Equal(1.0, result.GetElement(3));
        }

        [Theory]
        [InlineData(0.0)]
        [InlineData(-1.0)]
        [InlineData(4.9e-324)]
        [InlineData(1e-310)]
        [InlineData(double.PositiveInfinity)]
        [InlineData(double.NaN)]
        public void A_special_lane_of_log_gets_exactly_Math_Log(double special)
        {
            var x = Vector256.Create(2.0, 10.0, special, 1.0);
            Vector256<double> result = VectorMath.Log(x);

            Assert.Equal(Math.Log(special), result.GetElement(2));
            Assert.Equal(Math.Log(2.0), result.GetElement(0));
            Assert.Equal(Math.Log(10.0), result.GetElement(1));
            Assert.Equal(0.0, result.GetElement(3));
        }

        [Fact]
        public void Exact_points_come_out_exact()
        {
            // e^0 = 1 and log 1 = 0 exactly; powers of two are exact for log via e ln 2 only up to
            // ln 2's rounding, so they are compared with Math.Log's double.
            Assert.Equal(Vector256.Create(1.0), VectorMath.Exp(Vector256<double>.Zero));
            Assert.Equal(Vector256<double>.Zero, VectorMath.Log(Vector256.Create(1.0)));
            var powers = Vector256.Create(0.5, 2.0, 1024.0, Math.ScaleB(1.0, -1000));
            Assert.True(WorstUlps(powers, VectorMath.Log, Math.Log) <= 1);
        }

        [Fact]
        public void The_512_bit_forms_are_the_two_256_bit_halves()
        {
            var x = Vector512.Create(-700.0, -1.0, -1e-9, 0.0, 1e-9, 1.0, 30.0, 700.0);
            Vector512<double> exp = VectorMath.Exp(x);
            Vector512<double> log = VectorMath.Log(Vector512.Abs(x) + Vector512.Create(1e-300));
            for (int i = 0; i < 8; i++)
            {
                Assert.True(Ulps(exp.GetElement(i), Math.Exp(x.GetElement(i))) <= 2, $"exp lane {i}");
                double positive = Math.Abs(x.GetElement(i)) + 1e-300;
                Assert.True(Ulps(log.GetElement(i), Math.Log(positive)) <= 2, $"log lane {i}");
            }
        }

        private static Vector256<double> Four(Random random, double low, double high) => Vector256.Create(
            low + ((high - low) * random.NextDouble()),
            low + ((high - low) * random.NextDouble()),
            low + ((high - low) * random.NextDouble()),
            low + ((high - low) * random.NextDouble()));

        private static long WorstUlps(Vector256<double> x, Func<Vector256<double>, Vector256<double>> vector, Func<double, double> scalar)
        {
            Vector256<double> result = vector(x);
            long worst = 0;
            for (int lane = 0; lane < Vector256<double>.Count; lane++)
            {
                long ulps = Ulps(result.GetElement(lane), scalar(x.GetElement(lane)));
                Assert.True(ulps <= 2, $"x = {x.GetElement(lane):R}: vector {result.GetElement(lane):R}, scalar {scalar(x.GetElement(lane)):R} ({ulps} ulps)");
                worst = Math.Max(worst, ulps);
            }

            return worst;
        }

        // Distance in representable doubles (both finite and of one sign, or equal).
        private static long Ulps(double a, double b)
        {
            if (a.Equals(b))
            {
                return 0;
            }

            if (!double.IsFinite(a) || !double.IsFinite(b) || (Math.Sign(a) * Math.Sign(b) < 0))
            {
                return long.MaxValue;
            }

            return Math.Abs(BitConverter.DoubleToInt64Bits(Math.Abs(a)) - BitConverter.DoubleToInt64Bits(Math.Abs(b)));
        }
    }
}
