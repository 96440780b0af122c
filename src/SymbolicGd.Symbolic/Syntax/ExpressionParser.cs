using System.Collections.Generic;

namespace SymbolicGd.Symbolic.Syntax
{
    /// <summary>
    /// Recursive descent over the token list, binding names as it goes.
    /// <code>
    /// sum     = product { ('+' | '-') product }        n-ary, a loop
    /// product = unary { ('*' | '/') unary }            n-ary, a loop
    /// unary   = { '+' | '-' } power                    prefix signs, a loop
    /// power   = primary [ '^' unary ]                  right-associative: a^b^c = a^(b^c), 2^-1
    /// primary = number | name | name '(' [ sum { ',' sum } ] ')' | '(' sum ')'
    /// </code>
    /// Recursion happens only through parentheses, calls and exponents, and every unary minus
    /// adds a level to the tree; each of these counts one level of depth, bounded by
    /// <see cref="Parser.MaxDepth"/>, so neither the parser nor any consumer of the tree can
    /// overflow the stack. The first syntax error stops the parse (<see cref="_failed"/>).
    /// </summary>
    internal sealed partial class ExpressionParser
    {
        private readonly string _text;
        private readonly List<Token> _tokens;
        private readonly NameBinder _names;
        private readonly List<ExpressionDiagnostic> _diagnostics;
        private int _position;
        private int _depth;
        private bool _failed;

        public ExpressionParser(string text, List<Token> tokens, NameBinder names, List<ExpressionDiagnostic> diagnostics)
        {
            _text = text;
            _tokens = tokens;
            _names = names;
            _diagnostics = diagnostics;
        }

        private Token Current => _tokens[_position];

        /// <summary>Parses the whole token list; null when a syntax error stopped the parse.</summary>
        public SyntaxNode? ParseAll()
        {
            Parsed root = ParseSum();
            if (!_failed && Current.Kind != TokenKind.End)
            {
                ReportAfterOperand(openParen: null);
            }

            if (_failed)
            {
                // Calls the parser did not reach still get their argument counts checked.
                CallArity.CheckAfter(_text, _tokens, _position, _diagnostics);
                return null;
            }

            return root.Node;
        }

        private Parsed ParseSum()
        {
            // Every recursion passes through here; on a tiny stack this throws before overflowing.
            System.Runtime.CompilerServices.RuntimeHelpers.EnsureSufficientExecutionStack();
            Parsed first = ParseProduct();
            if (_failed || !IsAdditive(Current.Kind))
            {
                return first;
            }

            var terms = new List<Operand> { new Operand(false, first.Node) };
            int end = first.End;
            while (!_failed && IsAdditive(Current.Kind))
            {
                bool inverted = Current.Kind == TokenKind.Minus;
                _position++;
                Parsed next = ParseProduct();
                terms.Add(new Operand(inverted, next.Node));
                end = next.End;
            }

            return new Parsed(new SumSyntax(Span(first.Start, end), terms), first.Start, end);
        }

        private Parsed ParseProduct()
        {
            Parsed first = ParseUnary();
            if (_failed || !IsMultiplicative(Current.Kind))
            {
                return first;
            }

            var factors = new List<Operand> { new Operand(false, first.Node) };
            int end = first.End;
            while (!_failed && IsMultiplicative(Current.Kind))
            {
                bool inverted = Current.Kind == TokenKind.Slash;
                _position++;
                Parsed next = ParseUnary();
                factors.Add(new Operand(inverted, next.Node));
                end = next.End;
            }

            return new Parsed(new ProductSyntax(Span(first.Start, end), factors), first.Start, end);
        }

        private Parsed ParseUnary()
        {
            // Signs are collected in a loop, not by recursion; each minus still nests a node, so
            // it counts as a level of depth. Unary plus is dropped.
            List<int>? minusStarts = null;
            int levels = 0;
            while (IsAdditive(Current.Kind))
            {
                if (Current.Kind == TokenKind.Minus)
                {
                    if (!Enter(Current))
                    {
                        _depth -= levels;
                        return Failed();
                    }

                    levels++;
                    (minusStarts ??= new List<int>()).Add(Current.Start);
                }

                _position++;
            }

            Parsed operand = ParsePower();
            _depth -= levels;
            if (minusStarts is null || _failed)
            {
                return operand;
            }

            SyntaxNode node = operand.Node;
            int start = operand.Start;
            for (int i = minusStarts.Count - 1; i >= 0; i--)
            {
                start = minusStarts[i];
                node = new NegateSyntax(Span(start, operand.End), node);
            }

            return new Parsed(node, start, operand.End);
        }

