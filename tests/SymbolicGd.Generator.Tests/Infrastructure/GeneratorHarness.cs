using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace SymbolicGd.Generator.Tests.Infrastructure
{
    /// <summary>Runs <see cref="LossGenerator"/> on in-memory C# and compiles the result.</summary>
    internal static class GeneratorHarness
    {
        public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest, DocumentationMode.Diagnose);

        private static readonly MetadataReference RuntimeReference = MetadataReference.CreateFromFile(typeof(ISymbolicLoss).Assembly.Location);

        /// <summary>A compilation of the given files (named Source0.cs, ...) against .NET 10 and the runtime, warnings as errors.</summary>
        public static CSharpCompilation CreateCompilation(params string[] sources) =>
            CreateCompilation(sources.Select((text, i) => ("Source" + i + ".cs", text)).ToArray());

        public static CSharpCompilation CreateCompilation(params (string Path, string Text)[] files) =>
            CSharpCompilation.Create(
                "UserAssembly",
                files.Select(f => CSharpSyntaxTree.ParseText(f.Text, ParseOptions, f.Path)),
                Net100.References.All.Append(RuntimeReference),
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary,
                    generalDiagnosticOption: ReportDiagnostic.Error,
                    nullableContextOptions: NullableContextOptions.Enable,
                    specificDiagnosticOptions: new Dictionary<string, ReportDiagnostic>
                    {
                        // Reference assemblies of a newer framework than the runtime was built for.
                        ["CS1701"] = ReportDiagnostic.Suppress,
                        ["CS1702"] = ReportDiagnostic.Suppress,
                    }));

        public static GeneratorDriver CreateDriver() =>
            CSharpGeneratorDriver.Create(
                new[] { new LossGenerator().AsSourceGenerator() },
                parseOptions: ParseOptions,
                driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

        /// <summary>Runs the generator once; the result holds the generated files, diagnostics and the updated compilation.</summary>
        public static GeneratorRun Run(params string[] sources) => Run(CreateCompilation(sources));

        public static GeneratorRun Run(CSharpCompilation compilation)
        {
            GeneratorDriver driver = CreateDriver().RunGeneratorsAndUpdateCompilation(compilation, out Compilation output, out ImmutableArray<Diagnostic> driverDiagnostics);
            return new GeneratorRun(driver.GetRunResult(), output, driverDiagnostics);
        }

        /// <summary>Compiles the generated result into an in-memory assembly; fails with every diagnostic when that does not work.</summary>
        public static System.Reflection.Assembly Load(Compilation compilation)
        {
            // Undocumented test inputs are fine here; GeneratorRun.CompilationDiagnostics checks the generated docs.
            var options = compilation.Options.WithSpecificDiagnosticOptions(compilation.Options.SpecificDiagnosticOptions.SetItem("CS1591", ReportDiagnostic.Suppress));
            using var stream = new MemoryStream();
            Microsoft.CodeAnalysis.Emit.EmitResult result = compilation.WithOptions(options).Emit(stream);
            if (!result.Success)
            {
                throw new InvalidOperationException("Compilation failed:\n" + string.Join("\n", result.Diagnostics.Select(d => d.ToString())));
            }

            var context = new System.Runtime.Loader.AssemblyLoadContext("generated-" + Guid.NewGuid().ToString("N"), isCollectible: true);
            stream.Position = 0;
            return context.LoadFromStream(stream);
        }
    }

    /// <summary>One generator run: what it produced and the compilation with its output added.</summary>
    internal sealed record GeneratorRun(GeneratorDriverRunResult Result, Compilation OutputCompilation, ImmutableArray<Diagnostic> DriverDiagnostics)
    {
        /// <summary>The generator's own diagnostics (SGD, or CS8785 when it threw).</summary>
        public ImmutableArray<Diagnostic> GeneratorDiagnostics => Result.Diagnostics;

        /// <summary>Errors and warnings of the compilation including the generated files.</summary>
        /// <remarks>
        /// Missing XML docs (CS1591) are reported for the generated files only: the test inputs are
        /// short and undocumented, while generated public members must carry their docs.
        /// </remarks>
        public ImmutableArray<Diagnostic> CompilationDiagnostics =>
            OutputCompilation.GetDiagnostics()
                .Where(d => d.Severity >= DiagnosticSeverity.Warning)
                .Where(d => !(d.Id == "CS1591" && d.Location.SourceTree?.FilePath.StartsWith("Source", StringComparison.Ordinal) == true))
                .ToImmutableArray();

        public IReadOnlyList<GeneratedSourceResult> Sources => Result.Results.SelectMany(r => r.GeneratedSources).ToList();

        public string Source(string hintSuffix) => Sources.Single(s => s.HintName.EndsWith(hintSuffix, StringComparison.Ordinal)).SourceText.ToString();
    }
}
