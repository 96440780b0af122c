using System.Linq;
using Microsoft.CodeAnalysis;
using SymbolicGd.Generator.Tests.Infrastructure;
using Xunit;

namespace SymbolicGd.Generator.Tests
{
    /// <summary>Where expression diagnostics land, beyond what the snapshots show.</summary>
    public sealed class DiagnosticLocationTests
    {
        [Fact]
        public void Error_location_covers_exactly_the_offending_text_inside_the_literal()
        {
            const string source = """
                using SymbolicGd;
                public static partial class Losses { [Loss("(theta - 3)^2 + sine(theta)")] public static partial double Quadratic(double theta); }
                """;

            GeneratorRun run = GeneratorHarness.Run(source);

            Diagnostic error = Assert.Single(run.GeneratorDiagnostics);
            Assert.Equal("SGD0003", error.Id);
            Assert.True(error.Location.IsInSource);
            Assert.Equal("sine", error.Location.SourceTree!.GetText().ToString(error.Location.SourceSpan));
        }

        [Fact]
        public void Trees_sharing_an_empty_path_still_get_the_right_line_and_no_exception()
        {
            var compilation = GeneratorHarness.CreateCompilation(("", "using SymbolicGd;\npublic static partial class A { [Loss(\"x^2\")] public static partial double Fine(double x); }\n"),
                ("", "using SymbolicGd;\n\n\npublic static partial class B { [Loss(\"sine(x)\")] public static partial double Broken(double x); }\n"));

            GeneratorRun run = GeneratorHarness.Run(compilation);

            Assert.Null(run.Result.Results.Single().Exception);
            Diagnostic error = Assert.Single(run.GeneratorDiagnostics);
            Assert.Equal("SGD0003", error.Id);
            FileLinePositionSpan span = error.Location.GetLineSpan();
            Assert.Equal(3, span.StartLinePosition.Line);
            Assert.Equal(4, span.EndLinePosition.Character - span.StartLinePosition.Character);
        }

        [Theory]
        [InlineData("\r\n")]
        [InlineData("\n")]
        [InlineData("\r")]
        [InlineData("\u2028")]
        [InlineData("\u0085")]
        public void Line_positions_inside_a_multi_line_verbatim_literal_are_the_texts_own(string lineBreak)
        {
            // Every character's location, its line and column counted along the literal, checked
            // against SourceText's line table, in a parsed text and in an edited one (what an IDE
            // hands over after a keystroke).
            string source = "class C { [Loss(@\"x +" + lineBreak + "  \t\"\"q\"\" +" + lineBreak + lineBreak + "sine(x)" + lineBreak + "\")] static partial double L(double x); }";
            SyntaxTree parsed = Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText(source);
            SyntaxTree edited = parsed.WithChangedText(parsed.GetText().WithChanges(new Microsoft.CodeAnalysis.Text.TextChange(new Microsoft.CodeAnalysis.Text.TextSpan(0, 0), "// typed" + lineBreak)));
            foreach (SyntaxTree tree in new[] { parsed, edited })
            {
                var literal = tree.GetRoot().DescendantNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.LiteralExpressionSyntax>().Single();
                string value = literal.Token.ValueText;
                var site = StringLiteralMap.Site(literal);
                Microsoft.CodeAnalysis.Text.TextLineCollection lines = tree.GetText().Lines;

                for (int i = 0; i < value.Length; i++)
                {
                    var location = StringLiteralMap.Locate(site, value.Length, i, i + 1);

                    // The span starts at the character's source: itself, or the first quote of "".
                    Assert.Equal(value[i], tree.GetText().ToString(location.Span)[0]);
                    Assert.Equal(lines.GetLinePositionSpan(location.Span), location.LineSpan);
                }
            }
        }
    }
}