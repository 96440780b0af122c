using System.Linq;
using SymbolicGd.Symbolic.Syntax;
using Xunit;

namespace SymbolicGd.Symbolic.Tests.Parsing
{
    /// <summary>Every kind of error: its kind, exact span, offending text and message.</summary>
    public class ParserErrorTests
    {
        private static readonly string[] Parameters = { "x", "y", "theta" };

        [Theory]
        // Binding errors
        [InlineData("2 + sine(x)", ExpressionDiagnosticKind.UnknownFunction, 4, 8, "unknown function 'sine' at 4..8; did you mean 'sin'?")]
        [InlineData("thetta - 3", ExpressionDiagnosticKind.UnknownIdentifier, 0, 6, "unknown identifier 'thetta' at 0..6; did you mean 'theta'?")]
        [InlineData("Theta", ExpressionDiagnosticKind.UnknownIdentifier, 0, 5, "unknown identifier 'Theta' at 0..5; did you mean 'theta'?")]
        [InlineData("x + z", ExpressionDiagnosticKind.UnknownIdentifier, 4, 5, "unknown identifier 'z' at 4..5")]
        [InlineData("PI * x", ExpressionDiagnosticKind.UnknownIdentifier, 0, 2, "unknown identifier 'PI' at 0..2; did you mean 'pi'?")]
        [InlineData("ln(x)", ExpressionDiagnosticKind.UnknownFunction, 0, 2, "unknown function 'ln' at 0..2; did you mean 'log'? (log is the natural logarithm)")]
        [InlineData("arctan(x)", ExpressionDiagnosticKind.UnknownFunction, 0, 6, "unknown function 'arctan' at 0..6; did you mean 'atan'?")]
        [InlineData("power(x, 2)", ExpressionDiagnosticKind.UnknownFunction, 0, 5, "unknown function 'power' at 0..5; did you mean 'pow'?")]
        [InlineData("logistic(x)", ExpressionDiagnosticKind.UnknownFunction, 0, 8, "unknown function 'logistic' at 0..8; did you mean 'sigmoid'?")]
        [InlineData("Exp(x)", ExpressionDiagnosticKind.UnknownFunction, 0, 3, "unknown function 'Exp' at 0..3; did you mean 'exp'?")]
        [InlineData("logaddexp(x, 0)", ExpressionDiagnosticKind.UnknownFunction, 0, 9, "unknown function 'logaddexp' at 0..9; did you mean 'logsumexp'? (it takes any number of arguments)")]
        [InlineData("logsumexpp(x)", ExpressionDiagnosticKind.UnknownFunction, 0, 10, "unknown function 'logsumexpp' at 0..10; did you mean 'logsumexp'?")]
        [InlineData("frobnicate(x)", ExpressionDiagnosticKind.UnknownFunction, 0, 10, "unknown function 'frobnicate' at 0..10")]
        [InlineData("pow(x)", ExpressionDiagnosticKind.WrongArity, 0, 6, "function 'pow' takes 2 arguments but was given 1 at 0..6")]
        [InlineData("1 + sin(x, y)", ExpressionDiagnosticKind.WrongArity, 4, 13, "function 'sin' takes 1 argument but was given 2 at 4..13")]
        [InlineData("exp()", ExpressionDiagnosticKind.WrongArity, 0, 5, "function 'exp' takes 1 argument but was given 0 at 0..5")]
        [InlineData("sigmod(x)", ExpressionDiagnosticKind.UnknownFunction, 0, 6, "unknown function 'sigmod' at 0..6; did you mean 'sigmoid'?")]
        [InlineData("sqr(x)", ExpressionDiagnosticKind.UnknownFunction, 0, 3, "unknown function 'sqr' at 0..3; write '(...)^2' for a square, or 'sqrt' for the square root")]
        [InlineData("asinh(x)", ExpressionDiagnosticKind.UnknownFunction, 0, 5, "unknown function 'asinh' at 0..5; write 'log(u + sqrt(u^2 + 1))'")]
        [InlineData("log10(x)", ExpressionDiagnosticKind.UnknownFunction, 0, 5, "unknown function 'log10' at 0..5; only the natural 'log' exists; write 'log(...)/log(10)'")]
        [InlineData("thet^2", ExpressionDiagnosticKind.UnknownIdentifier, 0, 4, "unknown identifier 'thet' at 0..4; did you mean 'theta'?")]
        [InlineData("xy", ExpressionDiagnosticKind.UnknownIdentifier, 0, 2, "unknown identifier 'xy' at 0..2; did you mean 'x*y'? (write '*' to multiply)")]
        [InlineData("xx + 1", ExpressionDiagnosticKind.UnknownIdentifier, 0, 2, "unknown identifier 'xx' at 0..2; did you mean 'x*x'? (write '*' to multiply)")]
        [InlineData("thetas", ExpressionDiagnosticKind.UnknownIdentifier, 0, 6, "unknown identifier 'thetas' at 0..6; did you mean 'theta'?")]
        [InlineData("pow(x, 2, 3)", ExpressionDiagnosticKind.WrongArity, 0, 12, "function 'pow' takes 2 arguments but was given 3 at 0..12")]
        [InlineData("1 + logsumexp()", ExpressionDiagnosticKind.WrongArity, 4, 15, "function 'logsumexp' takes at least 1 argument but was given 0 at 4..15")]
        [InlineData("pi(x)", ExpressionDiagnosticKind.UnknownFunction, 0, 2, "'pi' is a constant, not a function at 0..2; write '*' to multiply")]
        [InlineData("x(y + 1)", ExpressionDiagnosticKind.UnknownFunction, 0, 1, "'x' is a parameter, not a function at 0..1; write '*' to multiply")]
        [InlineData("2 * sin", ExpressionDiagnosticKind.WrongArity, 4, 7, "function 'sin' at 4..7 needs arguments, e.g. 'sin(...)'")]
        // Syntax errors
        [InlineData("(x + 1))", ExpressionDiagnosticKind.Syntax, 7, 8, "unexpected ')' at 7..8; it has no matching '('")]
        [InlineData("sin(x + 1", ExpressionDiagnosticKind.Syntax, 3, 4, "unclosed '(' at 3..4; add ')' to close it")]
        [InlineData("2*((x)", ExpressionDiagnosticKind.Syntax, 2, 3, "unclosed '(' at 2..3; add ')' to close it")]
        [InlineData("x + ", ExpressionDiagnosticKind.Syntax, 4, 4, "expected an operand after '+' at end of input (4..4)")]
        [InlineData("x + (", ExpressionDiagnosticKind.Syntax, 5, 5, "expected an operand after '(' at end of input (5..5)")]
        [InlineData("x^", ExpressionDiagnosticKind.Syntax, 2, 2, "expected an operand after '^' at end of input (2..2)")]
        [InlineData("-", ExpressionDiagnosticKind.Syntax, 1, 1, "expected an operand after '-' at end of input (1..1)")]
        [InlineData("x * )", ExpressionDiagnosticKind.Syntax, 4, 5, "expected an operand after '*' but found ')' at 4..5")]
        [InlineData("x**2", ExpressionDiagnosticKind.Syntax, 2, 3, "expected an operand after '*' but found '*' at 2..3; use '^' for powers")]
        [InlineData("pow(x,)", ExpressionDiagnosticKind.Syntax, 6, 7, "expected an operand after ',' but found ')' at 6..7")]
        [InlineData("()", ExpressionDiagnosticKind.Syntax, 1, 2, "expected an operand after '(' but found ')' at 1..2")]
        [InlineData("* x", ExpressionDiagnosticKind.Syntax, 0, 1, "unexpected '*' at 0..1; an expression cannot start with it")]
        [InlineData("2x", ExpressionDiagnosticKind.Syntax, 1, 2, "missing operator between '2' and 'x' at 1..2")]
        [InlineData("(x + 1)(y)", ExpressionDiagnosticKind.Syntax, 7, 8, "missing operator between ')' and '(' at 7..8")]
        [InlineData("x y", ExpressionDiagnosticKind.Syntax, 2, 3, "missing operator between 'x' and 'y' at 2..3")]
        [InlineData("x, y", ExpressionDiagnosticKind.Syntax, 1, 2, "unexpected ',' at 1..2; ',' only separates the arguments of a function such as 'pow(a, b)'")]
        [InlineData("x $ y", ExpressionDiagnosticKind.Syntax, 2, 3, "unexpected character '$' at 2..3")]
        [InlineData("x \u2212 y", ExpressionDiagnosticKind.Syntax, 2, 3, "unexpected character '\u2212' at 2..3; did you mean '-'?")]
        [InlineData("x\u0001", ExpressionDiagnosticKind.Syntax, 1, 2, "unexpected character '\\u0001' at 1..2")]
        [InlineData("x × y", ExpressionDiagnosticKind.Syntax, 2, 3, "unexpected character '×' at 2..3; did you mean '*'?")]
        [InlineData("[x]", ExpressionDiagnosticKind.Syntax, 0, 1, "unexpected character '[' at 0..1; use '(' for grouping")]
        [InlineData("x + .", ExpressionDiagnosticKind.Syntax, 4, 5, "unexpected character '.' at 4..5; a number needs a digit after '.'")]
        [InlineData("1.5.2", ExpressionDiagnosticKind.Syntax, 3, 5, "missing operator between '1.5' and '.2' at 3..5")]
        [InlineData("x = 1", ExpressionDiagnosticKind.Syntax, 2, 3, "unexpected character '=' at 2..3; write only the expression, without '='")]
        [InlineData("1e999 * x", ExpressionDiagnosticKind.Syntax, 0, 5, "number out of range '1e999' at 0..5; the largest double is about 1.8e308")]
        [InlineData("", ExpressionDiagnosticKind.Syntax, 0, 0, "expression is empty")]
        [InlineData(" \t\r\n", ExpressionDiagnosticKind.Syntax, 0, 4, "expression is empty")]
        public void Reports_the_error_with_kind_span_text_and_message(string text, object kind, int start, int end, string message)
        {
            ParseResult result = Parser.Parse(text, Parameters);

            Assert.Null(result.Root);
            ExpressionDiagnostic diagnostic = Assert.Single(result.Diagnostics);
            Assert.Equal((ExpressionDiagnosticKind)kind, diagnostic.Kind);
            Assert.Equal(new TextSpan(start, end - start), diagnostic.Span);
            Assert.Equal(text.Substring(start, end - start), diagnostic.Text);
            Assert.Equal(message, diagnostic.Message);
            Assert.True(diagnostic.IsError);
        }

