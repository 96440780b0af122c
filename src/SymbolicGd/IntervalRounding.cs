using System;
using System.Runtime.CompilerServices;

namespace SymbolicGd
{
    /// <summary>
    /// Directed rounding of the IEEE operations without changing the FPU's rounding mode (which
    /// .NET cannot do): each result is computed rounded to nearest, and an error-free
    /// transformation (TwoSum, or the exact remainder from a fused multiply-add) tells on which
    /// side of the exact value it fell; only then is it moved one step outward. Exact results stay
    /// exact. Where the transformation is not exact (results near the underflow threshold) the
    /// step is taken unconditionally, which is always safe.
    /// </summary>
    internal static class IntervalRounding
    {
        // Below this magnitude the fused multiply-add remainder of a product, quotient or square
        // root may itself underflow (its exponent can reach 2^-1074 when the result's is near
        // 2^-1022 * 2^53); 2^-900 leaves a wide margin.
        private const double ExactRemainderThreshold = 1.2882297539194267e-271; // 2^-900

        /// <summary>Steps a lower bound down <paramref name="steps"/> doubles (never below -infinity).</summary>
        public static double Down(double x, int steps)
        {
            for (int i = 0; i < steps; i++)
            {
                x = Math.BitDecrement(x);
            }

            return x;
        }

        /// <summary>Steps an upper bound up <paramref name="steps"/> doubles (never above +infinity).</summary>
        public static double Up(double x, int steps)
        {
            for (int i = 0; i < steps; i++)
            {
                x = Math.BitIncrement(x);
            }

            return x;
        }

        /// <summary>The largest double at most a + b. Callers exclude -infinity + infinity.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static double AddDown(double a, double b)
        {
            double s = a + b;
            if (!double.IsFinite(s))
            {
                // Infinite operands give an exact infinity; finite ones overflowed: rounded down, a
                // positive overflow is the largest double, a negative one -infinity.
                return double.IsInfinity(a) || double.IsInfinity(b) || s < 0.0 ? s : double.MaxValue;
            }

            return !(TwoSumError(a, b, s) >= 0.0) ? Math.BitDecrement(s) : s;
        }

        /// <summary>The smallest double at least a + b. Callers exclude -infinity + infinity.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static double AddUp(double a, double b)
        {
            double s = a + b;
            if (!double.IsFinite(s))
            {
                return double.IsInfinity(a) || double.IsInfinity(b) || s > 0.0 ? s : -double.MaxValue;
            }

            return !(TwoSumError(a, b, s) <= 0.0) ? Math.BitIncrement(s) : s;
        }

        /// <summary>The smallest double at least a - b.</summary>
        public static double SubtractUp(double a, double b) => AddUp(a, -b);

        /// <summary>The largest double at most a * b. Callers exclude 0 * infinity.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static double MultiplyDown(double a, double b)
        {
            double p = a * b;
            if (double.IsInfinity(p))
            {
                return double.IsInfinity(a) || double.IsInfinity(b) || p < 0.0 ? p : double.MaxValue;
            }

            if (a == 0.0 || b == 0.0)
            {
                return p;
            }

            if (Math.Abs(p) < ExactRemainderThreshold)
            {
                // A positive product never rounds down below 0.
                return SameSign(a, b) ? Math.Max(Math.BitDecrement(p), 0.0) : Math.BitDecrement(p);
            }

            // a*b - p exactly (Ogita, Rump and Oishi's TwoProduct).
            return Math.FusedMultiplyAdd(a, b, -p) < 0.0 ? Math.BitDecrement(p) : p;
        }

        /// <summary>The smallest double at least a * b. Callers exclude 0 * infinity.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static double MultiplyUp(double a, double b)
        {
            double p = a * b;
            if (double.IsInfinity(p))
            {
                return double.IsInfinity(a) || double.IsInfinity(b) || p > 0.0 ? p : -double.MaxValue;
            }

            if (a == 0.0 || b == 0.0)
            {
                return p;
            }

            if (Math.Abs(p) < ExactRemainderThreshold)
            {
                return SameSign(a, b) ? Math.BitIncrement(p) : Math.Min(Math.BitIncrement(p), -0.0);
            }

            return Math.FusedMultiplyAdd(a, b, -p) > 0.0 ? Math.BitIncrement(p) : p;
        }

        /// <summary>The largest double at most a / b. Callers exclude b == 0 and infinity / infinity.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static double DivideDown(double a, double b)
        {
            double q = a / b;
            if (double.IsInfinity(q))
            {
                return double.IsInfinity(a) || q < 0.0 ? q : double.MaxValue;
            }

            if (a == 0.0 || double.IsInfinity(b))
            {
                return q; // exactly 0
            }

            if (Math.Abs(q) < ExactRemainderThreshold || Math.Abs(a) < ExactRemainderThreshold)
            {
                return SameSign(a, b) ? Math.Max(Math.BitDecrement(q), 0.0) : Math.BitDecrement(q);
            }

            // r = a - q*b exactly; a/b - q = r/b, below q when r and b differ in sign.
            double r = Math.FusedMultiplyAdd(-q, b, a);
            return r != 0.0 && (r < 0.0) != (b < 0.0) ? Math.BitDecrement(q) : q;
        }

        /// <summary>The smallest double at least a / b. Callers exclude b == 0 and infinity / infinity.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static double DivideUp(double a, double b)
        {
            double q = a / b;
            if (double.IsInfinity(q))
            {
                return double.IsInfinity(a) || q > 0.0 ? q : -double.MaxValue;
            }

            if (a == 0.0 || double.IsInfinity(b))
            {
                return q;
            }

            if (Math.Abs(q) < ExactRemainderThreshold || Math.Abs(a) < ExactRemainderThreshold)
            {
                return SameSign(a, b) ? Math.BitIncrement(q) : Math.Min(Math.BitIncrement(q), -0.0);
            }

            double r = Math.FusedMultiplyAdd(-q, b, a);
            return r != 0.0 && (r < 0.0) == (b < 0.0) ? Math.BitIncrement(q) : q;
        }

        /// <summary>The largest double at most sqrt(a), for a &gt;= 0.</summary>
        public static double SqrtDown(double a)
        {
            double s = Math.Sqrt(a);
            if (a == 0.0 || double.IsInfinity(a))
            {
                return s;
            }

            if (a < ExactRemainderThreshold)
            {
                return Math.Max(Math.BitDecrement(s), 0.0);
            }

            // a - s*s exactly: negative when s is above sqrt(a).
            return Math.FusedMultiplyAdd(-s, s, a) < 0.0 ? Math.BitDecrement(s) : s;
        }

        /// <summary>The smallest double at least sqrt(a), for a &gt;= 0.</summary>
        public static double SqrtUp(double a)
        {
            double s = Math.Sqrt(a);
            if (a == 0.0 || double.IsInfinity(a))
            {
                return s;
            }

            if (a < ExactRemainderThreshold)
            {
                return Math.BitIncrement(s);
            }

            return Math.FusedMultiplyAdd(-s, s, a) > 0.0 ? Math.BitIncrement(s) : s;
        }

        private static bool SameSign(double a, double b) => (a > 0.0) == (b > 0.0);

        // Knuth's TwoSum: the exact rounding error (a + b) - s, for finite a, b and s. An
        // intermediate overflow (operands near the largest double) makes it NaN, which the
        // callers treat as inexact.
        private static double TwoSumError(double a, double b, double s)
        {
            double bVirtual = s - a;
            double aVirtual = s - bVirtual;
            return (a - aVirtual) + (b - bVirtual);
        }
    }
}
