using System;
using System.Globalization;
using System.Numerics;

namespace SymbolicGd.Symbolic
{
    /// <summary>
    /// A constant of the expression DAG: an exact rational (numerator and denominator both at
    /// most 2^53 in magnitude, so that the nearest double is one correctly rounded division)
    /// where possible, a double otherwise (pi, e, results of functions, overflowing arithmetic).
    /// </summary>
    /// <remarks>
    /// Doubles that are small dyadic rationals (integers, halves, quarters, ...) are always stored
    /// exactly, so a value has one representation and hash-consing finds equal constants.
    /// </remarks>
    internal readonly struct Number : IEquatable<Number>, IComparable<Number>
    {
        private const long Limit = 1L << 53;
        private static readonly BigInteger BigLimit = new BigInteger(Limit);

        private readonly long _numerator;
        private readonly long _denominator; // > 0 when exact, 0 for a double
        private readonly double _double;

        private Number(long numerator, long denominator, double value)
        {
            _numerator = numerator;
            _denominator = denominator;
            _double = value;
        }

        public static Number Zero => new Number(0, 1, 0.0);

        public static Number One => new Number(1, 1, 0.0);

        public static Number MinusOne => new Number(-1, 1, 0.0);

        public static Number Half => new Number(1, 2, 0.0);

        /// <summary>True for an exact rational.</summary>
        public bool IsExact => _denominator != 0;

        /// <summary>The numerator when exact.</summary>
        public long Numerator => _numerator;

        /// <summary>The (positive) denominator when exact.</summary>
        public long Denominator => _denominator;

        /// <summary>The nearest double (one correctly rounded division when exact).</summary>
        public double Value => IsExact ? (double)_numerator / _denominator : _double;

        public bool IsZero => IsExact && _numerator == 0;

        public bool IsOne => IsExact && _numerator == 1 && _denominator == 1;

        public bool IsMinusOne => IsExact && _numerator == -1 && _denominator == 1;

        public bool IsInteger => IsExact && _denominator == 1;

        /// <summary>Strictly negative (false for NaN).</summary>
        public bool IsNegative => IsExact ? _numerator < 0 : _double < 0;

        public static Number FromInteger(long value) => Math.Abs(value) <= Limit ? new Number(value, 1, 0.0) : FromRational(value, 1);

        // Both parts below 2^31: sums and products of two such numbers fit in a long, so the
        // common case needs no BigInteger.
        private bool IsSmall => _denominator != 0 && _denominator < (1L << 31) && _numerator < (1L << 31) && _numerator > -(1L << 31);

        private static Number FromSmallRational(long numerator, long denominator)
        {
            long a = Math.Abs(numerator), b = denominator;
            while (b != 0)
            {
                long t = a % b;
                a = b;
                b = t;
            }

            if (a > 1)
            {
                numerator /= a;
                denominator /= a;
            }

            return Math.Abs(numerator) <= Limit && denominator <= Limit
                ? new Number(numerator, denominator, 0.0)
                : FromRational(new BigInteger(numerator), new BigInteger(denominator));
        }

        /// <summary>An exact rational when both parts fit; the nearest double otherwise.</summary>
        public static Number FromRational(BigInteger numerator, BigInteger denominator)
        {
            if (denominator.IsZero)
            {
                return FromDouble(numerator.Sign == 0 ? double.NaN : numerator.Sign > 0 ? double.PositiveInfinity : double.NegativeInfinity);
            }

            if (denominator.Sign < 0)
            {
                numerator = -numerator;
                denominator = -denominator;
            }

            BigInteger gcd = BigInteger.GreatestCommonDivisor(numerator, denominator);
            if (!gcd.IsOne && !gcd.IsZero)
            {
                numerator /= gcd;
                denominator /= gcd;
            }

            if (BigInteger.Abs(numerator) <= BigLimit && denominator <= BigLimit)
            {
                return new Number((long)numerator, (long)denominator, 0.0);
            }

            return FromDouble(Divide(numerator, denominator));
        }

        /// <summary>
        /// A double; stored exactly when it is an integer or a dyadic fraction with a small
        /// denominator (0.5, 0.25, ...), so 2.0 from a folded function equals the literal 2.
        /// </summary>
        public static Number FromDouble(double value)
        {
            if (double.IsNaN(value) || double.IsInfinity(value))
            {
                return new Number(0, 0, value);
            }

            for (long den = 1; den <= 1024; den *= 2)
            {
                double scaled = value * den;
                if (Math.Abs(scaled) <= Limit && Math.Floor(scaled) == scaled)
                {
                    return FromRational(new BigInteger(scaled), new BigInteger(den));
                }
            }

            return new Number(0, 0, value);
        }

        /// <summary>
        /// A numeric literal: the shortest decimal that round-trips to the double the parser read
        /// (the text the user wrote, for ordinary literals) as an exact rational, so that 0.1 + 0.2
        /// folds to exactly 3/10.
        /// </summary>
        public static Number FromLiteral(double value)
        {
            if (double.IsNaN(value) || double.IsInfinity(value))
            {
                return FromDouble(value);
            }

            string text = value.ToString("R", CultureInfo.InvariantCulture);
            int exponentAt = text.IndexOfAny(new[] { 'E', 'e' });
            int exponent = 0;
            string mantissa = text;
            if (exponentAt >= 0)
            {
                exponent = int.Parse(text.Substring(exponentAt + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
                mantissa = text.Substring(0, exponentAt);
            }

            int dot = mantissa.IndexOf('.');
            if (dot >= 0)
            {
                exponent -= mantissa.Length - dot - 1;
                mantissa = mantissa.Remove(dot, 1);
            }

            if (Math.Abs(exponent) > 40)
            {
                return FromDouble(value);
            }

            BigInteger digits = BigInteger.Parse(mantissa, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            BigInteger scale = BigInteger.Pow(10, Math.Abs(exponent));
            Number exact = exponent >= 0 ? FromRational(digits * scale, BigInteger.One) : FromRational(digits, scale);
            return exact.IsExact && exact.Value == value ? exact : FromDouble(value);
        }

        public static Number operator +(Number a, Number b)
        {
            if (a.IsSmall && b.IsSmall)
            {
                return FromSmallRational((a._numerator * b._denominator) + (b._numerator * a._denominator), a._denominator * b._denominator);
            }

            if (a.IsExact && b.IsExact)
            {
                return FromRational(
                    (new BigInteger(a._numerator) * b._denominator) + (new BigInteger(b._numerator) * a._denominator),
                    new BigInteger(a._denominator) * b._denominator);
            }

            return FromDouble(a.Value + b.Value);
        }

        public static Number operator -(Number a) => a.IsExact ? new Number(-a._numerator, a._denominator, 0.0) : FromDouble(-a._double);

        public static Number operator -(Number a, Number b) => a + (-b);

        public static Number operator *(Number a, Number b)
        {
            if (a.IsSmall && b.IsSmall)
            {
                return FromSmallRational(a._numerator * b._numerator, a._denominator * b._denominator);
            }

            if (a.IsExact && b.IsExact)
            {
                return FromRational(new BigInteger(a._numerator) * b._numerator, new BigInteger(a._denominator) * b._denominator);
            }

            return FromDouble(a.Value * b.Value);
        }

        /// <summary>1/a; 1/0 is +infinity (as 1.0/0.0).</summary>
        public Number Reciprocal() => IsExact ? FromRational(new BigInteger(_denominator), new BigInteger(_numerator)) : FromDouble(1.0 / _double);

        /// <summary>a^b: exact for an exact base and a modest integer exponent, Math.Pow otherwise.</summary>
        public static Number Power(Number a, Number b)
        {
            if (b.IsZero)
            {
                return One;
            }

            if (a.IsExact && b.IsInteger && Math.Abs(b._numerator) <= 1024)
            {
                int n = (int)Math.Abs(b._numerator);
                double bits = Math.Log(Math.Max(Math.Abs((double)a._numerator), (double)a._denominator) + 1.0, 2.0) * n;
                if (bits <= 60)
                {
                    Number p = FromRational(BigInteger.Pow(a._numerator, n), BigInteger.Pow(a._denominator, n));
                    return b._numerator < 0 ? p.Reciprocal() : p;
                }
            }

            return FromDouble(Math.Pow(a.Value, b.Value));
        }

        public bool Equals(Number other) =>
            _denominator == other._denominator &&
            _numerator == other._numerator &&
            BitConverter.DoubleToInt64Bits(_double) == BitConverter.DoubleToInt64Bits(other._double);

        public override bool Equals(object? obj) => obj is Number other && Equals(other);

        public override int GetHashCode()
        {
            long bits = BitConverter.DoubleToInt64Bits(_double);
            return unchecked((int)(_numerator * 1_000_003L) ^ (int)(_denominator * 7919L) ^ (int)bits ^ (int)(bits >> 32));
        }

        /// <summary>A total, culture-free order: by value, then exact before double.</summary>
        public int CompareTo(Number other)
        {
            int c = Value.CompareTo(other.Value);
            if (c != 0)
            {
                return c;
            }

            return IsExact == other.IsExact ? 0 : IsExact ? -1 : 1;
        }

        /// <summary>"3", "-1/3", or the round-trip double ("3.141592653589793").</summary>
        public override string ToString()
        {
            if (!IsExact)
            {
                return _double.ToString("R", CultureInfo.InvariantCulture);
            }

            string num = _numerator.ToString(CultureInfo.InvariantCulture);
            return _denominator == 1 ? num : num + "/" + _denominator.ToString(CultureInfo.InvariantCulture);
        }

        private static double Divide(BigInteger numerator, BigInteger denominator)
        {
            // Scale both into double range before dividing; the result is within an ulp or two.
            int shift = Math.Max(0, (int)Math.Max(BigInteger.Log(BigInteger.Abs(numerator), 2), BigInteger.Log(denominator, 2)) - 1000);
            if (shift > 0)
            {
                numerator >>= shift;
                denominator >>= shift;
            }

            return (double)numerator / (double)denominator;
        }
    }
}
