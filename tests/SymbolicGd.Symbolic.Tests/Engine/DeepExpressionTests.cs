using System;
using System.Linq;
using System.Text;
using SymbolicGd.Symbolic.Syntax;
using SymbolicGd.Symbolic.Testing;
using SymbolicGd.Symbolic.Tests.Parsing;
using SymbolicGd.Symbolic.Tests.Support;
using Xunit;

namespace SymbolicGd.Symbolic.Tests.Engine
{
    /// <summary>
    /// The deepest and longest inputs the parser accepts go through lowering, both derivatives,
    /// printing and emission on a 1 MB stack (the compiler's) without overflowing.
    /// </summary>
    public class DeepExpressionTests
    {
        [Theory]
        [InlineData("sin(", ")")]
        [InlineData("exp(0.5*", ")")]
        [InlineData("(1 + x*", ")")]
        [InlineData("sqrt(1 + ", "^2)")]
        [InlineData("tanh(x - ", ")")]
        public void Deepest_nesting_compiles_prints_and_emits(string open, string close)
        {
            // The deepest nesting of this shape that the parser accepts.
            StringBuilder text = Nest(open, close, Parser.MaxDepth);
            for (int depth = Parser.MaxDepth; Parser.Parse(text.ToString(), new[] { "x", "y" }).Root == null; depth--)
            {
                text = Nest(open, close, depth - 1);
            }

            SmallStackThread.Run(() =>
            {
                LossDefinition loss = Compiled.Loss(text.ToString(), "x", "y");
                Assert.True(text.Length > Parser.MaxDepth * 2);
                Assert.All(loss.GradientExpressions, g => Assert.False(string.IsNullOrEmpty(g)));
                string code = Emitted.Text(loss, new EmitRequest
                {
                    Parameters = new[] { "x", "y" }, ReturnValue = true, GradientSpan = "g", HessianSpan = "h",
                });
                Assert.Contains("h[3] = ", code);
                Assert.True(code.Split('\n').All(line => line.Length < 2_000), "an emitted line is too long");
                double[] point = { 0.3, 0.2 };
                Assert.False(double.IsNaN(Interpreter.Gradient(loss, point)[0]));
            });
        }

        private static StringBuilder Nest(string open, string close, int depth)
        {
            var text = new StringBuilder();
            for (int i = 0; i < depth; i++)
            {
                text.Append(open);
            }

            text.Append("x*y");
            for (int i = 0; i < depth; i++)
            {
                text.Append(close);
            }

            return text;
        }

        [Fact]
        public void A_fifty_thousand_term_sum_compiles()
        {
            string text = string.Join(" + ", Enumerable.Range(0, 50_000).Select(i => (i % 7) + "*x*y^" + (i % 5)));
            SmallStackThread.Run(() =>
            {
                LossDefinition loss = Compiled.Loss(text, "x", "y");

                // Like terms collect: sum_i (i mod 7) x y^(i mod 5) has five distinct monomials.
                Assert.Equal(5, loss.Value.Children.Count);
                double expected = Enumerable.Range(0, 50_000).Sum(i => (i % 7) * 0.5 * Math.Pow(1.5, i % 5));
                Assert.True(Close.Enough(expected, Interpreter.Evaluate(loss.Value, new[] { 0.5, 1.5 }), 1e-12));
            });
        }
    }
}
