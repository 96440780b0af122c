using System;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace SymbolicGd
{
    // Exp and Log on vectors for consumers on .NET 8, whose Vector256 has no Exp and Log (they
    // arrive with .NET 9, and generated code on .NET 9+ calls those instead): a polynomial on all
    // lanes at once, and Math.Exp/Math.Log lane by lane wherever a lane leaves the polynomial's
    // range, so the special cases (overflow, subnormals, 0, negatives, infinities, NaN) are exactly
    // the scalar functions'. The tests bound the error against Math.Exp and Math.Log in ulps.
    public static partial class VectorMath
    {
        private const double Log2E = 1.4426950408889634;

        // ln 2 in two parts: the high part has 32 trailing zero bits, so k * Ln2High is exact for |k| < 2^20.
        private const double Ln2High = 6.93147180369123816490e-01;
        private const double Ln2Low = 1.90821492927058770002e-10;
        private const double Sqrt2 = 1.4142135623730951;
        private const double MinNormal = 2.2250738585072014E-308;

        // 1.5 * 2^52: adding it to an integer-valued double of magnitude below 2^51 leaves the
        // integer in the low bits of the sum, so the subtraction of its bits gives the int64.
        private const double RoundingMagic = 6755399441055744.0;

        /// <summary>
        /// e^x of each lane: x = k ln 2 + r (Cody-Waite, |r| &lt;= ln2/2), e^r by its Taylor
        /// polynomial to r^13 (truncation below 1e-17 relative), times 2^k set in the exponent
        /// bits. Lanes outside [-708, 708] or NaN: Math.Exp itself.
        /// </summary>
        public static Vector256<double> Exp(Vector256<double> x)
        {
            Vector256<double> inRange = Vector256.LessThanOrEqual(Vector256.Abs(x), Vector256.Create(708.0));
            if (!Vector256.EqualsAll(inRange.AsUInt64(), Vector256<ulong>.AllBitsSet))
            {
                return LaneWise(x, Math.Exp);
            }

            Vector256<double> k = Vector256.Floor((x * Vector256.Create(Log2E)) + Vector256.Create(0.5));
            Vector256<double> r = (x - (k * Vector256.Create(Ln2High))) - (k * Vector256.Create(Ln2Low));
            Vector256<double> p = Vector256.Create(1.0 / 6227020800.0);
            p = (p * r) + Vector256.Create(1.0 / 479001600.0);
            p = (p * r) + Vector256.Create(1.0 / 39916800.0);
            p = (p * r) + Vector256.Create(1.0 / 3628800.0);
            p = (p * r) + Vector256.Create(1.0 / 362880.0);
            p = (p * r) + Vector256.Create(1.0 / 40320.0);
            p = (p * r) + Vector256.Create(1.0 / 5040.0);
            p = (p * r) + Vector256.Create(1.0 / 720.0);
            p = (p * r) + Vector256.Create(1.0 / 120.0);
            p = (p * r) + Vector256.Create(1.0 / 24.0);
            p = (p * r) + Vector256.Create(1.0 / 6.0);
            p = (p * r) + Vector256.Create(0.5);
            p = (p * r) + Vector256.Create(1.0);
            p = (p * r) + Vector256.Create(1.0);

            // 2^k for |k| <= 1022 (|x| <= 708 keeps k there): the biased exponent in bits 52-62.
            Vector256<long> integer = (k + Vector256.Create(RoundingMagic)).AsInt64() - Vector256.Create(RoundingMagic).AsInt64();
            Vector256<double> twoToK = ((integer + Vector256.Create(1023L)) << 52).AsDouble();
            return p * twoToK;
        }

        /// <summary>e^x of each lane (two halves of <see cref="Exp(Vector256{double})"/>).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector512<double> Exp(Vector512<double> x) => Vector512.Create(Exp(x.GetLower()), Exp(x.GetUpper()));

        /// <summary>
        /// The natural log of each lane: x = m 2^e with m in [sqrt(1/2), sqrt(2)), log m = 2 atanh(s)
        /// with s = (m - 1)/(m + 1), |s| &lt;= 0.172, by its odd series to s^21 (truncation below
        /// 1e-18), plus e ln 2 in two parts. Lanes that are not positive normal finite numbers
        /// (0, negatives, subnormals, infinity, NaN): Math.Log itself.
        /// </summary>
        public static Vector256<double> Log(Vector256<double> x)
        {
            Vector256<double> normal = Vector256.GreaterThanOrEqual(x, Vector256.Create(MinNormal)) & Vector256.LessThan(x, Vector256.Create(double.PositiveInfinity));
            if (!Vector256.EqualsAll(normal.AsUInt64(), Vector256<ulong>.AllBitsSet))
            {
                return LaneWise(x, Math.Log);
            }

            Vector256<ulong> bits = x.AsUInt64();
            Vector256<double> m = ((bits & Vector256.Create(0x000F_FFFF_FFFF_FFFFUL)) | Vector256.Create(0x3FF0_0000_0000_0000UL)).AsDouble();
            Vector256<double> e = Vector256.ConvertToDouble((bits >> 52).AsInt64() - Vector256.Create(1023L));
            Vector256<double> high = Vector256.GreaterThan(m, Vector256.Create(Sqrt2));
            m = Vector256.ConditionalSelect(high, m * Vector256.Create(0.5), m);
            e += high & Vector256.Create(1.0);
            Vector256<double> s = (m - Vector256.Create(1.0)) / (m + Vector256.Create(1.0));
            Vector256<double> s2 = s * s;
            Vector256<double> q = Vector256.Create(1.0 / 21.0);
            q = (q * s2) + Vector256.Create(1.0 / 19.0);
            q = (q * s2) + Vector256.Create(1.0 / 17.0);
            q = (q * s2) + Vector256.Create(1.0 / 15.0);
            q = (q * s2) + Vector256.Create(1.0 / 13.0);
            q = (q * s2) + Vector256.Create(1.0 / 11.0);
            q = (q * s2) + Vector256.Create(1.0 / 9.0);
            q = (q * s2) + Vector256.Create(1.0 / 7.0);
            q = (q * s2) + Vector256.Create(1.0 / 5.0);
            q = (q * s2) + Vector256.Create(1.0 / 3.0);

            // log m = 2s + 2s^3 q: the leading 2s is exact, so only the small tail carries rounding.
            Vector256<double> twoS = s + s;
            Vector256<double> tail = (twoS * s2 * q) + (e * Vector256.Create(Ln2Low));
            return (e * Vector256.Create(Ln2High)) + (twoS + tail);
        }

        /// <summary>The natural log of each lane (two halves of <see cref="Log(Vector256{double})"/>).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector512<double> Log(Vector512<double> x) => Vector512.Create(Log(x.GetLower()), Log(x.GetUpper()));

        private static Vector256<double> LaneWise(Vector256<double> x, Func<double, double> f) =>
            Vector256.Create(f(x.GetElement(0)), f(x.GetElement(1)), f(x.GetElement(2)), f(x.GetElement(3)));
    }
}
