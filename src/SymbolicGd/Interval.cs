using System;
using System.Globalization;

namespace SymbolicGd
{
    /// <summary>
    /// A closed interval [<see cref="Lower"/>, <see cref="Upper"/>] of doubles with outward
    /// rounding: every operation returns an interval that contains the result of the same
    /// operation for every choice of points in its arguments, both the exact real result and
    /// the double that the point code (the operator, <see cref="Math"/> or
    /// <see cref="SymbolicMath"/> call the generator emits) computes. Code written over doubles
    /// runs over intervals unchanged: the arithmetic operators are defined, the static methods are
    /// named like <see cref="Math"/>'s (<see cref="Exp"/>, <see cref="Sqrt"/>,
    /// <see cref="Pow(Interval, int)"/>, ...) and a double converts implicitly to a point interval.
    /// </summary>
    /// <remarks>
    /// <para><b>Members.</b> An interval holds every double x with Lower &lt;= x &lt;= Upper,
    /// infinities included, so that a value that overflows in the point code (Math.Exp(800) is
    /// +infinity) is still contained. Bounds may be infinite; they are never NaN.</para>
    /// <para><b>Domain exits.</b> When some point of an argument lies outside the function's
    /// domain (log or division at or across 0, sqrt of a negative, asin outside [-1, 1], tan at
    /// a pole, a non-integer power of a negative) or the point code would produce NaN there
    /// (infinity - infinity, 0 * infinity, infinity / infinity), the result is
    /// <see cref="Undefined"/>: <see cref="IsDefined"/> is false and the bounds are -infinity and
    /// +infinity, so code that only reads the bounds sees no bound at all. Undefined is sticky:
    /// every operation with an undefined argument is undefined. Nothing returns NaN bounds.</para>
    /// <para><b>No empty interval.</b> The constructor rejects lower &gt; upper, every operation
    /// on non-empty intervals is non-empty or undefined, and <see cref="Intersect"/> returns null
    /// for disjoint intervals.</para>
    /// <para><b>Rounding.</b> +, -, *, / and <see cref="Sqrt"/> are correctly rounded in IEEE
    /// 754, so each bound is rounded outward by exactly one step where it was inexact (an
    /// error-free transformation decides) and kept where exact: a point interval of exactly
    /// representable results stays a point. <see cref="Math"/>'s other functions are not
    /// correctly rounded. The enclosures assume each is within 2 ulp of the exact result (glibc
    /// documents at most 1-2 ulp for exp, log, sin, cos, tan, asin, acos, atan, sinh, cosh, tanh
    /// and pow; the tests measure it) and widen each bound by 5 steps: 2 for the function's error
    /// at the bound, 1 to round the exact value outward, 2 for the error at an inner point, whose
    /// point result may sit below the bound's. The composite <see cref="SymbolicMath"/> functions
    /// (sigmoid, softplus, log1p) are assumed within 8 ulp and widened by 17 steps. Where a
    /// function's range is known exactly (|sin| &lt;= 1, exp &gt;= 0, cosh &gt;= 1, ...) the
    /// bounds are clipped to it, on the assumption that the library respects it too.</para>
    /// </remarks>
    public readonly partial struct Interval : IEquatable<Interval>, IFormattable
    {
        private readonly double _lower;
        private readonly double _upper;

        // False for a defined interval, so that default(Interval) is the defined point [0, 0].
        private readonly bool _undefined;

        /// <summary>Creates the interval [<paramref name="lower"/>, <paramref name="upper"/>].</summary>
        /// <param name="lower">The lower bound; may be -infinity (or +infinity, for the point +infinity).</param>
        /// <param name="upper">The upper bound; at least <paramref name="lower"/>.</param>
        /// <exception cref="ArgumentException">A bound is NaN, or <paramref name="lower"/> &gt; <paramref name="upper"/> (there is no empty interval).</exception>
        public Interval(double lower, double upper)
        {
            if (double.IsNaN(lower) || double.IsNaN(upper))
            {
                throw new ArgumentException($"An interval bound must not be NaN (got [{lower}, {upper}]); use Interval.Undefined for an undefined result.", double.IsNaN(lower) ? nameof(lower) : nameof(upper));
            }

            if (lower > upper)
            {
                throw new ArgumentException(
                    string.Create(CultureInfo.InvariantCulture, $"The lower bound {lower:R} is above the upper bound {upper:R}; there is no empty interval."),
                    nameof(lower));
            }

            _lower = lower;
            _upper = upper;
            _undefined = false;
        }

        private Interval(double lower, double upper, bool undefined)
        {
            _lower = lower;
            _upper = upper;
            _undefined = undefined;
        }

        /// <summary>
        /// The result of an operation whose argument left its domain somewhere (see the remarks
        /// on <see cref="Interval"/>): bounds -infinity and +infinity, <see cref="IsDefined"/> false.
        /// </summary>
        public static Interval Undefined { get; } = new(double.NegativeInfinity, double.PositiveInfinity, undefined: true);

        /// <summary>The whole line [-infinity, +infinity], defined.</summary>
        public static Interval Entire { get; } = new(double.NegativeInfinity, double.PositiveInfinity, undefined: false);

        /// <summary>The lower bound: no member is smaller. -infinity when undefined.</summary>
        public double Lower => _lower;

        /// <summary>The upper bound: no member is larger. +infinity when undefined.</summary>
        public double Upper => _upper;

        /// <summary>
        /// False when the interval comes from an operation that left its domain for some point of
        /// its arguments (or from such an interval): the point code may give NaN there.
        /// </summary>
        public bool IsDefined => !_undefined;

        /// <summary>True when defined and both bounds are finite.</summary>
        public bool IsFinite => !_undefined && double.IsFinite(_lower) && double.IsFinite(_upper);

        /// <summary>True when the bounds are -infinity and +infinity (undefined intervals included).</summary>
        public bool IsEntire => double.IsNegativeInfinity(_lower) && double.IsPositiveInfinity(_upper);

        /// <summary>True when defined and Lower == Upper: a single double.</summary>
        public bool IsPoint => !_undefined && _lower == _upper;

        /// <summary>
        /// Upper - Lower, rounded up, so the true width is at most this; +infinity when a bound is
        /// infinite or the interval is undefined.
        /// </summary>
        public double Width => _undefined ? double.PositiveInfinity : _lower == _upper ? 0.0 : IntervalRounding.SubtractUp(_upper, _lower);

        /// <summary>
        /// A double inside the interval near its centre: (Lower + Upper) / 2 without overflow; 0
        /// for the entire line and undefined intervals, the largest finite double of the right
        /// sign for a half-line.
        /// </summary>
        public double Midpoint
        {
            get
            {
                if (_lower == _upper)
                {
                    return _lower;
                }

                if (double.IsNegativeInfinity(_lower))
                {
                    return double.IsPositiveInfinity(_upper) ? 0.0 : -double.MaxValue;
                }

                if (double.IsPositiveInfinity(_upper))
                {
                    return double.MaxValue;
                }

                // Halving first cannot overflow; the rounded sum stays inside [Lower, Upper].
                double mid = (0.5 * _lower) + (0.5 * _upper);
                return Math.Clamp(mid, _lower, _upper);
            }
        }

        /// <summary>The magnitude max(|Lower|, |Upper|): the largest absolute value of a member; +infinity when undefined.</summary>
        public double Magnitude => Math.Max(Math.Abs(_lower), Math.Abs(_upper));

        /// <summary>The mignitude: the smallest absolute value of a member (0 when the interval contains 0).</summary>
        public double Mignitude => _lower > 0.0 ? _lower : _upper < 0.0 ? -_upper : 0.0;

        /// <summary>The point interval [x, x]; NaN converts to <see cref="Undefined"/>.</summary>
        /// <param name="x">The point.</param>
        public static implicit operator Interval(double x) => double.IsNaN(x) ? Undefined : new Interval(x, x, undefined: false);

        /// <summary>Equality of the bounds and of <see cref="IsDefined"/>.</summary>
        public static bool operator ==(Interval left, Interval right) => left.Equals(right);

        /// <summary>Inequality of the bounds or of <see cref="IsDefined"/>.</summary>
        public static bool operator !=(Interval left, Interval right) => !left.Equals(right);

        /// <summary>
        /// Whether <paramref name="x"/> is a member. An undefined interval contains every double,
        /// NaN included (its point code may give NaN); a defined one contains no NaN.
        /// </summary>
        /// <param name="x">The point to test.</param>
        public bool Contains(double x) => double.IsNaN(x) ? _undefined : _lower <= x && x <= _upper;

        /// <summary>Whether every member of <paramref name="other"/> is a member of this interval.</summary>
        /// <param name="other">The interval to test.</param>
        public bool Contains(Interval other) => _undefined || (!other._undefined && _lower <= other._lower && other._upper <= _upper);

        /// <summary>The smallest interval containing both arguments (undefined if either is).</summary>
        /// <param name="a">One interval.</param>
        /// <param name="b">The other.</param>
        public static Interval Hull(Interval a, Interval b) =>
            a._undefined || b._undefined ? Undefined : new Interval(Math.Min(a._lower, b._lower), Math.Max(a._upper, b._upper), undefined: false);

        /// <summary>[min(a, b), max(a, b)]: the segment between two doubles.</summary>
        /// <param name="a">One end.</param>
        /// <param name="b">The other end.</param>
        /// <exception cref="ArgumentException">An end is NaN.</exception>
        public static Interval Hull(double a, double b) => a <= b ? new Interval(a, b) : new Interval(b, a);

        /// <summary>
        /// The members common to both, or null when they are disjoint (there is no empty interval).
        /// An undefined argument constrains nothing: the result is the other argument.
        /// </summary>
        /// <param name="a">One interval.</param>
        /// <param name="b">The other.</param>
        public static Interval? Intersect(Interval a, Interval b)
        {
            if (a._undefined)
            {
                return b;
            }

            if (b._undefined)
            {
                return a;
            }

            double lower = Math.Max(a._lower, b._lower), upper = Math.Min(a._upper, b._upper);
            return lower <= upper ? new Interval(lower, upper, undefined: false) : null;
        }

        /// <summary>
        /// The box (one interval per coordinate) that contains the segment from
        /// <paramref name="from"/> to <paramref name="to"/>: box[i] = [min, max] of from[i] and to[i].
        /// A guard bounds the curvature along a step theta -> theta' over this box.
        /// </summary>
        /// <param name="from">One end of the segment, e.g. theta_t.</param>
        /// <param name="to">The other end, e.g. theta_t - eta * gradient as the descent computes it.</param>
        /// <param name="box">Receives one interval per coordinate; as long as <paramref name="from"/>.</param>
        /// <exception cref="ArgumentException">The spans differ in length, or a coordinate is NaN.</exception>
        public static void FromSegment(ReadOnlySpan<double> from, ReadOnlySpan<double> to, Span<Interval> box)
        {
            if (to.Length != from.Length || box.Length != from.Length)
            {
                throw new ArgumentException($"The segment's ends and the box must have one element per coordinate (from: {from.Length}, to: {to.Length}, box: {box.Length}).", nameof(box));
            }

            for (int i = 0; i < from.Length; i++)
            {
                if (double.IsNaN(from[i]) || double.IsNaN(to[i]))
                {
                    throw new ArgumentException($"Coordinate {i} of the segment is NaN.", double.IsNaN(from[i]) ? nameof(from) : nameof(to));
                }

                box[i] = Hull(from[i], to[i]);
            }
        }

        /// <summary>Writes the point box of <paramref name="point"/> (each coordinate a point interval; NaN becomes undefined).</summary>
        /// <param name="point">The coordinates.</param>
        /// <param name="box">Receives one interval per coordinate; as long as <paramref name="point"/>.</param>
        /// <exception cref="ArgumentException">The spans differ in length.</exception>
        public static void FromPoint(ReadOnlySpan<double> point, Span<Interval> box)
        {
            if (box.Length != point.Length)
            {
                throw new ArgumentException($"The box must have one element per coordinate (point: {point.Length}, box: {box.Length}).", nameof(box));
            }

            for (int i = 0; i < point.Length; i++)
            {
                box[i] = point[i];
            }
        }

        /// <inheritdoc/>
        public bool Equals(Interval other) => _undefined == other._undefined && _lower.Equals(other._lower) && _upper.Equals(other._upper);

        /// <inheritdoc/>
        public override bool Equals(object? obj) => obj is Interval other && Equals(other);

        /// <inheritdoc/>
        public override int GetHashCode() => HashCode.Combine(_lower, _upper, _undefined);

        /// <summary>"[lower, upper]" with round-trip, culture-invariant bounds, or "undefined".</summary>
        public override string ToString() => ToString("R", CultureInfo.InvariantCulture);

        /// <summary>"[lower, upper]" with each bound formatted by <paramref name="format"/>, or "undefined".</summary>
        /// <param name="format">A numeric format for the bounds (null: "R").</param>
        /// <param name="formatProvider">The culture (null: the invariant culture).</param>
        public string ToString(string? format, IFormatProvider? formatProvider)
        {
            if (_undefined)
            {
                return "undefined";
            }

            formatProvider ??= CultureInfo.InvariantCulture;
            format ??= "R";
            return "[" + _lower.ToString(format, formatProvider) + ", " + _upper.ToString(format, formatProvider) + "]";
        }

        // For operations that know their bounds are ordered and not NaN.
        private static Interval Make(double lower, double upper) => new(lower, upper, undefined: false);
    }
}
