using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using SymbolicGd.CodeFixes;

namespace SymbolicGd.Generator.Tests.Analyzers
{
    /// <summary>
    /// Roslyn's code fix test for <see cref="LearningRateCodeFixProvider"/>, offline with the same
    /// setup as <see cref="LearningRateAnalyzerTest"/> (reference assemblies from
    /// Basic.Reference.Assemblies.Net100, the real runtime and generator). The framework applies
    /// the chosen action one diagnostic at a time and as fix-all (document, project, solution),
    /// compiles the result and runs <see cref="LearningRateAnalyzer"/> on it again: the fixed code
    /// must build and carry exactly <c>FixedState.ExpectedDiagnostics</c> (none unless a test says).
    /// </summary>
    internal sealed class LearningRateCodeFixTest : CSharpCodeFixTest<LearningRateAnalyzer, LearningRateCodeFixProvider, DefaultVerifier>
    {
        public LearningRateCodeFixTest(string source, string fixedSource, string equivalenceKey, bool withRuntimeAndGenerator = true)
        {
            WithRuntimeAndGenerator = withRuntimeAndGenerator;
            TestCode = source;
            FixedCode = fixedSource;
            CodeActionEquivalenceKey = equivalenceKey;

            ReferenceAssemblies = new ReferenceAssemblies("net10.0");
            TestState.AdditionalReferences.AddRange(Net100.References.All);
            if (withRuntimeAndGenerator)
            {
                TestState.AdditionalReferences.Add(MetadataReference.CreateFromFile(typeof(ISymbolicLoss).Assembly.Location));
                TestBehaviors |= TestBehaviors.SkipGeneratedSourcesCheck;
            }
        }

        private bool WithRuntimeAndGenerator { get; }

        /// <summary>Applies the action with <paramref name="equivalenceKey"/> to every diagnostic in <paramref name="expected"/>.</summary>
        public static Task VerifyFix(string source, string fixedSource, string equivalenceKey, params DiagnosticResult[] expected)
        {
            var test = new LearningRateCodeFixTest(source, fixedSource, equivalenceKey);
            test.ExpectedDiagnostics.AddRange(expected);
            return test.RunAsync();
        }

        protected override IEnumerable<Type> GetSourceGenerators() =>
            WithRuntimeAndGenerator ? new[] { typeof(LossGenerator) } : Array.Empty<Type>();

        protected override ParseOptions CreateParseOptions() =>
            ((CSharpParseOptions)base.CreateParseOptions()).WithLanguageVersion(LanguageVersion.Latest);

        protected override CompilationOptions CreateCompilationOptions() =>
            ((CSharpCompilationOptions)base.CreateCompilationOptions())
                .WithNullableContextOptions(NullableContextOptions.Enable)
                .WithSpecificDiagnosticOptions(new Dictionary<string, ReportDiagnostic>
                {
                    ["CS1701"] = ReportDiagnostic.Suppress,
                    ["CS1702"] = ReportDiagnostic.Suppress,
                });
    }
}