        [Fact]
        public void Null_text_is_an_empty_expression()
        {
            ParseResult result = Parser.Parse(null!, Parameters);

            Assert.Null(result.Root);
            Assert.Equal("expression is empty", Assert.Single(result.Diagnostics).Message);
        }

        [Fact]
        public void Abs_is_a_warning_at_the_name_and_the_tree_is_still_returned()
        {
            ParseResult result = Parser.Parse("1 + abs(x - 2)", Parameters);

            Assert.NotNull(result.Root);
            ExpressionDiagnostic warning = Assert.Single(result.Diagnostics);
            Assert.Equal(ExpressionDiagnosticKind.NonSmooth, warning.Kind);
            Assert.False(warning.IsError);
            Assert.Equal(new TextSpan(4, 3), warning.Span);
            Assert.Equal("abs", warning.Text);
            Assert.StartsWith("function 'abs' at 4..7 ", warning.Message);
        }

        [Fact]
        public void Reports_every_binding_error_in_text_order()
        {
            ParseResult result = Parser.Parse("foo(x) + thetta * pow(y) + bar", Parameters);

            Assert.Null(result.Root);
            Assert.Equal(
                new[] { "unknown function 'foo' at 0..3", "unknown identifier 'thetta' at 9..15; did you mean 'theta'?", "function 'pow' takes 2 arguments but was given 1 at 18..24", "unknown identifier 'bar' at 27..30" },
                result.Diagnostics.Select(d => d.Message));
        }