        private Parsed ParsePower()
        {
            Parsed @base = ParsePrimary();
            if (_failed || Current.Kind != TokenKind.Caret)
            {
                return @base;
            }

            if (!Enter(Current))
            {
                return Failed();
            }

            _position++;
            Parsed exponent = ParseUnary();
            _depth--;
            if (_failed)
            {
                return exponent;
            }

            return new Parsed(new PowerSyntax(Span(@base.Start, exponent.End), @base.Node, exponent.Node), @base.Start, exponent.End);
        }

        private Parsed ParsePrimary()
        {
            Token token = Current;
            switch (token.Kind)
            {
                case TokenKind.Number:
                    _position++;
                    return new Parsed(new NumberSyntax(token.Span, NameBinder.ParseNumber(_text, token)), token.Start, token.End);

                case TokenKind.Identifier when _tokens[_position + 1].Kind == TokenKind.OpenParen:
                    return ParseCall();

                case TokenKind.Identifier:
                    _position++;
                    SyntaxNode node = _names.BindIdentifier(token.TextIn(_text), token.Span) ?? new InvalidSyntax(token.Span);
                    return new Parsed(node, token.Start, token.End);

                case TokenKind.OpenParen:
                    return ParseParenthesized();

                default:
                    ReportMissingOperand(token);
                    return Failed();
            }
        }

        private Parsed ParseParenthesized()
        {
            Token open = Current;
            if (!Enter(open))
            {
                return Failed();
            }

            _position++;
            Parsed inner = ParseSum();
            if (!_failed)
            {
                TryClose(open);
            }

            _depth--;
            return _failed ? inner : new Parsed(inner.Node, open.Start, _tokens[_position - 1].End);
        }

        private Parsed ParseCall()
        {
            Token name = Current;
            _position++;
            Token open = Current;
            if (!Enter(open))
            {
                return Failed();
            }

            _position++;
            var arguments = new List<SyntaxNode>();
            if (Current.Kind == TokenKind.CloseParen)
            {
                _position++;
            }
            else
            {
                while (true)
                {
                    Parsed argument = ParseSum();
                    if (_failed)
                    {
                        break;
                    }

                    arguments.Add(argument.Node);
                    if (Current.Kind == TokenKind.Comma)
                    {
                        _position++;
                        continue;
                    }

                    TryClose(open);
                    break;
                }
            }

            _depth--;
            if (_failed)
            {
                return Failed();
            }

            int end = _tokens[_position - 1].End;
            TextSpan span = Span(name.Start, end);
            string functionName = name.TextIn(_text);
            if (!FunctionTable.TryGet(functionName, out FunctionKind function))
            {
                return new Parsed(new InvalidSyntax(span), name.Start, end); // reported by NameBinder.Check
            }

            if (!FunctionTable.Accepts(function, arguments.Count))
            {
                _diagnostics.Add(CallArity.WrongArity(_text, name, end, function, arguments.Count));
                return new Parsed(new InvalidSyntax(span), name.Start, end);
            }

            return new Parsed(new CallSyntax(span, name.Span, function, arguments), name.Start, end);
        }

        /// <summary>Consumes the ')' matching <paramref name="open"/>, or reports what is there instead.</summary>
        private bool TryClose(Token open)
        {
            if (Current.Kind == TokenKind.CloseParen)
            {
                _position++;
                return true;
            }

            ReportAfterOperand(open);
            return false;
        }

        /// <summary>Enters one level of nesting at <paramref name="token"/>; false (and a TooComplex error) past the limit.</summary>
        private bool Enter(Token token)
        {
            if (_depth >= Parser.MaxDepth)
            {
                Report(
                    ExpressionDiagnosticKind.TooComplex,
                    token.Span,
                    "expression nested deeper than " + Parser.MaxDepth.ToString(System.Globalization.CultureInfo.InvariantCulture) + " levels" + MessageText.At(token.Span));
                return false;
            }

            _depth++;
            return true;
        }

        private Parsed Failed()
        {
            _failed = true;
            return new Parsed(new InvalidSyntax(Current.Span), Current.Start, Current.End);
        }

        private static bool IsAdditive(TokenKind kind) => kind == TokenKind.Plus || kind == TokenKind.Minus;

        private static bool IsMultiplicative(TokenKind kind) => kind == TokenKind.Star || kind == TokenKind.Slash;

        private static TextSpan Span(int start, int end) => new TextSpan(start, end - start);

        /// <summary>A parsed operand and its extent, which includes any parentheses around it
        /// (the node's own span does not: a node never spans its own parentheses).</summary>
        private readonly struct Parsed
        {
            public Parsed(SyntaxNode node, int start, int end)
            {
                Node = node;
                Start = start;
                End = end;
            }

            public SyntaxNode Node { get; }

            public int Start { get; }

            public int End { get; }
        }
    }
}
