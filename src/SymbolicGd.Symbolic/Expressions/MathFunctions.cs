using System;

namespace SymbolicGd.Symbolic
{
    /// <summary>
    /// The numeric meaning of each function kind, shared by constant folding and the interpreter
    /// and matching what the emitter writes (same stable SymbolicMath formulas).
    /// </summary>
    internal static class MathFunctions
    {
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
                default: throw new ArgumentOutOfRangeException(nameof(kind), kind, "not a function");
            }
        }

        /// <summary>1, -1 or 0; NaN for NaN (Math.Sign throws on NaN).</summary>
        public static double Sign(double x) => x > 0.0 ? 1.0 : x < 0.0 ? -1.0 : x * 0.0;

        public static bool IsFunction(ExprKind kind) => kind >= ExprKind.Exp;
    }
}
