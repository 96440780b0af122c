// Shared by the runtime (public, called by generated code) and the symbolic engine (internal,
// used by its interpreter and constant folding), so that emitted code and interpreted code
// compute the same numbers with the same numerically stable formulas.
using System;
using System.Runtime.CompilerServices;

namespace SymbolicGd
{
    /// <summary>
    /// Numerically stable elementary functions that generated loss code calls.
    /// </summary>
#if SYMBOLICGD_PUBLIC_SHARED
    public
#else
    internal
#endif
    static class SymbolicMath
    {
        /// <summary>The logistic function 1 / (1 + e^-z), without overflow for any finite z.</summary>
        public static double Sigmoid(double z)
        {
            if (z >= 0)
            {
                return 1.0 / (1.0 + Math.Exp(-z));
            }

            double ez = Math.Exp(z);
            return ez / (1.0 + ez);
        }

        /// <summary>
        /// log(1 + e^z), written as max(z, 0) + log1p(e^-|z|) so that it neither overflows for
        /// large z nor rounds to zero for very negative z.
        /// </summary>
        public static double Softplus(double z)
        {
            if (double.IsNaN(z))
            {
                return z;
            }

            return z > 0 ? z + Log1p(Math.Exp(-z)) : Log1p(Math.Exp(z));
        }

        /// <summary>
        /// The limit 0 of a product at the zero of a norm it divides by: <paramref name="value"/>
        /// where <paramref name="norm"/> is not 0, and 0 where it is. Generated code wraps only
        /// the products whose order of vanishing exceeds the power of the norm they divide by
        /// (x*x/r, r^2/r), whose value at r = 0 is 0/0 in floating point but 0 in the limit.
        /// </summary>
        /// <param name="norm">The norm, never negative.</param>
        /// <param name="value">The product, computed as written.</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static double ZeroAtNormZero(double norm, double value) => norm == 0.0 ? 0.0 : value;

        /// <summary>
        /// sqrt(a^2 + b^2) without overflow or underflow of the squares: the plain formula (same
        /// bits) whenever the sum of squares is a normal double, else the same on arguments scaled
        /// exactly by a power of two. hypot(1e-200, 0) is 1e-200, not 0; hypot(1e200, 1) is 1e200.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static double Hypot(double a, double b)
        {
            double s = (a * a) + (b * b);
            return s >= MinUnscaledSquares && s <= double.MaxValue ? Math.Sqrt(s) : HypotScaled(a, b, 0.0, 0.0);
        }

        /// <summary>sqrt(a^2 + b^2 + c^2), scaled like <see cref="Hypot(double, double)"/>.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static double Hypot(double a, double b, double c)
        {
            double s = (a * a) + (b * b) + (c * c);
            return s >= MinUnscaledSquares && s <= double.MaxValue ? Math.Sqrt(s) : HypotScaled(a, b, c, 0.0);
        }

        /// <summary>sqrt(a^2 + b^2 + c^2 + d^2), scaled like <see cref="Hypot(double, double)"/>.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static double Hypot(double a, double b, double c, double d)
        {
            double s = (a * a) + (b * b) + (c * c) + (d * d);
            return s >= MinUnscaledSquares && s <= double.MaxValue ? Math.Sqrt(s) : HypotScaled(a, b, c, d);
        }

        // Below 2^-1000 a square may have lost bits in the subnormal range (an absolute error of
        // 2^-1075, relatively negligible only in a sum far above it); an infinite or NaN sum takes
        // the scaled path too.
        private const double MinUnscaledSquares = 9.332636185032189E-302; // 2^-1000

        private static double HypotScaled(double a, double b, double c, double d)
        {
            a = Math.Abs(a);
            b = Math.Abs(b);
            c = Math.Abs(c);
            d = Math.Abs(d);
            if (double.IsPositiveInfinity(a) || double.IsPositiveInfinity(b) || double.IsPositiveInfinity(c) || double.IsPositiveInfinity(d))
            {
                return double.PositiveInfinity; // as C99 hypot, even beside a NaN
            }

            if (double.IsNaN(a + b + c + d))
            {
                return double.NaN;
            }

            double m = Math.Max(Math.Max(a, b), Math.Max(c, d));
            if (m == 0.0)
            {
                return 0.0;
            }

            // 2^600 lifts the smallest subnormal to 2^-474 and 2^-600 brings the largest double to
            // 2^424: either way every square of the scaled arguments is a normal double, and
            // scaling by a power of two is exact.
            double scale = m < 1.0 ? 4.149515568880993E+180 : 2.409919865102884E-181;
            a *= scale;
            b *= scale;
            c *= scale;
            d *= scale;
            return Math.Sqrt((a * a) + (b * b) + (c * c) + (d * d)) / scale;
        }

        /// <summary>
        /// log(1 + x) accurate for tiny x. netstandard2.0 has no Math.Log1P and .NET's
        /// double.LogP1 is log(x + 1), so this uses Goldberg's correction: with u = 1 + x rounded,
        /// log(u) * x / (u - 1) cancels the rounding error of u.
        /// </summary>
        public static double Log1p(double x)
        {
            double u = 1.0 + x;
            if (u == 1.0)
            {
                return x;
            }

            if (double.IsInfinity(u) || double.IsNaN(u))
            {
                return Math.Log(u);
            }

            return Math.Log(u) * x / (u - 1.0);
        }
    }
}
