using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;
using SymbolicGd.Generator.Model;

namespace SymbolicGd.Generator
{
    /// <summary>
    /// Maps characters of a string literal's value back to the source text they came from, so an
    /// error in the expression points at the offending characters inside the quotes. Handles plain
    /// literals (every C# escape, including \u, \U and \x) and verbatim literals (""); anything
    /// else (constants, concatenations, interpolated and raw strings) yields no map and the
    /// caller falls back to the whole argument.
    /// </summary>
    internal static class StringLiteralMap
    {
        /// <summary>The site of an attribute argument: its location, and its text when it is a literal that can be mapped.</summary>
        public static ExpressionSite Site(ExpressionSyntax argument)
        {
            var location = LocationInfo.From(argument.SyntaxTree, argument.Span);
            if (argument is not LiteralExpressionSyntax { Token: { RawKind: (int)SyntaxKind.StringLiteralToken } token })
            {
                return new ExpressionSite(location, null, new SourcePoint(location.Span.Start, location.LineSpan.Start.Line, location.LineSpan.Start.Character));
            }

            LinePosition start = token.SpanStart == argument.SpanStart ? location.LineSpan.Start : argument.SyntaxTree.GetLineSpan(token.Span).StartLinePosition;
            return new ExpressionSite(location, token.Text, new SourcePoint(token.SpanStart, start.Line, start.Character));
        }

        /// <summary>
        /// Source positions of each character of the literal's value plus its end, or null when the
        /// site is not a plain or verbatim literal or decoding does not give
        /// <paramref name="valueLength"/> characters (the compiler's idea of the value).
        /// </summary>
        public static int[]? TryMap(ExpressionSite site, int valueLength)
        {
            string? text = site.Literal;
            if (text is null)
            {
                return null;
            }

            int start = site.LiteralStart.Position;
            List<int>? positions = text.StartsWith("@\"", System.StringComparison.Ordinal)
                ? MapVerbatim(text, start)
                : text.StartsWith("\"", System.StringComparison.Ordinal) ? MapRegular(text, start) : null;

            return positions is not null && positions.Count == valueLength + 1 ? positions.ToArray() : null;
        }

        /// <summary>
        /// The location of characters [start, end) of the expression (of <paramref name="valueLength"/>
        /// characters), inside the literal when it can be mapped, else the whole argument.
        /// </summary>
        public static LocationInfo Locate(ExpressionSite site, int valueLength, int start, int end)
        {
            int[]? positions = TryMap(site, valueLength);
            if (positions is null)
            {
                return site.Argument;
            }

            int last = positions.Length - 1;
            int from = positions[Clamp(start, last)];
            int to = System.Math.Max(from, positions[Clamp(end, last)]);
            return new LocationInfo(
                site.Argument.FilePath,
                TextSpan.FromBounds(from, to),
                new LinePositionSpan(LinePositionOf(site, from), LinePositionOf(site, to)));
        }

        // Counted along the literal from its start, whose line is known: a line-table lookup per
        // position is slow on the edited texts an IDE hands over. The line breaks are SourceText's:
        // CR LF is one break (the CR stays on its line); CR, LF, NEL, LS and PS alone are one each.
        private static LinePosition LinePositionOf(ExpressionSite site, int position)
        {
            string text = site.Literal!;
            int line = site.LiteralStart.Line, character = site.LiteralStart.Character;
            for (int i = 0; i < position - site.LiteralStart.Position && i < text.Length; i++)
            {
                char c = text[i];
                bool crBeforeLf = c == '\r' && i + 1 < text.Length && text[i + 1] == '\n';
                if (!crBeforeLf && c is '\r' or '\n' or '\u0085' or '\u2028' or '\u2029')
                {
                    line++;
                    character = 0;
                }
                else
                {
                    character++;
                }
            }

            return new LinePosition(line, character);
        }

        private static int Clamp(int value, int max) => value < 0 ? 0 : value > max ? max : value;

        private static List<int> MapVerbatim(string text, int start)
        {
            var positions = new List<int>(text.Length);
            int end = text.Length - 1; // the closing quote
            int i = 2;
            while (i < end)
            {
                positions.Add(start + i);
                i += text[i] == '"' ? 2 : 1; // "" is one quote
            }

            positions.Add(start + end);
            return positions;
        }

        private static List<int>? MapRegular(string text, int start)
        {
            var positions = new List<int>(text.Length);
            int end = text.Length - 1;
            int i = 1;
            while (i < end)
            {
                int at = start + i;
                if (text[i] != '\\')
                {
                    positions.Add(at);
                    i++;
                    continue;
                }

                if (i + 1 >= end)
                {
                    return null;
                }

                char escape = text[i + 1];
                switch (escape)
                {
                    case 'u':
                        positions.Add(at);
                        i += 6;
                        break;
                    case 'U':
                        // Eight hex digits: one character, or a surrogate pair above U+FFFF.
                        if (i + 10 > end || !uint.TryParse(text.Substring(i + 2, 8), System.Globalization.NumberStyles.HexNumber, System.Globalization.CultureInfo.InvariantCulture, out uint codePoint))
                        {
                            return null;
                        }

                        positions.Add(at);
                        if (codePoint > 0xFFFF)
                        {
                            positions.Add(at);
                        }

                        i += 10;
                        break;
                    case 'x':
                        // One to four hex digits.
                        positions.Add(at);
                        i += 2;
                        for (int digits = 0; digits < 4 && i < end && IsHex(text[i]); digits++)
                        {
                            i++;
                        }

                        break;
                    default:
                        positions.Add(at);
                        i += 2;
                        break;
                }
            }

            if (i != end)
            {
                return null;
            }

            positions.Add(start + end);
            return positions;
        }

        private static bool IsHex(char c) => (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }
}
