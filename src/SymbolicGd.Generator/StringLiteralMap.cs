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
        /// <summary>
        /// Source positions of each character of the literal's value plus its end, or null when the
        /// argument is not a plain or verbatim literal or decoding disagrees with the compiler.
        /// </summary>
        public static int[]? TryMap(ExpressionSyntax argument)
        {
            if (argument is not LiteralExpressionSyntax { Token: { RawKind: (int)SyntaxKind.StringLiteralToken } token })
            {
                return null;
            }

            string text = token.Text;
            int start = token.SpanStart;
            List<int>? positions = text.StartsWith("@\"", System.StringComparison.Ordinal)
                ? MapVerbatim(text, start)
                : text.StartsWith("\"", System.StringComparison.Ordinal) ? MapRegular(text, start) : null;

            // Trust the map only if it reproduces the compiler's idea of the value's length.
            return positions is not null && positions.Count == token.ValueText.Length + 1 ? positions.ToArray() : null;
        }

        /// <summary>Turns source positions into line-aware points for <see cref="LocationInfo"/>.</summary>
        public static EquatableArray<SourcePoint> ToPoints(SyntaxTree tree, int[] positions)
        {
            SourceText text = tree.GetText();
            var points = new SourcePoint[positions.Length];
            for (int i = 0; i < positions.Length; i++)
            {
                LinePosition line = text.Lines.GetLinePosition(positions[i]);
                points[i] = new SourcePoint(positions[i], line.Line, line.Character);
            }

            return new EquatableArray<SourcePoint>(points);
        }

        /// <summary>The location of characters [start, end) of the expression, inside the literal when mapped.</summary>
        public static LocationInfo Locate(ExpressionSite site, int start, int end)
        {
            EquatableArray<SourcePoint> points = site.Characters;
            if (points.Count == 0)
            {
                return site.Argument;
            }

            int last = points.Count - 1;
            SourcePoint from = points[Clamp(start, last)];
            SourcePoint to = points[Clamp(end, last)];
            if (to.Position < from.Position)
            {
                to = from;
            }

            return new LocationInfo(
                site.Argument.FilePath,
                TextSpan.FromBounds(from.Position, to.Position),
                new LinePositionSpan(new LinePosition(from.Line, from.Character), new LinePosition(to.Line, to.Character)));
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
