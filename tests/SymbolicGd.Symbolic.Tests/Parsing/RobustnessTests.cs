using System;
using System.Linq;
using System.Text;
using SymbolicGd.Symbolic.Syntax;
using Xunit;

namespace SymbolicGd.Symbolic.Tests.Parsing
{
    /// <summary>Huge, deep and hostile inputs, parsed on a 1 MB stack like the compiler's.</summary>
    public class RobustnessTests
    {
        private static readonly string[] Parameters = { "x", "y" };

        private static ParseResult ParseOnSmallStack(string text)
        {
            ParseResult? result = null;
            SmallStackThread.Run(() => result = Parser.Parse(text, Parameters));
            ParseInvariants.Check(text, result!);
            return result!;
        }

        private static string Repeat(string part, int count) => new StringBuilder(part.Length * count).Insert(0, part, count).ToString();

        [Fact]
        public void A_flat_sum_of_50000_terms_is_one_node()
        {
            string text = "x" + Repeat("+x", 49_999);

            ParseResult result = ParseOnSmallStack(text);

            var sum = Assert.IsType<SumSyntax>(result.Root);
            Assert.Equal(50_000, sum.Terms.Count);
            Assert.Equal(new TextSpan(0, text.Length), sum.Span);
            Assert.Equal(50_000 * 0.5, TreeEvaluator.Evaluate(sum, 0.5, 0));
        }

        [Fact]
        public void A_flat_product_of_50000_factors_is_one_node()
        {
            string text = "x" + Repeat("*x", 24_999) + Repeat("/x", 25_000);

            ParseResult result = ParseOnSmallStack(text);

            var product = Assert.IsType<ProductSyntax>(result.Root);
            Assert.Equal(50_000, product.Factors.Count);
            Assert.Equal(25_000, product.Factors.Count(f => f.Inverted));
        }

        [Fact]
        public void Sums_of_many_small_nested_groups_parse()
        {
            string text = "1" + Repeat(" - (x*(y - 2))^2", 6_300); // about 100 000 characters, shallow

            ParseResult result = ParseOnSmallStack(text);

            Assert.True(text.Length >= 100_000);
            Assert.Equal(6_301, Assert.IsType<SumSyntax>(result.Root).Terms.Count);
        }

        [Theory]
        [InlineData("(", "x", ")", 256)]          // parentheses: the 257th '(' is at 256
        [InlineData("-", "x", "", 256)]           // unary minus chain
        [InlineData("- ", "x", "", 512)]          // unary minus chain with spaces
        [InlineData("-(", "x", ")", 256)]         // alternating: level k at index k - 1, a '-'
        [InlineData("sin(", "x", ")", 1027)]      // calls: the '(' of the 257th call, 256*4 + 3
        [InlineData("pow(x,", "x", ")", 1539)]    // 256*6 + 3
        public void Ten_thousand_levels_of_nesting_are_too_complex_at_the_crossing(string open, string middle, string close, int crossing)
        {
            string text = Repeat(open, 10_000) + middle + Repeat(close, 10_000);

            ParseResult result = ParseOnSmallStack(text);

            Assert.Null(result.Root);
            ExpressionDiagnostic diagnostic = result.Diagnostics.Single(d => d.Kind == ExpressionDiagnosticKind.TooComplex);
            Assert.Equal(new TextSpan(crossing, 1), diagnostic.Span);
            Assert.Equal("expression nested deeper than 256 levels at " + diagnostic.Span, diagnostic.Message);
        }

        [Fact]
        public void A_power_chain_of_10000_is_too_complex_at_the_257th_caret()
        {
            string text = "x" + Repeat("^x", 10_000);

            ParseResult result = ParseOnSmallStack(text);

            ExpressionDiagnostic diagnostic = Assert.Single(result.Diagnostics);
            Assert.Equal(ExpressionDiagnosticKind.TooComplex, diagnostic.Kind);
            Assert.Equal(new TextSpan(2 * Parser.MaxDepth + 1, 1), diagnostic.Span);
        }

        [Fact]
        public void A_power_chain_at_the_limit_parses()
        {
            string text = "x" + Repeat("^x", Parser.MaxDepth);

            ParseResult result = ParseOnSmallStack(text);

            Assert.Equal(Parser.MaxDepth + 1, TreeShape.Depth(result.Root!));
        }

        [Fact]
        public void One_hundred_thousand_unclosed_parentheses()
        {
            ParseResult result = ParseOnSmallStack(new string('(', 100_000));

            Assert.Equal(new TextSpan(256, 1), Assert.Single(result.Diagnostics).Span);
        }

        [Fact]
        public void One_hundred_thousand_closing_parentheses()
        {
            ParseResult result = ParseOnSmallStack(new string(')', 100_000));

            Assert.Equal("unexpected ')' at 0..1; an expression cannot start with it", Assert.Single(result.Diagnostics).Message);
        }

        [Fact]
        public void A_100000_character_identifier_is_named_shortened_in_the_message()
        {
            string name = new string('q', 100_000);

            ParseResult result = ParseOnSmallStack("x + " + name);

            ExpressionDiagnostic diagnostic = Assert.Single(result.Diagnostics);
            Assert.Equal(new TextSpan(4, 100_000), diagnostic.Span);
            Assert.Equal(name, diagnostic.Text);
            Assert.Equal("unknown identifier '" + new string('q', 37) + "...' at 4..100004", diagnostic.Message);
        }

        [Fact]
        public void A_100000_digit_number_is_out_of_range()
        {
            ParseResult result = ParseOnSmallStack(new string('9', 100_000));

            Assert.StartsWith("number out of range '999", Assert.Single(result.Diagnostics).Message);
        }

        [Fact]
        public void A_100000_digit_fraction_parses()
        {
            ParseResult result = ParseOnSmallStack("0." + new string('3', 100_000));

            Assert.Equal(1.0 / 3.0, Assert.IsType<NumberSyntax>(result.Root).Value);
        }

        [Fact]
        public void Control_characters_and_lone_surrogates_are_reported_readably()
        {
            string text = "x + \u0000\uD800\u0007";

            ParseResult result = ParseOnSmallStack(text);

            ExpressionDiagnostic diagnostic = Assert.Single(result.Diagnostics);
            Assert.Equal("unexpected character '\\u0000' at 4..5", diagnostic.Message);
            Assert.Equal("unexpected character '\\uD800' at 0..1", Parser.Parse("\uD800", Parameters).Diagnostics.Single().Message);
        }

        [Fact]
        public void One_hundred_thousand_characters_of_garbage()
        {
            var random = new Random(12345);
            const string alphabet = "+-*/^(),.0123456789eExy sinpow\t\n$#\u0000\u2212_θ";
            var builder = new StringBuilder(100_000);
            for (int i = 0; i < 100_000; i++)
            {
                builder.Append(alphabet[random.Next(alphabet.Length)]);
            }

            ParseOnSmallStack(builder.ToString());
        }

        [Fact]
        public void One_hundred_thousand_spaces_are_empty()
        {
            Assert.Equal("expression is empty", Assert.Single(ParseOnSmallStack(new string(' ', 100_000)).Diagnostics).Message);
        }

        [Fact]
        public void Many_unknown_names_are_all_reported()
        {
            string text = Repeat("foo + ", 10_000) + "x";

            ParseResult result = ParseOnSmallStack(text);

            Assert.Equal(10_000, result.Diagnostics.Count);
            Assert.All(result.Diagnostics, d => Assert.Equal(ExpressionDiagnosticKind.UnknownIdentifier, d.Kind));
        }
    }
}
