using System;
using System.Runtime.CompilerServices;

namespace SymbolicGd
{
    // The four operations and integer and real powers.
    public readonly partial struct Interval
    {
        // Math.* functions are assumed within 2 ulp: 2 steps for the bound's own error, 1 to
        // round the exact value outward, 2 for an inner point's error (see the type's remarks).
        internal const int LibmSteps = 5;

        // The composite SymbolicMath functions (sigmoid, softplus, log1p) are assumed within 8 ulp.
        internal const int CompositeSteps = 17;

        // Integer exponents up to this use the multiplication chain; larger ones Math.Pow.
        private const long ChainLimit = 1L << 30;

        /// <summary>The interval itself.</summary>
        /// <param name="x">The operand.</param>
        public static Interval operator +(Interval x) => x;

        /// <summary>-x = [-Upper, -Lower], exact.</summary>
        /// <param name="x">The operand.</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Interval operator -(Interval x) => x._undefined ? Undefined : Make(-x._upper, -x._lower);

        /// <summary>x + y, rounded outward. Undefined when a point pair would be -infinity + infinity.</summary>
        /// <param name="x">The left operand.</param>
        /// <param name="y">The right operand.</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Interval operator +(Interval x, Interval y)
        {
            if (x._undefined || y._undefined || HasInfiniteSumPair(x, y))
            {
                return Undefined;
            }

            return Make(IntervalRounding.AddDown(x._lower, y._lower), IntervalRounding.AddUp(x._upper, y._upper));
        }

        /// <summary>x - y, rounded outward. Undefined when a point pair would be infinity - infinity.</summary>
        /// <param name="x">The left operand.</param>
        /// <param name="y">The right operand.</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Interval operator -(Interval x, Interval y) => x + (-y);

        /// <summary>x * y, rounded outward. Undefined when a point pair would be 0 * infinity.</summary>
        /// <param name="x">The left operand.</param>
        /// <param name="y">The right operand.</param>
        public static Interval operator *(Interval x, Interval y)
        {
            if (x._undefined || y._undefined || (ContainsZero(x) && HasInfiniteBound(y)) || (ContainsZero(y) && HasInfiniteBound(x)))
            {
                return Undefined;
            }

            // The extremes of a bilinear function are at the corners, and the signs of the bounds
            // say which corners (Moore's nine cases): two directed products instead of eight,
            // with the same result, since directed rounding is monotone.
            double a = x._lower, b = x._upper, c = y._lower, d = y._upper;
            if (a >= 0.0)
            {
                return c >= 0.0 ? Make(IntervalRounding.MultiplyDown(a, c), IntervalRounding.MultiplyUp(b, d))
                    : d <= 0.0 ? Make(IntervalRounding.MultiplyDown(b, c), IntervalRounding.MultiplyUp(a, d))
                    : Make(IntervalRounding.MultiplyDown(b, c), IntervalRounding.MultiplyUp(b, d));
            }

            if (b <= 0.0)
            {
                return c >= 0.0 ? Make(IntervalRounding.MultiplyDown(a, d), IntervalRounding.MultiplyUp(b, c))
                    : d <= 0.0 ? Make(IntervalRounding.MultiplyDown(b, d), IntervalRounding.MultiplyUp(a, c))
                    : Make(IntervalRounding.MultiplyDown(a, d), IntervalRounding.MultiplyUp(a, c));
            }

            if (c >= 0.0)
            {
                return Make(IntervalRounding.MultiplyDown(a, d), IntervalRounding.MultiplyUp(b, d));
            }

            if (d <= 0.0)
            {
                return Make(IntervalRounding.MultiplyDown(b, c), IntervalRounding.MultiplyUp(a, c));
            }

            // Both straddle 0: the lower bound is a negative corner, the upper a positive one.
            double lower = Math.Min(IntervalRounding.MultiplyDown(a, d), IntervalRounding.MultiplyDown(b, c));
            double upper = Math.Max(IntervalRounding.MultiplyUp(a, c), IntervalRounding.MultiplyUp(b, d));
            return Make(lower, upper);
        }

        /// <summary>
        /// x / y, rounded outward. Undefined when <paramref name="y"/> contains 0 (a pole, or 0/0,
        /// wherever in the box) or a point pair would be infinity / infinity.
        /// </summary>
        /// <param name="x">The dividend.</param>
        /// <param name="y">The divisor.</param>
        public static Interval operator /(Interval x, Interval y)
        {
            if (x._undefined || y._undefined || ContainsZero(y) || (HasInfiniteBound(x) && HasInfiniteBound(y)))
            {
                return Undefined;
            }

            // y has one sign, so x/y is monotone in each argument: the extremes are at the corners,
            // and the signs of the bounds say which (two directed quotients instead of eight).
            double a = x._lower, b = x._upper, c = y._lower, d = y._upper;
            if (c > 0.0)
            {
                return a >= 0.0 ? Make(IntervalRounding.DivideDown(a, d), IntervalRounding.DivideUp(b, c))
                    : b <= 0.0 ? Make(IntervalRounding.DivideDown(a, c), IntervalRounding.DivideUp(b, d))
                    : Make(IntervalRounding.DivideDown(a, c), IntervalRounding.DivideUp(b, c));
            }

            return a >= 0.0 ? Make(IntervalRounding.DivideDown(b, d), IntervalRounding.DivideUp(a, c))
                : b <= 0.0 ? Make(IntervalRounding.DivideDown(b, c), IntervalRounding.DivideUp(a, d))
                : Make(IntervalRounding.DivideDown(b, d), IntervalRounding.DivideUp(a, d));
        }

        /// <summary>
        /// x^n for an integer n: an enclosure of the exact power that also contains the
        /// multiplication chain the generator emits for a constant integer power (repeated
        /// squaring: x^(2k) = x^k * x^k, x^(2k+1) = x^(2k) * x). Unlike x * x, an even power of an
        /// interval that straddles 0 starts at 0 (the dependency between the factors is known).
        /// n = 0 gives [1, 1]; a negative n is 1 / x^|n|, undefined when x contains 0.
        /// </summary>
        /// <param name="x">The base.</param>
        /// <param name="n">The exponent.</param>
        public static Interval Pow(Interval x, int n) => PowInteger(x, n, extraSteps: 0);

        /// <summary>
        /// x^c for a constant real exponent, as <see cref="Math.Pow"/> computes it (the
        /// generator emits Math.Pow for constant exponents that are neither small integers nor
        /// halves). An integer c is an integer power, also of negative bases; otherwise the base
        /// must be &gt;= 0 (&gt; 0 for negative c), else the result is <see cref="Undefined"/>.
        /// c = 0 gives [1, 1], as Math.Pow does for every base.
        /// </summary>
        /// <param name="x">The base.</param>
        /// <param name="c">The exponent; NaN gives <see cref="Undefined"/>.</param>
        public static Interval Pow(Interval x, double c)
        {
            if (x._undefined || double.IsNaN(c))
            {
                return Undefined;
            }

            if (c == 0.0)
            {
                return Make(1.0, 1.0);
            }

            if (c == Math.Floor(c) && Math.Abs(c) <= ChainLimit)
            {
                // The chain encloses the exact power; the extra steps cover Math.Pow's error.
                return PowInteger(x, (long)c, LibmSteps);
            }

            if (c == Math.Floor(c) && x._lower < 0.0)
            {
                // A huge integer exponent (beyond 2^30) of a base that reaches below 0: |x|^c by
                // the real-power rule on each side of 0, negated on the negative side for odd c
                // (every double beyond 2^53 is even).
                bool odd = Math.Abs(c) < 9007199254740992.0 && Math.IEEERemainder(c, 2.0) != 0.0;
                Interval negativeSide = RealPower(Make(Math.Max(-x._upper, 0.0), -x._lower), c);
                if (odd)
                {
                    negativeSide = -negativeSide;
                }

                return x._upper <= 0.0 ? negativeSide : Hull(negativeSide, RealPower(Make(0.0, x._upper), c));
            }

            return RealPower(x, c);
        }

        /// <summary>
        /// x^y with both varying, as <see cref="Math.Pow"/> computes it: defined for x &gt; 0, and
        /// for x &gt;= 0 when y &gt; 0; a base interval reaching below 0 (or to 0 with y &lt;= 0)
        /// gives <see cref="Undefined"/>. A point exponent is <see cref="Pow(Interval, double)"/>.
        /// </summary>
        /// <param name="x">The base.</param>
        /// <param name="y">The exponent.</param>
        public static Interval Pow(Interval x, Interval y)
        {
            if (x._undefined || y._undefined)
            {
                return Undefined;
            }

            if (y.IsPoint)
            {
                return Pow(x, y._lower);
            }

            if (x._lower < 0.0 || (x._lower == 0.0 && y._lower <= 0.0))
            {
                return Undefined;
            }

            // x^y = exp(y log x) with y log x bilinear in (y, log x): the extremes are at the corners.
            double p1 = Math.Pow(x._lower, y._lower), p2 = Math.Pow(x._lower, y._upper);
            double p3 = Math.Pow(x._upper, y._lower), p4 = Math.Pow(x._upper, y._upper);
            double lower = Math.Min(Math.Min(p1, p2), Math.Min(p3, p4));
            double upper = Math.Max(Math.Max(p1, p2), Math.Max(p3, p4));
            return Make(Math.Max(IntervalRounding.Down(lower, LibmSteps), 0.0), IntervalRounding.Up(upper, LibmSteps));
        }

        private static Interval PowInteger(Interval x, long n, int extraSteps)
        {
            if (x._undefined)
            {
                return Undefined;
            }

            if (n == 0)
            {
                return Make(1.0, 1.0);
            }

            if (n < 0)
            {
                Interval positive = PowInteger(x, -n, extraSteps);
                return positive._undefined ? Undefined : Make(1.0, 1.0) / positive;
            }

            double lower, upper;
            if (n % 2 == 0)
            {
                // Even: a function of |x|, increasing in it.
                lower = ChainDown(x.Mignitude, n);
                upper = ChainUp(x.Magnitude, n);
            }
            else
            {
                // Odd: increasing; (-a)^n = -(a^n) and round-to-nearest is symmetric.
                lower = x._lower >= 0.0 ? ChainDown(x._lower, n) : -ChainUp(-x._lower, n);
                upper = x._upper >= 0.0 ? ChainUp(x._upper, n) : -ChainDown(-x._upper, n);
            }

            lower = IntervalRounding.Down(lower, extraSteps);
            upper = IntervalRounding.Up(upper, extraSteps);
            return Make(n % 2 == 0 ? Math.Max(lower, 0.0) : lower, upper);
        }

        // a^n for a >= 0 rounded down, by the same chain as the emitted code (so that each
        // rounded-to-nearest product of the point code is bounded by the rounded-down one).
        private static double ChainDown(double a, long n)
        {
            if (n == 1)
            {
                return a;
            }

            if (n % 2 == 0)
            {
                double half = ChainDown(a, n / 2);
                return IntervalRounding.MultiplyDown(half, half);
            }

            return IntervalRounding.MultiplyDown(ChainDown(a, n - 1), a);
        }

        private static double ChainUp(double a, long n)
        {
            if (n == 1)
            {
                return a;
            }

            if (n % 2 == 0)
            {
                double half = ChainUp(a, n / 2);
                return IntervalRounding.MultiplyUp(half, half);
            }

            return IntervalRounding.MultiplyUp(ChainUp(a, n - 1), a);
        }

        // x^c for c neither 0 nor NaN, by Math.Pow at the ends: x >= 0 required (> 0 for c < 0).
        private static Interval RealPower(Interval x, double c)
        {
            if (x._undefined || x._lower < 0.0 || (c < 0.0 && x._lower == 0.0))
            {
                return Undefined;
            }

            // Monotone on x >= 0: increasing for c > 0, decreasing for c < 0.
            double atLower = Math.Pow(x._lower, c), atUpper = Math.Pow(x._upper, c);
            double lower = c > 0.0 ? atLower : atUpper, upper = c > 0.0 ? atUpper : atLower;
            return Make(Math.Max(IntervalRounding.Down(lower, LibmSteps), 0.0), IntervalRounding.Up(upper, LibmSteps));
        }

        private static bool ContainsZero(Interval x) => x._lower <= 0.0 && x._upper >= 0.0;

        private static bool HasInfiniteBound(Interval x) => double.IsInfinity(x._lower) || double.IsInfinity(x._upper);

        // Some member of x plus some member of y is -infinity + infinity.
        private static bool HasInfiniteSumPair(Interval x, Interval y) =>
            (double.IsNegativeInfinity(x._lower) && double.IsPositiveInfinity(y._upper))
            || (double.IsPositiveInfinity(x._upper) && double.IsNegativeInfinity(y._lower));
    }
}