        [Fact]
        public void Binding_errors_after_a_syntax_error_are_still_reported()
        {
            ParseResult result = Parser.Parse("x + ) + sinus(y)", Parameters);

            Assert.Equal(
                new[] { (ExpressionDiagnosticKind.Syntax, new TextSpan(4, 1)), (ExpressionDiagnosticKind.UnknownFunction, new TextSpan(8, 5)) },
                result.Diagnostics.Select(d => (d.Kind, d.Span)));
        }

        [Theory]
        [InlineData("x + ) + pow(y) * sin(1, 2)", "expected an operand after '+' but found ')' at 4..5|function 'pow' takes 2 arguments but was given 1 at 8..14|function 'sin' takes 1 argument but was given 2 at 17..26")]
        [InlineData("x pow(y)", "missing operator between 'x' and 'pow' at 2..5|function 'pow' takes 2 arguments but was given 1 at 2..8")]
        [InlineData("exp(x, y) ) + cos()", "function 'exp' takes 1 argument but was given 2 at 0..9|unexpected ')' at 10..11; it has no matching '('|function 'cos' takes 1 argument but was given 0 at 14..19")]
        [InlineData("pow(x y)", "missing operator between 'x' and 'y' at 6..7")]
        [InlineData("x + ) + logsumexp() + logsumexp(x, y, x)", "expected an operand after '+' but found ')' at 4..5|function 'logsumexp' takes at least 1 argument but was given 0 at 8..19")]
        [InlineData("sin(x)) + pow((1), (2), 3)", "unexpected ')' at 6..7; it has no matching '('|function 'pow' takes 2 arguments but was given 3 at 10..26")]
        public void Argument_counts_are_checked_before_and_after_a_syntax_error(string text, string messages)
        {
            ParseResult result = Parser.Parse(text, Parameters);

            Assert.Null(result.Root);
            Assert.Equal(messages.Split('|'), result.Diagnostics.Select(d => d.Message));
        }

        [Fact]
        public void Nesting_deeper_than_the_limit_is_too_complex_where_the_limit_is_crossed()
        {
            string text = new string('(', 300) + "x" + new string(')', 300);

            ParseResult result = Parser.Parse(text, Parameters);

            ExpressionDiagnostic diagnostic = Assert.Single(result.Diagnostics);
            Assert.Equal(ExpressionDiagnosticKind.TooComplex, diagnostic.Kind);
            Assert.Equal(new TextSpan(256, 1), diagnostic.Span);
            Assert.Equal("expression nested deeper than 256 levels at 256..257", diagnostic.Message);
        }

        [Fact]
        public void Nesting_exactly_at_the_limit_parses()
        {
            string text = new string('(', Parser.MaxDepth) + "x" + new string(')', Parser.MaxDepth);

            ParseResult result = Parser.Parse(text, Parameters);

            Assert.Empty(result.Diagnostics);
            Assert.Equal(2.5, TreeEvaluator.Evaluate(result.Root!, 2.5, 0, 0));
        }
    }
}
