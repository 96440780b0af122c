using System;
using System.Globalization;
using System.Threading;
using SymbolicGd.Symbolic.Syntax;
using Xunit;

namespace SymbolicGd.Symbolic.Tests.Parsing
{
    /// <summary>Name resolution, Unicode names, whitespace and number formats.</summary>
    public class BindingTests
    {
        [Fact]
        public void Constants_pi_and_e_resolve_when_no_parameter_has_their_name()
        {
            var product = Assert.IsType<ProductSyntax>(Parser.Parse("pi * e", new[] { "x" }).Root);
            var pi = Assert.IsType<ConstantSyntax>(product.Factors[0].Node);
            var e = Assert.IsType<ConstantSyntax>(product.Factors[1].Node);
            Assert.Equal(("pi", Math.PI), (pi.Name, pi.Value));
            Assert.Equal(("e", Math.E), (e.Name, e.Value));
        }

        [Fact]
        public void A_parameter_named_e_or_pi_shadows_the_constant()
        {
            var product = Assert.IsType<ProductSyntax>(Parser.Parse("pi * e", new[] { "e", "pi" }).Root);
            var pi = Assert.IsType<ParameterSyntax>(product.Factors[0].Node);
            var e = Assert.IsType<ParameterSyntax>(product.Factors[1].Node);
            Assert.Equal((1, "pi"), (pi.Index, pi.Name));
            Assert.Equal((0, "e"), (e.Index, e.Name));
        }

        [Fact]
        public void A_parameter_named_like_a_function_is_a_value_unless_called()
        {
            var sum = Assert.IsType<SumSyntax>(Parser.Parse("sin + sin(sin)", new[] { "sin" }).Root);
            Assert.IsType<ParameterSyntax>(sum.Terms[0].Node);
            var call = Assert.IsType<CallSyntax>(sum.Terms[1].Node);
            Assert.IsType<ParameterSyntax>(call.Arguments[0]);
        }

        [Fact]
        public void Parameter_index_is_its_position()
        {
            var sum = Assert.IsType<SumSyntax>(Parser.Parse("c + a + b", new[] { "a", "b", "c" }).Root);
            Assert.Equal(new[] { 2, 0, 1 }, System.Linq.Enumerable.Select(sum.Terms, t => ((ParameterSyntax)t.Node).Index));
        }

        [Theory]
        [InlineData("θ")]
        [InlineData("Δx")]
        [InlineData("_w1")]
        [InlineData("__")]
        [InlineData("x\u0301")] // combining acute accent after a letter
        [InlineData("𝑥")] // U+1D465, a surrogate pair
        [InlineData("checked")] // the C# parameter @checked arrives without '@'
        [InlineData("变量")]
        public void Unicode_and_keyword_parameter_names_bind(string name)
        {
            string text = "(" + name + " - 3)^2";

            ParseResult result = Parser.Parse(text, new[] { "other", name });

            Assert.Empty(result.Diagnostics);
            Assert.Equal(4.0, TreeEvaluator.Evaluate(result.Root!, 0, 5));
            var power = Assert.IsType<PowerSyntax>(result.Root);
            var sum = Assert.IsType<SumSyntax>(power.Base);
            var parameter = Assert.IsType<ParameterSyntax>(sum.Terms[0].Node);
            Assert.Equal(new TextSpan(1, name.Length), parameter.Span);
        }

        [Fact]
        public void Unknown_greek_pi_suggests_pi()
        {
            ExpressionDiagnostic diagnostic = Assert.Single(Parser.Parse("2*π", new[] { "x" }).Diagnostics);
            Assert.Equal("unknown identifier 'π' at 2..3; did you mean 'pi'?", diagnostic.Message);
        }

        [Fact]
        public void Whitespace_and_newlines_are_free()
        {
            ParseResult result = Parser.Parse("\r\n\t( theta\n-\t3 )\r\n^\n2\t", new[] { "theta" });

            Assert.Empty(result.Diagnostics);
            Assert.Equal(16.0, TreeEvaluator.Evaluate(result.Root!, 7));
        }

        [Fact]
        public void Numbers_parse_culture_invariantly()
        {
            CultureInfo saved = Thread.CurrentThread.CurrentCulture;
            try
            {
                Thread.CurrentThread.CurrentCulture = new CultureInfo("de-DE");
                var number = Assert.IsType<NumberSyntax>(Parser.Parse("2.5E+4", new string[0]).Root);
                Assert.Equal(25000.0, number.Value);
                var small = Assert.IsType<NumberSyntax>(Parser.Parse("0.1", new string[0]).Root);
                Assert.Equal(0.1, small.Value);
            }
            finally
            {
                Thread.CurrentThread.CurrentCulture = saved;
            }
        }

        [Fact]
        public void Tiny_numbers_underflow_to_zero_without_error()
        {
            var number = Assert.IsType<NumberSyntax>(Parser.Parse("1e-400", new string[0]).Root);
            Assert.Equal(0.0, number.Value);
        }

        [Fact]
        public void An_e_without_exponent_digits_is_the_constant()
        {
            ExpressionDiagnostic diagnostic = Assert.Single(Parser.Parse("2e", new string[0]).Diagnostics);
            Assert.Equal("missing operator between '2' and 'e' at 1..2", diagnostic.Message);
        }

        [Fact]
        public void Null_parameter_list_binds_nothing_but_constants()
        {
            Assert.IsType<ConstantSyntax>(Parser.Parse("pi", null!).Root);
            Assert.Equal(ExpressionDiagnosticKind.UnknownIdentifier, Assert.Single(Parser.Parse("x", null!).Diagnostics).Kind);
        }
    }
}
