using System;
using System.Numerics;

namespace SymbolicGd.Tests.Intervals
{
    /// <summary>
    /// An independent high-precision reference: reals as fixed-point BigIntegers with
    /// <see cref="Bits"/> fractional bits, so that every double, and every sum and product of two
    /// doubles, is exact (compare those with <see cref="CompareExact"/>); exp, log and pi come from
    /// their series, accurate far below 2^-2100 absolute (2^-2000 relative for huge values), and
    /// compare with <see cref="CompareTo"/>, which calls closer values undecidable (no
    /// transcendental value at a double argument other than exp(0) and log(1) is that close to a double).
    /// </summary>
    internal readonly struct ExactReal : IComparable<ExactReal>
    {
        public const int Bits = 2200;

        // Comparisons treat differences below 2^-2100 as undecidable.
        private static readonly BigInteger Tolerance = BigInteger.One << (Bits - 2100);

        private static readonly BigInteger OneFixed = BigInteger.One << Bits;

        private static readonly Lazy<ExactReal> Ln2Value = new(ComputeLn2);

        private static readonly Lazy<ExactReal> PiValue = new(() => new ExactReal((16 * AtanOfInverse(5)) - (4 * AtanOfInverse(239))));

        public ExactReal(BigInteger scaled) => Scaled = scaled;

        /// <summary>The value times 2^Bits.</summary>
        public BigInteger Scaled { get; }

        public static ExactReal One => new(OneFixed);

        public static ExactReal Ln2 => Ln2Value.Value;

        public static ExactReal operator +(ExactReal a, ExactReal b) => new(a.Scaled + b.Scaled);

        public static ExactReal operator -(ExactReal a, ExactReal b) => new(a.Scaled - b.Scaled);

        public static ExactReal operator -(ExactReal a) => new(-a.Scaled);

        public static ExactReal operator *(ExactReal a, ExactReal b) => new((a.Scaled * b.Scaled) >> Bits);

        public static ExactReal operator /(ExactReal a, ExactReal b) => new((a.Scaled << Bits) / b.Scaled);

        /// <summary>The exact value of a finite double.</summary>
        public static ExactReal From(double x)
        {
            if (!double.IsFinite(x))
            {
                throw new ArgumentOutOfRangeException(nameof(x), x, "finite doubles only");
            }

            long bits = BitConverter.DoubleToInt64Bits(x);
            bool negative = bits < 0;
            int exponent = (int)((bits >> 52) & 0x7FF);
            long mantissa = bits & 0xFFFFFFFFFFFFFL;
            if (exponent == 0)
            {
                exponent = 1;
            }
            else
            {
                mantissa |= 1L << 52;
            }

            int shift = exponent - 1075 + Bits;
            BigInteger scaled = shift >= 0 ? new BigInteger(mantissa) << shift : new BigInteger(mantissa) >> -shift;
            return new ExactReal(negative ? -scaled : scaled);
        }

        /// <summary>e^x for |x| up to about 800.</summary>
        public static ExactReal Exp(ExactReal x)
        {
            // x = k ln2 + r, |r| <= ln2/2; e^r by its Taylor series after 8 halvings.
            BigInteger k = BigInteger.Divide(x.Scaled + (Ln2.Scaled >> 1), Ln2.Scaled);
            if (x.Scaled + (Ln2.Scaled >> 1) < 0 && BigInteger.Remainder(x.Scaled + (Ln2.Scaled >> 1), Ln2.Scaled) != 0)
            {
                k -= 1;
            }

            ExactReal r = x - new ExactReal(k * Ln2.Scaled);
            var small = new ExactReal(r.Scaled >> 8);
            ExactReal sum = One, term = One;
            for (int n = 1; n < 400; n++)
            {
                term = new ExactReal((term * small).Scaled / n);
                if (term.Scaled.IsZero)
                {
                    break;
                }

                sum += term;
            }

            for (int i = 0; i < 8; i++)
            {
                sum *= sum;
            }

            int shift = (int)k;
            return new ExactReal(shift >= 0 ? sum.Scaled << shift : sum.Scaled >> -shift);
        }

        /// <summary>The natural logarithm of a positive value.</summary>
        public static ExactReal Log(ExactReal y)
        {
            if (y.Scaled.Sign <= 0)
            {
                throw new ArgumentOutOfRangeException(nameof(y), "log of a non-positive value");
            }

            // y = m 2^e with m in [1, 2): log y = e ln2 + 2 atanh((m - 1)/(m + 1)).
            int e = (int)(y.Scaled.GetBitLength() - 1) - Bits;
            var m = new ExactReal(e >= 0 ? y.Scaled >> e : y.Scaled << -e);
            ExactReal z = (m - One) / (m + One);
            ExactReal z2 = z * z;
            ExactReal sum = default, power = z;
            for (int n = 1; n < 4000; n += 2)
            {
                BigInteger term = power.Scaled / n;
                if (term.IsZero)
                {
                    break;
                }

                sum = new ExactReal(sum.Scaled + term);
                power *= z2;
            }

            return new ExactReal((sum.Scaled << 1) + (e * Ln2.Scaled));
        }

        /// <summary>Exact comparison, for values built from doubles by +, - and * only.</summary>
        public int CompareExact(ExactReal other) => Scaled.CompareTo(other.Scaled);

        /// <summary>Whether the exactly computed value lies in [lower, upper].</summary>
        public bool IsInsideExact(double lower, double upper) =>
            (double.IsNegativeInfinity(lower) || (!double.IsPositiveInfinity(lower) && From(lower).CompareExact(this) <= 0))
            && (double.IsPositiveInfinity(upper) || (!double.IsNegativeInfinity(upper) && CompareExact(From(upper)) <= 0));

        /// <summary>pi, by Machin's formula 16 atan(1/5) - 4 atan(1/239).</summary>
        public static ExactReal Pi => PiValue.Value;

        /// <summary>-1, 0 or 1; 0 when the difference is within the reference's tolerance.</summary>
        public int CompareTo(ExactReal other)
        {
            // Undecidable below the series' error: 2^-2100 absolute, or 2^-2000 relative for the
            // large values whose range reduction multiplies ln 2's error.
            BigInteger d = Scaled - other.Scaled;
            BigInteger relative = (BigInteger.Abs(Scaled) + BigInteger.Abs(other.Scaled)) >> 2000;
            return BigInteger.Abs(d) <= BigInteger.Max(Tolerance, relative) ? 0 : d.Sign;
        }

        /// <summary>Whether the value certainly lies in [lower, upper] (both finite or infinite).</summary>
        public bool IsInside(double lower, double upper) =>
            (double.IsNegativeInfinity(lower) || (!double.IsPositiveInfinity(lower) && From(lower).CompareTo(this) < 0))
            && (double.IsPositiveInfinity(upper) || (!double.IsNegativeInfinity(upper) && CompareTo(From(upper)) < 0));

        /// <summary>|x - value| in units of the last place of x (for a finite, non-zero x).</summary>
        public double ErrorInUlps(double x)
        {
            double ulp = Math.BitIncrement(Math.Abs(x)) - Math.Abs(x);
            ExactReal error = new(BigInteger.Abs((From(x) - this).Scaled));
            return (error / From(ulp)).ToDouble();
        }

        /// <summary>The value rounded to a nearby double (within 1 ulp).</summary>
        public double ToDouble()
        {
            BigInteger s = Scaled;
            if (s.IsZero)
            {
                return 0.0;
            }

            int length = (int)BigInteger.Abs(s).GetBitLength();
            int drop = Math.Max(length - 62, 0);
            double mantissa = (double)(s >> drop);
            return mantissa * Math.Pow(2.0, drop - Bits);
        }

        // atan(1/n) = sum over k of (-1)^k / ((2k + 1) n^(2k + 1)), scaled.
        private static BigInteger AtanOfInverse(int n)
        {
            BigInteger sum = BigInteger.Zero, power = OneFixed / n, n2 = n * n;
            for (int k = 0; !power.IsZero; k++)
            {
                BigInteger term = power / ((2 * k) + 1);
                sum += k % 2 == 0 ? term : -term;
                power /= n2;
            }

            return sum;
        }

        private static ExactReal ComputeLn2()
        {
            // ln 2 = sum over k >= 1 of 1 / (k 2^k).
            BigInteger sum = BigInteger.Zero;
            for (int k = 1; k < Bits + 40; k++)
            {
                sum += (OneFixed >> k) / k;
            }

            return new ExactReal(sum);
        }
    }
}
