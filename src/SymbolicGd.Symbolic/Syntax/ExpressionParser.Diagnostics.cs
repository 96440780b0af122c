namespace SymbolicGd.Symbolic.Syntax
{
    /// <summary>The syntax errors of the parser: each names the offending text and its span.</summary>
    internal sealed partial class ExpressionParser
    {
        /// <summary>After a complete operand, <see cref="Current"/> is neither an operator nor the expected ')' or end.</summary>
        private void ReportAfterOperand(Token? openParen)
        {
            Token token = Current;
            string text = token.TextIn(_text);
            switch (token.Kind)
            {
                case TokenKind.End:
                    // Only reached inside parentheses: at the top level the end is expected.
                    Token open = openParen.GetValueOrDefault();
                    Report(ExpressionDiagnosticKind.Syntax, open.Span, "unclosed '('" + MessageText.At(open.Span) + "; add ')' to close it");
                    break;
                case TokenKind.CloseParen:
                    Report(ExpressionDiagnosticKind.Syntax, token.Span, "unexpected ')'" + MessageText.At(token.Span) + "; it has no matching '('");
                    break;
                case TokenKind.Comma:
                    Report(ExpressionDiagnosticKind.Syntax, token.Span, "unexpected ','" + MessageText.At(token.Span) + "; ',' only separates the arguments of a function such as 'pow(a, b)'");
                    break;
                case TokenKind.BadCharacter:
                    ReportBadCharacter(token, text);
                    break;
                default:
                    string previous = _tokens[_position - 1].TextIn(_text);
                    Report(
                        ExpressionDiagnosticKind.Syntax,
                        token.Span,
                        "missing operator between " + MessageText.Quote(previous) + " and " + MessageText.Quote(text) + MessageText.At(token.Span));
                    break;
            }
        }

        /// <summary><paramref name="token"/> stands where an operand must begin.</summary>
        private void ReportMissingOperand(Token token)
        {
            if (token.Kind == TokenKind.BadCharacter)
            {
                ReportBadCharacter(token, token.TextIn(_text));
                return;
            }

            string text = token.TextIn(_text);
            if (_position == 0)
            {
                Report(ExpressionDiagnosticKind.Syntax, token.Span, "unexpected " + MessageText.Quote(text) + MessageText.At(token.Span) + "; an expression cannot start with it");
                return;
            }

            Token previousToken = _tokens[_position - 1];
            string previous = previousToken.TextIn(_text);
            if (token.Kind == TokenKind.End)
            {
                Report(ExpressionDiagnosticKind.Syntax, token.Span, "expected an operand after " + MessageText.Quote(previous) + " at end of input (" + token.Span.ToString() + ")");
                return;
            }

            string hint = previousToken.Kind == TokenKind.Star && token.Kind == TokenKind.Star && previousToken.End == token.Start
                ? "; use '^' for powers"
                : string.Empty;
            Report(ExpressionDiagnosticKind.Syntax, token.Span, "expected an operand after " + MessageText.Quote(previous) + " but found " + MessageText.Quote(text) + MessageText.At(token.Span) + hint);
        }

        private void ReportBadCharacter(Token token, string text)
        {
            string? hint = LookalikeHint(text);
            Report(
                ExpressionDiagnosticKind.Syntax,
                token.Span,
                "unexpected character " + MessageText.Quote(text) + MessageText.At(token.Span) + (hint is null ? string.Empty : "; " + hint));
        }

        // Characters pasted from typeset math or other languages, and what to write instead.
        private static string? LookalikeHint(string text) => text switch
        {
            "\u2212" or "\u2013" or "\u2014" => "did you mean '-'?",
            "\u00D7" or "\u00B7" or "\u2219" or "\u22C5" => "did you mean '*'?",
            "\u00F7" or "\u2215" => "did you mean '/'?",
            "\u00B2" => "write '^2'",
            "\u00B3" => "write '^3'",
            "[" or "{" => "use '(' for grouping",
            "]" or "}" => "use ')' for grouping",
            "." => "a number needs a digit after '.'",
            "=" => "write only the expression, without '='",
            ";" => "write a single expression",
            _ => null,
        };

        private void Report(ExpressionDiagnosticKind kind, TextSpan span, string message)
        {
            _diagnostics.Add(new ExpressionDiagnostic(kind, span, _text.Substring(span.Start, span.Length), message));
            _failed = true;
        }
    }
}
