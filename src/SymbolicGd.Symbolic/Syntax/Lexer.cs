using System.Collections.Generic;
using System.Globalization;

namespace SymbolicGd.Symbolic.Syntax
{
    /// <summary>
    /// Splits expression text into tokens in one linear pass. Never fails: a character the
    /// language does not know becomes a <see cref="TokenKind.BadCharacter"/> token that the
    /// parser reports where it meets it. The list always ends with one <see cref="TokenKind.End"/>.
    /// </summary>
    internal static class Lexer
    {
        public static List<Token> Tokenize(string text)
        {
            var tokens = new List<Token>();
            int i = 0;
            while (i < text.Length)
            {
                char c = text[i];
                if (IsWhitespace(c))
                {
                    i++;
                    continue;
                }

                int start = i;
                TokenKind kind;
                if (IsDigit(c) || (c == '.' && i + 1 < text.Length && IsDigit(text[i + 1])))
                {
                    i = ScanNumber(text, i);
                    kind = TokenKind.Number;
                }
                else if (IsIdentifierStart(text, i))
                {
                    i += CharLength(text, i);
                    while (i < text.Length && IsIdentifierPart(text, i))
                    {
                        i += CharLength(text, i);
                    }

                    kind = TokenKind.Identifier;
                }
                else
                {
                    kind = c switch
                    {
                        '+' => TokenKind.Plus,
                        '-' => TokenKind.Minus,
                        '*' => TokenKind.Star,
                        '/' => TokenKind.Slash,
                        '^' => TokenKind.Caret,
                        '(' => TokenKind.OpenParen,
                        ')' => TokenKind.CloseParen,
                        ',' => TokenKind.Comma,
                        _ => TokenKind.BadCharacter,
                    };
                    i += kind == TokenKind.BadCharacter ? CharLength(text, i) : 1;
                }

                tokens.Add(new Token(kind, start, i - start));
            }

            tokens.Add(new Token(TokenKind.End, text.Length, 0));
            return tokens;
        }

        /// <summary>The whitespace the language allows: space, tab, CR, LF.</summary>
        public static bool IsWhitespace(char c) => c == ' ' || c == '\t' || c == '\r' || c == '\n';

        private static bool IsDigit(char c) => c >= '0' && c <= '9';

        // digits [. digits] [(e|E) [+|-] digits], or . digits [...]; "1." is accepted. An 'e' not
        // followed by exponent digits is left for the identifier scanner ("2e" is 2 then e).
        private static int ScanNumber(string text, int i)
        {
            while (i < text.Length && IsDigit(text[i]))
            {
                i++;
            }

            if (i < text.Length && text[i] == '.')
            {
                i++;
                while (i < text.Length && IsDigit(text[i]))
                {
                    i++;
                }
            }

            if (i < text.Length && (text[i] == 'e' || text[i] == 'E'))
            {
                int j = i + 1;
                if (j < text.Length && (text[j] == '+' || text[j] == '-'))
                {
                    j++;
                }

                if (j < text.Length && IsDigit(text[j]))
                {
                    i = j;
                    while (i < text.Length && IsDigit(text[i]))
                    {
                        i++;
                    }
                }
            }

            return i;
        }

        private static int CharLength(string text, int i) =>
            char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) ? 2 : 1;

        // C# identifier rules (ECMA-334 §6.4.3), so that any C# parameter name can be written in
        // the expression: a letter or '_' first, then letters, digits, connectors, combining and
        // formatting characters.
        private static bool IsIdentifierStart(string text, int i)
        {
            if (text[i] == '_')
            {
                return true;
            }

            switch (CharUnicodeInfo.GetUnicodeCategory(text, i))
            {
                case UnicodeCategory.UppercaseLetter:
                case UnicodeCategory.LowercaseLetter:
                case UnicodeCategory.TitlecaseLetter:
                case UnicodeCategory.ModifierLetter:
                case UnicodeCategory.OtherLetter:
                case UnicodeCategory.LetterNumber:
                    return true;
                default:
                    return false;
            }
        }

        private static bool IsIdentifierPart(string text, int i)
        {
            if (IsIdentifierStart(text, i))
            {
                return true;
            }

            switch (CharUnicodeInfo.GetUnicodeCategory(text, i))
            {
                case UnicodeCategory.DecimalDigitNumber:
                case UnicodeCategory.ConnectorPunctuation:
                case UnicodeCategory.NonSpacingMark:
                case UnicodeCategory.SpacingCombiningMark:
                case UnicodeCategory.Format:
                    return true;
                default:
                    return false;
            }
        }
    }
}
