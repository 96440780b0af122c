using System.Linq;
using Microsoft.CodeAnalysis.Text;
using SymbolicGd.Generator.Model;
using Xunit;

namespace SymbolicGd.Generator.Tests
{
    /// <summary>
    /// A failure inside the generator becomes SGD0015 at the method, plus a throwing body, never an
    /// exception into the compiler. No valid input reaches this path (the fuzz tests look for
    /// one), so the test feeds stage 2 a target that breaks the emitter on purpose.
    /// </summary>
    public sealed class InternalFailureTests
    {
        [Fact]
        public void Exception_while_emitting_becomes_SGD0015_and_a_throwing_body()
        {
            var location = new LocationInfo("Losses.cs", new TextSpan(10, 5), new LinePositionSpan(new LinePosition(2, 4), new LinePosition(2, 9)));
            var spec = new LossSpec(
                Namespace: null,
                ContainingTypes: new EquatableArray<ContainingTypeSpec>(new[] { new ContainingTypeSpec("class", "Losses", string.Empty) }),
                MethodName: "Broken",
                Signature: "public static partial double Broken(double x, double y)",
                MemberModifiers: "public ",
                ParameterNames: new EquatableArray<string>(new[] { "x", "y" }),
                // One identifier for two parameters: the emitter indexes past the end.
                ParameterIdentifiers: new EquatableArray<string>(new[] { "x" }),
                Expression: "x*y",
                Shape: LossShape.Valid,
                HintName: "Losses.Broken.g.cs");

            LossResult result = LossCompilation.Build(new LossTarget(spec, location, null, EquatableArray<DiagnosticInfo>.Empty), default);

            DiagnosticInfo failure = Assert.Single(result.Diagnostics);
            Assert.Equal("SGD0015", failure.Id);
            Assert.Equal(location, failure.Location);
            Assert.Equal("Broken", failure.MessageArgs[0]);
            Assert.NotNull(result.Source);
            Assert.Contains("throw new global::System.InvalidOperationException(", result.Source!.Text);
            Assert.DoesNotContain("BrokenGradient", result.Source.Text);
            var empty = Microsoft.CodeAnalysis.CSharp.CSharpCompilation.Create("Empty");
            Infrastructure.Snapshot.VerifyText("SGD0015_InternalError", Infrastructure.Snapshot.FormatDiagnostics(result.Diagnostics.Select(d => d.ToDiagnostic(empty))));
        }

        [Fact]
        public void Every_descriptor_has_a_unique_id_a_help_link_and_a_release_entry()
        {
            string unshipped = System.IO.File.ReadAllText(System.IO.Path.Combine(RepositoryRoot(), "src", "SymbolicGd.Generator", "AnalyzerReleases.Unshipped.md"));
            string docs = System.IO.File.ReadAllText(System.IO.Path.Combine(RepositoryRoot(), "docs", "diagnostics.md"));

            Assert.Equal(DiagnosticDescriptors.All.Length, DiagnosticDescriptors.All.Select(d => d.Id).Distinct().Count());
            foreach (Microsoft.CodeAnalysis.DiagnosticDescriptor descriptor in DiagnosticDescriptors.All)
            {
                Assert.Matches("^SGD[0-9]{4}$", descriptor.Id);
                Assert.EndsWith("docs/diagnostics.md#" + descriptor.Id.ToLowerInvariant(), descriptor.HelpLinkUri);
                Assert.Contains(descriptor.Id + " | " + descriptor.Category + " | " + descriptor.DefaultSeverity + " | " + descriptor.Title.ToString(System.Globalization.CultureInfo.InvariantCulture), unshipped);
                Assert.Contains("## " + descriptor.Id + "\n", docs.Replace("\r\n", "\n"));
            }
        }

        private static string RepositoryRoot()
        {
            for (var dir = new System.IO.DirectoryInfo(System.AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (System.IO.File.Exists(System.IO.Path.Combine(dir.FullName, "SymbolicGd.sln")))
                {
                    return dir.FullName;
                }
            }

            throw new System.InvalidOperationException("SymbolicGd.sln not found");
        }
    }
}
