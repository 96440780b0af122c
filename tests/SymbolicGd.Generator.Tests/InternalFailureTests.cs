using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis.Text;
using SymbolicGd.Generator.Model;
using SymbolicGd.Generator.Tests.Infrastructure;
using Xunit;

namespace SymbolicGd.Generator.Tests
{
    /// <summary>
    /// A failure inside the generator becomes SGD0015 at the method, plus a throwing body, never an
    /// exception into the compiler. No valid input reaches this path (the fuzz tests look for
    /// one), so the test feeds the compile stage a spec that breaks it on purpose.
    /// </summary>
    public sealed class InternalFailureTests
    {
        [Fact]
        public void Exception_in_the_compile_stage_becomes_SGD0015_and_a_throwing_body()
        {
            var location = new LocationInfo("Losses.cs", new TextSpan(10, 5), new LinePositionSpan(new LinePosition(2, 4), new LinePosition(2, 9)));
            var spec = new LossSpec(
                Namespace: null,
                ContainingTypes: new EquatableArray<ContainingTypeSpec>(new[] { new ContainingTypeSpec("class", "Losses", string.Empty) }),
                MethodName: "Broken",
                Signature: "public static partial double Broken(double x, double y)",
                MemberModifiers: "public ",
                // A null parameter (the parser never makes one): reading its name throws.
                Parameters: new EquatableArray<LossParameter>(new[] { new LossParameter("x", "x", ParameterKind.Variable, null), null! }),
                Expression: "x*y",
                Shape: LossShape.Valid,
                HintName: "Losses.Broken.g.cs");

            CompiledLoss result = LossCompilation.Compile(spec, default);
            var target = new LossTarget(spec, location, null, EquatableArray<DiagnosticInfo>.Empty);
            EquatableArray<DiagnosticInfo> located = Assert.Single(DiagnosticPlacement.Locate(ImmutableArray.Create(target), ImmutableArray.Create(result)));

            DiagnosticInfo failure = Assert.Single(located);
            Assert.Equal("SGD0015", failure.Id);
            Assert.Equal(location, failure.Location);
            Assert.Equal("Broken", failure.MessageArgs[0]);
            Assert.NotNull(result.Source);
            Assert.Contains("throw new global::System.InvalidOperationException(", result.Source!.Text);
            Assert.DoesNotContain("BrokenGradient", result.Source.Text);
            var empty = Microsoft.CodeAnalysis.CSharp.CSharpCompilation.Create("Empty");
            Infrastructure.Snapshot.VerifyText("SGD0015_InternalError", Infrastructure.Snapshot.FormatDiagnostics(located.Select(d => d.ToDiagnostic(empty))));
        }

        [Fact]
        public void Every_descriptor_has_a_unique_id_a_help_link_and_a_release_entry()
        {
            string unshipped = System.IO.File.ReadAllText(System.IO.Path.Combine(RepositoryFiles.Root, "src", "SymbolicGd.Generator", "AnalyzerReleases.Unshipped.md"));
            string docs = System.IO.File.ReadAllText(System.IO.Path.Combine(RepositoryFiles.Root, "docs", "diagnostics.md"));

            Assert.Equal(DiagnosticDescriptors.All.Length, DiagnosticDescriptors.All.Select(d => d.Id).Distinct().Count());
            foreach (Microsoft.CodeAnalysis.DiagnosticDescriptor descriptor in DiagnosticDescriptors.All)
            {
                Assert.Matches("^SGD[0-9]{4}$", descriptor.Id);
                Assert.EndsWith("docs/diagnostics.md#" + descriptor.Id.ToLowerInvariant(), descriptor.HelpLinkUri);
                Assert.Contains(descriptor.Id + " | " + descriptor.Category + " | " + descriptor.DefaultSeverity + " | " + descriptor.Title.ToString(System.Globalization.CultureInfo.InvariantCulture), unshipped);
                Assert.Contains("## " + descriptor.Id + "\n", docs.Replace("\r\n", "\n"));
            }
        }
    }
}
