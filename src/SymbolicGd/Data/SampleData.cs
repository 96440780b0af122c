using System;
using System.ComponentModel;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Runtime.CompilerServices;

namespace SymbolicGd
{
    /// <summary>
    /// The checks a generated data loss makes on its columns, so that bad data is a clear
    /// <see cref="ArgumentException"/> naming the column, never a silently truncated or garbage
    /// result. Public only because generated code in your assembly calls it.
    /// </summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static class SampleData
    {
        /// <summary>Throws unless <paramref name="column"/> has <paramref name="samples"/> values, the length of <paramref name="firstColumn"/>.</summary>
        /// <param name="column">A further column.</param>
        /// <param name="name">Its parameter name.</param>
        /// <param name="samples">The first column's length.</param>
        /// <param name="firstColumn">The first column's parameter name.</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static void RequireSameLength(int column, string name, int samples, string firstColumn)
        {
            if (column != samples)
            {
                ThrowDifferentLengths(name, column, firstColumn, samples);
            }
        }

        /// <summary>Throws when a loss that takes the mean over the samples has none.</summary>
        /// <param name="samples">The number of samples.</param>
        /// <param name="columns">The columns' names, for the message, e.g. "'x' and 'y'".</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static void RequireSamples(int samples, string columns)
        {
            if (samples == 0)
            {
                ThrowNoSamples(columns);
            }
        }

        /// <summary>Throws at the first NaN or infinity of <paramref name="column"/>, naming the column and the sample index.</summary>
        public static void RequireFinite(ReadOnlySpan<double> column, string name)
        {
            for (int i = 0; i < column.Length; i++)
            {
                // x - x is 0 for every finite x and NaN for NaN and both infinities.
                if (column[i] - column[i] != 0.0)
                {
                    throw new ArgumentException(
                        string.Format(CultureInfo.InvariantCulture, "Column '{0}' has the non-finite value {1} at sample {2}; a data loss needs finite data.", name, column[i].ToString(CultureInfo.InvariantCulture), i),
                        name);
                }
            }
        }

        [DoesNotReturn]
        [MethodImpl(MethodImplOptions.NoInlining)]
        private static void ThrowDifferentLengths(string name, int length, string firstColumn, int samples) =>
            throw new ArgumentException(
                string.Format(CultureInfo.InvariantCulture, "Columns '{0}' and '{1}' must have the same length (one value per sample), but '{0}' has {2} values and '{1}' has {3}.", firstColumn, name, samples, length),
                name);

        [DoesNotReturn]
        [MethodImpl(MethodImplOptions.NoInlining)]
        private static void ThrowNoSamples(string columns) =>
            throw new ArgumentException("The loss takes a mean over the samples, but the columns " + columns + " are empty; the mean over no samples is undefined.");
    }
}
