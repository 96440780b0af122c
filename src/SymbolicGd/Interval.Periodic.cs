using System;

namespace SymbolicGd
{
    // sin, cos and tan: monotone between their extrema (or poles), which sit at the multiples of
    // pi/2. The quarter-period index q = x * 2/pi of each end is computed in double with a
    // relative error below 3e-16; an extremum or pole counts as inside the interval whenever it
    // might be (a tolerance of 1e-15 |q| on each side), which can only loosen the enclosure.
    public readonly partial struct Interval
    {
        private const double TwoOverPi = 0.6366197723675814;

        // Beyond this |x| the quarter-period index is too coarse to place extrema: sin and cos
        // give [-1, 1] and tan is undefined.
        private const double PeriodicLimit = 1099511627776.0; // 2^40

        /// <summary>Sine: [-1, 1] clipped to the values at the ends wherever no maximum (minimum) lies inside; undefined at an infinite bound.</summary>
        /// <param name="x">The argument.</param>
        public static Interval Sin(Interval x) => SinCos(x, maximumResidue: 1);

        /// <summary>Cosine: [-1, 1] clipped to the values at the ends wherever no maximum (minimum) lies inside; undefined at an infinite bound.</summary>
        /// <param name="x">The argument.</param>
        public static Interval Cos(Interval x) => SinCos(x, maximumResidue: 0);

        /// <summary>
        /// Tangent (increasing between poles); undefined when a pole pi/2 + k*pi may lie in the
        /// interval (including one within about 1e-15 relative of an end, and every interval
        /// wider than pi or reaching beyond |x| = 2^40 or infinity).
        /// </summary>
        /// <param name="x">The argument.</param>
        public static Interval Tan(Interval x)
        {
            if (x._undefined || !IsPeriodicRange(x) || x._upper - x._lower >= Math.PI)
            {
                return Undefined;
            }

            QuarterIndices(x, out double low, out double high);
            if (MayContainIndex(low, high, 1) || MayContainIndex(low, high, 3))
            {
                return Undefined;
            }

            return Increasing(Math.Tan(x._lower), Math.Tan(x._upper), LibmSteps, double.NegativeInfinity, double.PositiveInfinity);
        }

        // sin has its maxima at q = 1 (mod 4) and minima at q = 3; cos at q = 0 and q = 2.
        private static Interval SinCos(Interval x, int maximumResidue)
        {
            if (x._undefined || double.IsInfinity(x._lower) || double.IsInfinity(x._upper))
            {
                // sin(+-infinity) is NaN in the point code.
                return Undefined;
            }

            if (!IsPeriodicRange(x) || x._upper - x._lower >= 2.0 * Math.PI)
            {
                return Make(-1.0, 1.0);
            }

            QuarterIndices(x, out double low, out double high);
            bool maximum = MayContainIndex(low, high, maximumResidue);
            bool minimum = MayContainIndex(low, high, maximumResidue + 2);
            double atLower = maximumResidue == 1 ? Math.Sin(x._lower) : Math.Cos(x._lower);
            double atUpper = maximumResidue == 1 ? Math.Sin(x._upper) : Math.Cos(x._upper);
            if (double.IsNaN(atLower) || double.IsNaN(atUpper))
            {
                return Undefined;
            }

            // Between extrema the function is monotone, so the ends bound it there.
            double lower = minimum ? -1.0 : Math.Max(IntervalRounding.Down(Math.Min(atLower, atUpper), LibmSteps), -1.0);
            double upper = maximum ? 1.0 : Math.Min(IntervalRounding.Up(Math.Max(atLower, atUpper), LibmSteps), 1.0);
            return Make(lower, upper);
        }

        private static bool IsPeriodicRange(Interval x) => Math.Abs(x._lower) <= PeriodicLimit && Math.Abs(x._upper) <= PeriodicLimit;

        // [low, high] contains the exact quarter-period index of every member of x.
        private static void QuarterIndices(Interval x, out double low, out double high)
        {
            double qLower = x._lower * TwoOverPi, qUpper = x._upper * TwoOverPi;
            low = qLower - ((Math.Abs(qLower) * 1e-15) + 1e-300);
            high = qUpper + ((Math.Abs(qUpper) * 1e-15) + 1e-300);
        }

        // Whether [low, high] may contain an integer congruent to residue modulo 4. |low| and
        // |high| are below 2^40, so every candidate below is an exact integer in double; four
        // neighbouring candidates make an off-by-one in the floor harmless.
        private static bool MayContainIndex(double low, double high, int residue)
        {
            if (high - low >= 4.0)
            {
                return true;
            }

            double k = Math.Floor((low - residue) / 4.0);
            for (int i = -1; i <= 2; i++)
            {
                double m = (4.0 * (k + i)) + residue;
                if (m >= low && m <= high)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
