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
    }
}
