using System;
using System.ComponentModel;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Runtime.CompilerServices;

namespace SymbolicGd
{
    /// <summary>
    /// The length checks every generated loss member makes before it reads or writes a span, so
    /// that a span of the wrong length fails at once, naming itself, and nothing is written. Public
    /// only because generated code in your assembly calls it; there is no need to call it yourself.
    /// </summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static class SpanArguments
    {
        /// <summary>
        /// Throws an <see cref="ArgumentException"/> for <paramref name="parameterName"/>, stating
        /// the expected and the actual length, unless <paramref name="span"/> has exactly
        /// <paramref name="length"/> elements.
        /// </summary>
        /// <param name="span">The span argument.</param>
        /// <param name="length">The length the member needs: n for theta and the gradient, n*n for the Hessian.</param>
        /// <param name="parameterName">The argument's name.</param>
        /// <exception cref="ArgumentException"><paramref name="span"/> does not have <paramref name="length"/> elements.</exception>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static void RequireLength(ReadOnlySpan<double> span, int length, string parameterName)
        {
            // One compare inline; the throw stays out of the caller's body.
            if (span.Length != length)
            {
                ThrowWrongLength(parameterName, length, span.Length);
            }
        }

        /// <summary>
        /// Throws an <see cref="ArgumentException"/> for <paramref name="parameterName"/> unless
        /// <paramref name="span"/> has exactly <paramref name="length"/> elements: the check of
        /// the box and enclosure spans of <c>ValueGradientHessianBounds</c>.
        /// </summary>
        /// <param name="span">The span argument.</param>
        /// <param name="length">The length the member needs: n for the box and the gradient, n*n for the Hessian.</param>
        /// <param name="parameterName">The argument's name.</param>
        /// <exception cref="ArgumentException"><paramref name="span"/> does not have <paramref name="length"/> elements.</exception>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static void RequireLength(ReadOnlySpan<Interval> span, int length, string parameterName)
        {
            if (span.Length != length)
            {
                ThrowWrongLength(parameterName, length, span.Length);
            }
        }

        [DoesNotReturn]
        [MethodImpl(MethodImplOptions.NoInlining)]
        private static void ThrowWrongLength(string parameterName, int expected, int actual) =>
            throw new ArgumentException(
                string.Format(CultureInfo.InvariantCulture, "'{0}' must have exactly {1} elements, but it has {2}.", parameterName, expected, actual),
                parameterName);
    }
}
