using System.Linq;
using Microsoft.CodeAnalysis;
using SymbolicGd.Generator.Tests.Infrastructure;
using Xunit;

namespace SymbolicGd.Generator.Tests
{
    public sealed class SnapshotTests
    {
        [Theory]
        [MemberData(nameof(SnapshotCases.LossNames), MemberType = typeof(SnapshotCases))]
        public void Loss_generates_the_verified_sources_and_compiles_warning_free(string name)
        {
            GeneratorRun run = GeneratorHarness.Run(SnapshotCases.Losses[name]);

            Snapshot.Verify(name, run);
            Assert.Empty(run.GeneratorDiagnostics.Where(d => d.DefaultSeverity == DiagnosticSeverity.Error));
            Assert.Empty(run.CompilationDiagnostics.Where(d => !d.Id.StartsWith("SGD")));
        }

        [Theory]
        [MemberData(nameof(SnapshotCases.DiagnosticNames), MemberType = typeof(SnapshotCases))]
        public void Invalid_loss_reports_its_diagnostics_and_nothing_else(string name)
        {
            GeneratorRun run = GeneratorHarness.Run(SnapshotCases.Diagnostics[name]);

            Snapshot.Verify(name, run);
            Assert.Contains(run.GeneratorDiagnostics, d => d.Id.StartsWith("SGD"));
            string[] allowed = SnapshotCases.ExpectedCompilerErrors.TryGetValue(name, out string[]? ids) ? ids : System.Array.Empty<string>();
            Assert.Empty(run.CompilationDiagnostics.Where(d => !d.Id.StartsWith("SGD") && !allowed.Contains(d.Id)));
        }
    }
}
