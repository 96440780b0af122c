using SymbolicGd.Symbolic.Syntax;
using Xunit;

namespace SymbolicGd.Symbolic.Tests.Parsing
{
    /// <summary>Node spans: a node covers its operands including their parentheses, never its own.</summary>
    public class SpanTests
    {
        private static readonly string[] Parameters = { "x", "theta" };

        [Fact]
        public void Spans_of_a_typical_loss()
        {
            //            0123456789012345678
            string text = "(theta - 3)^2 + 1";
            var sum = Assert.IsType<SumSyntax>(Parser.Parse(text, Parameters).Root);
            Assert.Equal(new TextSpan(0, 17), sum.Span);
            var power = Assert.IsType<PowerSyntax>(sum.Terms[0].Node);
            Assert.Equal(new TextSpan(0, 13), power.Span);
            var inner = Assert.IsType<SumSyntax>(power.Base);
            Assert.Equal(new TextSpan(1, 9), inner.Span);
            Assert.Equal(new TextSpan(1, 5), inner.Terms[0].Node.Span);
            Assert.Equal(new TextSpan(9, 1), inner.Terms[1].Node.Span);
            Assert.Equal(new TextSpan(12, 1), power.Exponent.Span);
            Assert.Equal(new TextSpan(16, 1), sum.Terms[1].Node.Span);
        }

        [Fact]
        public void Spans_of_negation_calls_and_products()
        {
            //            0123456789012345678901
            string text = " - sin( x ) * (x) / 2 ";
            // Unary minus binds tighter than '*': (-sin(x)) * x / 2.
            var product = Assert.IsType<ProductSyntax>(Parser.Parse(text, Parameters).Root);
            Assert.Equal(new TextSpan(1, 20), product.Span);
            var negate = Assert.IsType<NegateSyntax>(product.Factors[0].Node);
            Assert.Equal(new TextSpan(1, 10), negate.Span);
            var call = Assert.IsType<CallSyntax>(negate.Operand);
            Assert.Equal(new TextSpan(3, 8), call.Span);
            Assert.Equal(new TextSpan(3, 3), call.NameSpan);
            Assert.Equal(new TextSpan(8, 1), call.Arguments[0].Span);
            Assert.Equal(new TextSpan(15, 1), product.Factors[1].Node.Span);
        }

        [Fact]
        public void Spans_are_in_utf16_code_units()
        {
            //            0 12345
            string text = "𝑥 + x"; // the first name is two code units
            var sum = Assert.IsType<SumSyntax>(Parser.Parse(text, new[] { "𝑥", "x" }).Root);
            Assert.Equal(new TextSpan(0, 2), sum.Terms[0].Node.Span);
            Assert.Equal(new TextSpan(5, 1), sum.Terms[1].Node.Span);
        }
    }
}
