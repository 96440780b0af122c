using System;
using System.IO;
using System.Linq;
using System.Reflection;
using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace SymbolicGd.Symbolic.Tests.Support
{
    /// <summary>Compiles emitted C# (with SymbolicMath beside it) in memory, warnings as errors, and loads it.</summary>
    internal static class EmittedCode
    {
        private static readonly Lazy<string> SymbolicMathSource = new Lazy<string>(() =>
        {
            using Stream stream = typeof(EmittedCode).Assembly.GetManifestResourceStream("SymbolicMath.cs")!;
            using var reader = new StreamReader(stream);
            return reader.ReadToEnd();
        });

        public static Assembly Compile(string source)
        {
            var parseOptions = new CSharpParseOptions(LanguageVersion.Latest);
            var compilation = CSharpCompilation.Create(
                "Emitted" + Guid.NewGuid().ToString("N"),
                new[] { CSharpSyntaxTree.ParseText(source, parseOptions), CSharpSyntaxTree.ParseText(SymbolicMathSource.Value, parseOptions) },
                Net100.References.All,
                new CSharpCompilationOptions(
                    OutputKind.DynamicallyLinkedLibrary,
                    optimizationLevel: OptimizationLevel.Release,
                    nullableContextOptions: NullableContextOptions.Enable,
                    generalDiagnosticOption: ReportDiagnostic.Error,
                    warningLevel: 9999));
            using var image = new MemoryStream();
            var result = compilation.Emit(image);
            var problems = result.Diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
            Assert.True(result.Success && problems.Count == 0, string.Join("\n", problems.Take(20)) + "\n" + Excerpt(source, problems));
            return Assembly.Load(image.ToArray());
        }

        private static string Excerpt(string source, System.Collections.Generic.List<Diagnostic> problems)
        {
            if (problems.Count == 0 || !problems[0].Location.IsInSource)
            {
                return string.Empty;
            }

            int line = problems[0].Location.GetLineSpan().StartLinePosition.Line;
            return string.Join("\n", source.Split('\n').Skip(Math.Max(0, line - 5)).Take(10));
        }
    }
}
