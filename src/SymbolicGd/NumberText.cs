using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace SymbolicGd
{
    // Culture-invariant number text for messages and summaries: six significant digits read
    // well; the exact values stay available as properties.
    internal static class NumberText
    {
        public static string Of(double value)
        {
            if (double.IsPositiveInfinity(value))
            {
                return "infinity";
            }

            if (double.IsNegativeInfinity(value))
            {
                return "-infinity";
            }

            if (value == 0.0)
            {
                // -0 (e.g. the value of -x^2 at 0) reads as a sign error.
                return "0";
            }

            // "1e-08" reads better than .NET's "1E-08".
            return value.ToString("G6", CultureInfo.InvariantCulture).Replace('E', 'e');
        }

        public static string Of(int value) => value.ToString(CultureInfo.InvariantCulture);

        // A product such as eta*L that may overflow: still a number in the text, never "infinity".
        public static string Product(double value) =>
            double.IsPositiveInfinity(value) ? "more than " + Of(double.MaxValue) : Of(value);

        // "(x = 1, y = 3)", or "theta = -1" for one parameter.
        public static string Point(IReadOnlyList<string> names, ReadOnlySpan<double> theta)
        {
            var text = new StringBuilder();
            if (theta.Length != 1)
            {
                text.Append('(');
            }

            for (int i = 0; i < theta.Length; i++)
            {
                if (i > 0)
                {
                    text.Append(", ");
                }

                text.Append(i < names.Count ? names[i] : "p" + Of(i)).Append(" = ").Append(Of(theta[i]));
            }

            if (theta.Length != 1)
            {
                text.Append(')');
            }

            return text.ToString();
        }
    }
}
