using System.Collections.Generic;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;
using SymbolicGd.Symbolic;

namespace SymbolicGd.Generator
{
    /// <summary>Culture-independent C# text for values the emitter writes itself.</summary>
    internal static class CSharpText
    {
        /// <summary>A string literal with every character that needs it escaped.</summary>
        public static string StringLiteral(string value) => SymbolDisplay.FormatLiteral(value, quote: true);

        /// <summary>A double literal; the engine formats finite values (invariant, round-trip exact).</summary>
        public static string Double(double value)
        {
            if (double.IsNaN(value))
            {
                return "double.NaN";
            }

            if (double.IsPositiveInfinity(value))
            {
                return "double.PositiveInfinity";
            }

            if (double.IsNegativeInfinity(value))
            {
                return "double.NegativeInfinity";
            }

            return CSharpEmitter.FormatDouble(value);
        }

        /// <summary>
        /// Text safe inside an XML doc comment line: XML-escaped, and with every character C#
        /// treats as a line break (including U+0085, U+2028, U+2029) and every surrogate (a lone
        /// one cannot be encoded) turned into a space.
        /// </summary>
        public static string DocText(string value)
        {
            var builder = new StringBuilder(value.Length);
            foreach (char c in value)
            {
                switch (c)
                {
                    case '<': builder.Append("&lt;"); break;
                    case '>': builder.Append("&gt;"); break;
                    case '&': builder.Append("&amp;"); break;
                    default: builder.Append(char.IsControl(c) || c == '\u2028' || c == '\u2029' || char.IsSurrogate(c) ? ' ' : c); break;
                }
            }

            return builder.ToString();
        }

        /// <summary>A name not among <paramref name="taken"/>: the preferred one, else it with 1, 2, ... appended.</summary>
        public static string UniqueName(string preferred, IEnumerable<string> taken)
        {
            var set = new HashSet<string>(taken, System.StringComparer.Ordinal);
            if (!set.Contains(preferred))
            {
                return preferred;
            }

            for (int i = 1; ; i++)
            {
                string candidate = preferred + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
                if (!set.Contains(candidate))
                {
                    return candidate;
                }
            }
        }
    }
}
