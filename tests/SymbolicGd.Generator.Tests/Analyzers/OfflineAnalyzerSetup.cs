using System;
using System.Collections.Generic;
using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Testing;

namespace SymbolicGd.Generator.Tests.Analyzers
{
    /// <summary>
    /// What the analyzer and code fix tests share: the framework's reference assemblies from
    /// Basic.Reference.Assemblies.Net100 (restored with the tests, so NuGet is never asked at test
    /// time), the real runtime and generator, the latest language and nullable on.
    /// </summary>
    internal static class OfflineAnalyzerSetup
    {
        /// <summary>An empty set of reference assemblies that no package is resolved for.</summary>
        public static ReferenceAssemblies ReferenceAssemblies { get; } = new ReferenceAssemblies("net10.0");

        /// <summary>Adds the references; with the runtime, the generated files are input only (the snapshot tests cover them).</summary>
        public static TestBehaviors Configure(SolutionState state, TestBehaviors behaviors, bool withRuntimeAndGenerator)
        {
            state.AdditionalReferences.AddRange(Net100.References.All);
            if (!withRuntimeAndGenerator)
            {
                return behaviors;
            }

            state.AdditionalReferences.Add(MetadataReference.CreateFromFile(typeof(ISymbolicLoss).Assembly.Location));
            return behaviors | TestBehaviors.SkipGeneratedSourcesCheck;
        }

        public static IEnumerable<Type> SourceGenerators(bool withRuntimeAndGenerator) =>
            withRuntimeAndGenerator ? new[] { typeof(LossGenerator) } : Array.Empty<Type>();

        public static ParseOptions Parse(ParseOptions options) =>
            ((CSharpParseOptions)options).WithLanguageVersion(LanguageVersion.Latest);

        public static CompilationOptions Compile(CompilationOptions options) =>
            ((CSharpCompilationOptions)options)
                .WithNullableContextOptions(NullableContextOptions.Enable)
                .WithSpecificDiagnosticOptions(new Dictionary<string, ReportDiagnostic>
                {
                    // The runtime is built for an older framework than the reference assemblies.
                    ["CS1701"] = ReportDiagnostic.Suppress,
                    ["CS1702"] = ReportDiagnostic.Suppress,
                });
    }
}
