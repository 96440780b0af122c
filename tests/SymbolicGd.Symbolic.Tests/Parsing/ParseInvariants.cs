using System.Linq;
using SymbolicGd.Symbolic.Syntax;
using Xunit;

namespace SymbolicGd.Symbolic.Tests.Parsing
{
    /// <summary>What must hold for the result of parsing any text at all.</summary>
    internal static class ParseInvariants
    {
        /// <summary>Each unit of nesting depth (parenthesis, minus, power, call) adds at most one
        /// node, and each parenthesised level at most a sum and a product around it.</summary>
        public const int MaxTreeDepth = 3 * (Parser.MaxDepth + 1);

        public static void Check(string text, ParseResult result)
        {
            Assert.NotNull(result.Diagnostics);
            for (int i = 0; i < result.Diagnostics.Count; i++)
            {
                ExpressionDiagnostic diagnostic = result.Diagnostics[i];
                Assert.DoesNotContain(Parser.InternalErrorPrefix, diagnostic.Message);
                Assert.InRange(diagnostic.Span.Start, 0, text.Length);
                Assert.InRange(diagnostic.Span.End, diagnostic.Span.Start, text.Length);
                Assert.Equal(text.Substring(diagnostic.Span.Start, diagnostic.Span.Length), diagnostic.Text);
                if (diagnostic.Message != "expression is empty")
                {
                    Assert.Contains(diagnostic.Span.ToString(), diagnostic.Message);
                }

                if (i > 0)
                {
                    Assert.True(result.Diagnostics[i - 1].Span.Start <= diagnostic.Span.Start, "diagnostics out of text order");
                }
            }

            bool hasError = result.Diagnostics.Any(d => d.IsError);
            if (result.Root is null)
            {
                Assert.True(hasError, "no tree and no error for: " + text);
                return;
            }

            Assert.False(hasError, "a tree and an error for: " + text);
            Assert.InRange(TreeShape.Depth(result.Root), 1, MaxTreeDepth);
            foreach (SyntaxNode node in TreeShape.AllNodes(result.Root))
            {
                Assert.InRange(node.Span.Start, 0, text.Length);
                Assert.InRange(node.Span.End, node.Span.Start + 1, text.Length);
                Assert.True(
                    node is NumberSyntax or ParameterSyntax or ConstantSyntax or NegateSyntax or SumSyntax or ProductSyntax or PowerSyntax or CallSyntax,
                    "unexpected node type " + node.GetType().Name);
            }
        }
    }
}
