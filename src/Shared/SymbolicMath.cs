// Shared by the runtime (public, called by generated code) and the symbolic engine (internal,
// used by its interpreter and constant folding), so that emitted code and interpreted code
// compute the same numbers with the same numerically stable formulas.
using System;

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
