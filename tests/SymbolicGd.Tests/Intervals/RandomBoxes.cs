using System;
using System.Collections.Generic;

namespace SymbolicGd.Tests.Intervals
{
    /// <summary>
    /// Random finite intervals of every shape that matters: points, narrow boxes at every scale,
    /// boxes across 0, huge and tiny ones, and boxes at the special points of the functions
    /// (0, +-1, -1 for log1p, multiples of pi/2 near and far from 0); and random members of them.
    /// </summary>
    internal static class RandomBoxes
    {
        public static double Scalar(Random rng)
        {
            double sign = rng.Next(2) == 0 ? -1.0 : 1.0;
            return rng.Next(6) switch
            {
                0 => sign * Math.Pow(10.0, (rng.NextDouble() * 600.0) - 300.0),
                1 => sign * rng.Next(0, 5),
                _ => sign * Math.Pow(10.0, (rng.NextDouble() * 8.0) - 4.0),
            };
        }

        // +-10^280 .. +-10^307: products and squares overflow.
        public static double Huge(Random rng) => (rng.Next(2) == 0 ? -1.0 : 1.0) * Math.Pow(10.0, 280.0 + (rng.NextDouble() * 27.0));

        public static Interval Box(Random rng)
        {
            switch (rng.Next(8))
            {
                case 0:
                    return Scalar(rng);
                case 1:
                    {
                        double c = Scalar(rng);
                        double h = Math.Abs(c) * Math.Pow(10.0, -rng.Next(0, 17)) * rng.NextDouble();
                        return Ordered(c - h, c + h);
                    }

                case 2:
                    return Ordered(-Math.Pow(10.0, (rng.NextDouble() * 10) - 6), Math.Pow(10.0, (rng.NextDouble() * 10) - 6));
                case 3:
                    return Ordered((rng.NextDouble() * 20.0) - 10.0, (rng.NextDouble() * 20.0) - 10.0);
                case 4:
                    {
                        double[] centres = { 0.0, 1.0, -1.0, 0.5, -0.5, Math.PI / 2, -Math.PI / 2, Math.PI, 3 * Math.PI / 2, 2 * Math.PI, -Math.PI, 7 * Math.PI / 2, 1001 * Math.PI / 2, 20.5 * Math.PI, 710.0, -745.0, 36.0 };
                        double c = centres[rng.Next(centres.Length)];
                        double offset = (rng.NextDouble() - 0.5) * Math.Pow(10.0, -rng.Next(0, 17));
                        double h = Math.Pow(10.0, -rng.Next(0, 17)) * rng.NextDouble();
                        return Ordered(c + offset - h, c + offset + h);
                    }

                case 5:
                    return Ordered(Huge(rng), Huge(rng));
                case 6:
                    return Ordered(Scalar(rng) * 1e-300, Scalar(rng) * 1e-300);
                default:
                    return Ordered(Scalar(rng), Scalar(rng));
            }
        }

        /// <summary>The ends, the midpoint, the doubles nearest multiples of pi/2 inside, and random members.</summary>
        public static IEnumerable<double> PointsIn(Interval box, Random rng, int random)
        {
            yield return box.Lower;
            yield return box.Upper;
            yield return box.Midpoint;
            foreach (double q in Poles.QuarterPeriodPointsIn(box))
            {
                yield return q;
            }

            if (box.Contains(0.0))
            {
                yield return 0.0;
            }

            for (int i = 0; i < random; i++)
            {
                yield return Inside(box, rng.NextDouble());
            }
        }

        /// <summary>(1 - t) Lower + t Upper, kept inside the box.</summary>
        public static double Inside(Interval box, double t)
        {
            double x = ((1.0 - t) * box.Lower) + (t * box.Upper);
            return double.IsFinite(x) ? Math.Clamp(x, box.Lower, box.Upper) : box.Midpoint;
        }

        public static Interval Ordered(double a, double b) => a <= b ? new Interval(a, b) : new Interval(b, a);

        /// <summary>The number of doubles from a to b (b &gt;= a), for widths in ulps.</summary>
        public static long StepsBetween(double a, double b) => Ordinal(b) - Ordinal(a);

        private static long Ordinal(double x)
        {
            long bits = BitConverter.DoubleToInt64Bits(x);
            return bits < 0 ? -(bits & long.MaxValue) : bits;
        }
    }
}
