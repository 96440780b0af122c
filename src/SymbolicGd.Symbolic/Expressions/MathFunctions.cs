using System;
using System.Collections.Generic;

namespace SymbolicGd.Symbolic
{
    /// <summary>
    /// The numeric meaning of each function kind, shared by constant folding and the interpreter
    /// and matching what the emitter writes (same stable SymbolicMath formulas).
    /// </summary>
    internal static class MathFunctions
    {
        /// <summary>Most arguments of one emitted SymbolicMath.Hypot call; longer norms nest.</summary>
        public const int MaxHypotArguments = 4;

        public static double Apply(ExprKind kind, double x)
        {
            switch (kind)
            {
                case ExprKind.Exp: return Math.Exp(x);
                case ExprKind.Log: return Math.Log(x);
                case ExprKind.Log1p: return SymbolicMath.Log1p(x);
                case ExprKind.Sin: return Math.Sin(x);
                case ExprKind.Cos: return Math.Cos(x);
                case ExprKind.Tan: return Math.Tan(x);
                case ExprKind.Asin: return Math.Asin(x);
                case ExprKind.Acos: return Math.Acos(x);
                case ExprKind.Atan: return Math.Atan(x);
                case ExprKind.Sinh: return Math.Sinh(x);
                case ExprKind.Cosh: return Math.Cosh(x);
                case ExprKind.Tanh: return Math.Tanh(x);
                case ExprKind.Abs: return Math.Abs(x);
                case ExprKind.Sign: return Sign(x);
                case ExprKind.Sigmoid: return SymbolicMath.Sigmoid(x);
                case ExprKind.Softplus: return SymbolicMath.Softplus(x);
                default: throw new ArgumentOutOfRangeException(nameof(kind), kind, "not a one-argument function");
            }
        }

        /// <summary>An n-ary function (LogSumExp, Hypot) of the given argument values.</summary>
        public static double Apply(ExprKind kind, IReadOnlyList<double> x)
        {
            switch (kind)
            {
                case ExprKind.LogSumExp: return LogSumExp(x);
                case ExprKind.Hypot: return Hypot(x, 0, x.Count);
                default: throw new ArgumentOutOfRangeException(nameof(kind), kind, "not an n-ary function");
            }
        }

        /// <summary>
        /// m + log(sum exp(xi - m)), m = max xi: no term overflows and the largest is exactly 1,
        /// so the sum lies in [1, n]. The same operations in the same order as the emitted code.
        /// </summary>
        public static double LogSumExp(IReadOnlyList<double> x)
        {
            double m = x[0];
            for (int i = 1; i < x.Count; i++)
            {
                m = Math.Max(m, x[i]);
            }

            double sum = Math.Exp(x[0] - m);
            for (int i = 1; i < x.Count; i++)
            {
                sum += Math.Exp(x[i] - m);
            }

            return m + Math.Log(sum);
        }

        /// <summary>exp(xi - logsumexp(x)) as the emitter computes it: exp(xi - m) / sum exp(xk - m).</summary>
        public static double Softmax(IReadOnlyList<double> x, int i)
        {
            double m = x[0];
            for (int k = 1; k < x.Count; k++)
            {
                m = Math.Max(m, x[k]);
            }

            double sum = Math.Exp(x[0] - m);
            for (int k = 1; k < x.Count; k++)
            {
                sum += Math.Exp(x[k] - m);
            }

            return Math.Exp(x[i] - m) / sum;
        }

        /// <summary>The norm of x[start..start+count) as the emitter nests SymbolicMath.Hypot calls.</summary>
        public static double Hypot(IReadOnlyList<double> x, int start, int count)
        {
            if (count > MaxHypotArguments)
            {
                // hypot(a, b, c, d, e, ...) = hypot(hypot(a, b, c, d), e, ...)
                var rest = new List<double> { Hypot(x, start, MaxHypotArguments) };
                for (int i = start + MaxHypotArguments; i < start + count; i++)
                {
                    rest.Add(x[i]);
                }

                return Hypot(rest, 0, rest.Count);
            }

            switch (count)
            {
                case 1: return Math.Abs(x[start]);
                case 2: return SymbolicMath.Hypot(x[start], x[start + 1]);
                case 3: return SymbolicMath.Hypot(x[start], x[start + 1], x[start + 2]);
                default: return SymbolicMath.Hypot(x[start], x[start + 1], x[start + 2], x[start + 3]);
            }
        }

        /// <summary>1, -1 or 0; NaN for NaN (Math.Sign throws on NaN).</summary>
        public static double Sign(double x) => x > 0.0 ? 1.0 : x < 0.0 ? -1.0 : x * 0.0;

        /// <summary>A one-argument function: Exp .. Softplus.</summary>
        public static bool IsFunction(ExprKind kind) => kind >= ExprKind.Exp && kind <= ExprKind.Softplus;

        /// <summary>A function of two or more arguments: LogSumExp, Hypot.</summary>
        public static bool IsNary(ExprKind kind) => kind == ExprKind.LogSumExp || kind == ExprKind.Hypot;
    }
}
