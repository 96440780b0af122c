using System;

namespace SymbolicGd.Symbolic.Tests.Support
{
    internal static class Close
    {
        /// <summary>|a - b| &lt;= tolerance * max(1, |a|, |b|): relative for large values, absolute near zero.</summary>
        public static bool Enough(double a, double b, double tolerance)
        {
            if (double.IsNaN(a) || double.IsNaN(b))
            {
                return double.IsNaN(a) && double.IsNaN(b);
            }

            if (a == b)
            {
                return true;
            }

            return Math.Abs(a - b) <= tolerance * Math.Max(1.0, Math.Max(Math.Abs(a), Math.Abs(b)));
        }
    }
}
