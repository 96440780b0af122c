using System.Globalization;
using System.Text;

namespace SymbolicGd.Symbolic.Syntax
{
    /// <summary>How offending text is shown inside diagnostic messages.</summary>
    internal static class MessageText
    {
        /// <summary>Longest text quoted in full; longer text is cut (the span still covers all of it).</summary>
        private const int MaxQuoted = 40;

        /// <summary>'text', with control and invisible characters as \uXXXX so the message stays
        /// readable on one line, and very long text shortened with "...".</summary>
        public static string Quote(string text)
        {
            var builder = new StringBuilder(text.Length + 2);
            builder.Append('\'');
            int limit = text.Length > MaxQuoted ? MaxQuoted - 3 : text.Length;
            for (int i = 0; i < limit; i++)
            {
                char c = text[i];
                if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    builder.Append(c).Append(text[i + 1]);
                    i++;
                }
                else if (char.IsSurrogate(c) || char.IsControl(c) || (char.IsWhiteSpace(c) && c != ' ') || IsInvisible(c))
                {
                    builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                }
                else
                {
                    builder.Append(c);
                }
            }

            if (limit < text.Length)
            {
                builder.Append("...");
            }

            builder.Append('\'');
            return builder.ToString();
        }

        /// <summary>" at start..end", the place suffix of every message.</summary>
        public static string At(TextSpan span) => " at " + span.ToString();

        private static bool IsInvisible(char c)
        {
            UnicodeCategory category = CharUnicodeInfo.GetUnicodeCategory(c);
            return category == UnicodeCategory.Format
                || category == UnicodeCategory.OtherNotAssigned
                || category == UnicodeCategory.LineSeparator
                || category == UnicodeCategory.ParagraphSeparator;
        }
    }
}
