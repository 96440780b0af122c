using System;
using System.ComponentModel;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace SymbolicGd
{
    /// <summary>
    /// Lane-by-lane math on vectors for generated data losses, where the consumer's framework has no
    /// vector form (Vector256.Exp and Log arrive with .NET 9; the trigonometric and hyperbolic
    /// functions, pow and the stable SymbolicGd forms have none): each lane is the scalar function,
    /// so the vector path computes exactly what the scalar tail does. Public only because
    /// generated code in your assembly calls it.
    /// </summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static partial class VectorMath
    {
        /// <summary>Sine of each lane.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector256<double> Sin(Vector256<double> x) =>
            Vector256.Create(Math.Sin(x.GetElement(0)), Math.Sin(x.GetElement(1)), Math.Sin(x.GetElement(2)), Math.Sin(x.GetElement(3)));

        /// <summary>Sine of each lane.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector512<double> Sin(Vector512<double> x) => Vector512.Create(Sin(x.GetLower()), Sin(x.GetUpper()));

        /// <summary>Cosine of each lane.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector256<double> Cos(Vector256<double> x) =>
            Vector256.Create(Math.Cos(x.GetElement(0)), Math.Cos(x.GetElement(1)), Math.Cos(x.GetElement(2)), Math.Cos(x.GetElement(3)));

        /// <summary>Cosine of each lane.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector512<double> Cos(Vector512<double> x) => Vector512.Create(Cos(x.GetLower()), Cos(x.GetUpper()));

        /// <summary>Tangent of each lane.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector256<double> Tan(Vector256<double> x) =>
            Vector256.Create(Math.Tan(x.GetElement(0)), Math.Tan(x.GetElement(1)), Math.Tan(x.GetElement(2)), Math.Tan(x.GetElement(3)));

        /// <summary>Tangent of each lane.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector512<double> Tan(Vector512<double> x) => Vector512.Create(Tan(x.GetLower()), Tan(x.GetUpper()));

        /// <summary>Arcsine of each lane.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector256<double> Asin(Vector256<double> x) =>
            Vector256.Create(Math.Asin(x.GetElement(0)), Math.Asin(x.GetElement(1)), Math.Asin(x.GetElement(2)), Math.Asin(x.GetElement(3)));

        /// <summary>Arcsine of each lane.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector512<double> Asin(Vector512<double> x) => Vector512.Create(Asin(x.GetLower()), Asin(x.GetUpper()));

        /// <summary>Arccosine of each lane.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector256<double> Acos(Vector256<double> x) =>
            Vector256.Create(Math.Acos(x.GetElement(0)), Math.Acos(x.GetElement(1)), Math.Acos(x.GetElement(2)), Math.Acos(x.GetElement(3)));

        /// <summary>Arccosine of each lane.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector512<double> Acos(Vector512<double> x) => Vector512.Create(Acos(x.GetLower()), Acos(x.GetUpper()));

        /// <summary>Arctangent of each lane.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector256<double> Atan(Vector256<double> x) =>
            Vector256.Create(Math.Atan(x.GetElement(0)), Math.Atan(x.GetElement(1)), Math.Atan(x.GetElement(2)), Math.Atan(x.GetElement(3)));

        /// <summary>Arctangent of each lane.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector512<double> Atan(Vector512<double> x) => Vector512.Create(Atan(x.GetLower()), Atan(x.GetUpper()));

        /// <summary>Hyperbolic sine of each lane.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector256<double> Sinh(Vector256<double> x) =>
            Vector256.Create(Math.Sinh(x.GetElement(0)), Math.Sinh(x.GetElement(1)), Math.Sinh(x.GetElement(2)), Math.Sinh(x.GetElement(3)));

        /// <summary>Hyperbolic sine of each lane.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector512<double> Sinh(Vector512<double> x) => Vector512.Create(Sinh(x.GetLower()), Sinh(x.GetUpper()));

        /// <summary>Hyperbolic cosine of each lane.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector256<double> Cosh(Vector256<double> x) =>
            Vector256.Create(Math.Cosh(x.GetElement(0)), Math.Cosh(x.GetElement(1)), Math.Cosh(x.GetElement(2)), Math.Cosh(x.GetElement(3)));

        /// <summary>Hyperbolic cosine of each lane.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector512<double> Cosh(Vector512<double> x) => Vector512.Create(Cosh(x.GetLower()), Cosh(x.GetUpper()));

        /// <summary>Hyperbolic tangent of each lane.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector256<double> Tanh(Vector256<double> x) =>
            Vector256.Create(Math.Tanh(x.GetElement(0)), Math.Tanh(x.GetElement(1)), Math.Tanh(x.GetElement(2)), Math.Tanh(x.GetElement(3)));

        /// <summary>Hyperbolic tangent of each lane.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector512<double> Tanh(Vector512<double> x) => Vector512.Create(Tanh(x.GetLower()), Tanh(x.GetUpper()));

        /// <summary>log(1 + x) of each lane.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector256<double> Log1p(Vector256<double> x) =>
            Vector256.Create(SymbolicMath.Log1p(x.GetElement(0)), SymbolicMath.Log1p(x.GetElement(1)), SymbolicMath.Log1p(x.GetElement(2)), SymbolicMath.Log1p(x.GetElement(3)));

        /// <summary>log(1 + x) of each lane.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector512<double> Log1p(Vector512<double> x) => Vector512.Create(Log1p(x.GetLower()), Log1p(x.GetUpper()));

        /// <summary>The logistic sigmoid of each lane.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector256<double> Sigmoid(Vector256<double> x) =>
            Vector256.Create(SymbolicMath.Sigmoid(x.GetElement(0)), SymbolicMath.Sigmoid(x.GetElement(1)), SymbolicMath.Sigmoid(x.GetElement(2)), SymbolicMath.Sigmoid(x.GetElement(3)));

        /// <summary>The logistic sigmoid of each lane.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector512<double> Sigmoid(Vector512<double> x) => Vector512.Create(Sigmoid(x.GetLower()), Sigmoid(x.GetUpper()));

        /// <summary>log(1 + e^x) of each lane.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector256<double> Softplus(Vector256<double> x) =>
            Vector256.Create(SymbolicMath.Softplus(x.GetElement(0)), SymbolicMath.Softplus(x.GetElement(1)), SymbolicMath.Softplus(x.GetElement(2)), SymbolicMath.Softplus(x.GetElement(3)));

        /// <summary>log(1 + e^x) of each lane.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector512<double> Softplus(Vector512<double> x) => Vector512.Create(Softplus(x.GetLower()), Softplus(x.GetUpper()));

        /// <summary>The sign (nan stays nan) of each lane.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector256<double> Sign(Vector256<double> x) =>
            Vector256.Create(Sign(x.GetElement(0)), Sign(x.GetElement(1)), Sign(x.GetElement(2)), Sign(x.GetElement(3)));

        /// <summary>The sign (nan stays nan) of each lane.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector512<double> Sign(Vector512<double> x) => Vector512.Create(Sign(x.GetLower()), Sign(x.GetUpper()));

        /// <summary>a^b in each lane (Math.Pow).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector256<double> Pow(Vector256<double> a, Vector256<double> b) =>
            Vector256.Create(Math.Pow(a.GetElement(0), b.GetElement(0)), Math.Pow(a.GetElement(1), b.GetElement(1)), Math.Pow(a.GetElement(2), b.GetElement(2)), Math.Pow(a.GetElement(3), b.GetElement(3)));

        /// <summary>a^b in each lane (Math.Pow).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector512<double> Pow(Vector512<double> a, Vector512<double> b) => Vector512.Create(Pow(a.GetLower(), b.GetLower()), Pow(a.GetUpper(), b.GetUpper()));

        /// <summary>SymbolicMath.ZeroAtNormZero in each lane: 0 where the norm is 0, the value elsewhere.</summary>
        /// <param name="norm">The norms.</param>
        /// <param name="value">The products.</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector256<double> ZeroAtNormZero(Vector256<double> norm, Vector256<double> value) =>
            Vector256.ConditionalSelect(Vector256.Equals(norm, Vector256<double>.Zero), Vector256<double>.Zero, value);

        /// <summary>SymbolicMath.ZeroAtNormZero in each lane: 0 where the norm is 0, the value elsewhere.</summary>
        /// <param name="norm">The norms.</param>
        /// <param name="value">The products.</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector512<double> ZeroAtNormZero(Vector512<double> norm, Vector512<double> value) =>
            Vector512.ConditionalSelect(Vector512.Equals(norm, Vector512<double>.Zero), Vector512<double>.Zero, value);

        /// <summary>The Euclidean norm of the arguments in each lane (SymbolicMath.Hypot).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector256<double> Hypot(Vector256<double> a, Vector256<double> b) =>
            Vector256.Create(SymbolicMath.Hypot(a.GetElement(0), b.GetElement(0)), SymbolicMath.Hypot(a.GetElement(1), b.GetElement(1)), SymbolicMath.Hypot(a.GetElement(2), b.GetElement(2)), SymbolicMath.Hypot(a.GetElement(3), b.GetElement(3)));

        /// <summary>The Euclidean norm of the arguments in each lane (SymbolicMath.Hypot).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector512<double> Hypot(Vector512<double> a, Vector512<double> b) => Vector512.Create(Hypot(a.GetLower(), b.GetLower()), Hypot(a.GetUpper(), b.GetUpper()));

        /// <summary>The Euclidean norm of the arguments in each lane (SymbolicMath.Hypot).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector256<double> Hypot(Vector256<double> a, Vector256<double> b, Vector256<double> c) =>
            Vector256.Create(SymbolicMath.Hypot(a.GetElement(0), b.GetElement(0), c.GetElement(0)), SymbolicMath.Hypot(a.GetElement(1), b.GetElement(1), c.GetElement(1)), SymbolicMath.Hypot(a.GetElement(2), b.GetElement(2), c.GetElement(2)), SymbolicMath.Hypot(a.GetElement(3), b.GetElement(3), c.GetElement(3)));

        /// <summary>The Euclidean norm of the arguments in each lane (SymbolicMath.Hypot).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector512<double> Hypot(Vector512<double> a, Vector512<double> b, Vector512<double> c) => Vector512.Create(Hypot(a.GetLower(), b.GetLower(), c.GetLower()), Hypot(a.GetUpper(), b.GetUpper(), c.GetUpper()));

        /// <summary>The Euclidean norm of the arguments in each lane (SymbolicMath.Hypot).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector256<double> Hypot(Vector256<double> a, Vector256<double> b, Vector256<double> c, Vector256<double> d) =>
            Vector256.Create(SymbolicMath.Hypot(a.GetElement(0), b.GetElement(0), c.GetElement(0), d.GetElement(0)), SymbolicMath.Hypot(a.GetElement(1), b.GetElement(1), c.GetElement(1), d.GetElement(1)), SymbolicMath.Hypot(a.GetElement(2), b.GetElement(2), c.GetElement(2), d.GetElement(2)), SymbolicMath.Hypot(a.GetElement(3), b.GetElement(3), c.GetElement(3), d.GetElement(3)));

        /// <summary>The Euclidean norm of the arguments in each lane (SymbolicMath.Hypot).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector512<double> Hypot(Vector512<double> a, Vector512<double> b, Vector512<double> c, Vector512<double> d) => Vector512.Create(Hypot(a.GetLower(), b.GetLower(), c.GetLower(), d.GetLower()), Hypot(a.GetUpper(), b.GetUpper(), c.GetUpper(), d.GetUpper()));

        // The derivative of abs as the scalar code computes it: 1, -1, or x * 0 (0, or NaN for NaN).
        private static double Sign(double x) => x > 0.0 ? 1.0 : x < 0.0 ? -1.0 : x * 0.0;
    }
}
