using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
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

            ReferenceAssemblies = OfflineAnalyzerSetup.ReferenceAssemblies;
            TestBehaviors = OfflineAnalyzerSetup.Configure(TestState, TestBehaviors, withRuntimeAndGenerator);
        }

        private bool WithRuntimeAndGenerator { get; }

        /// <summary>Applies the action with <paramref name="equivalenceKey"/> to every diagnostic in <paramref name="expected"/>.</summary>
        public static Task VerifyFix(string source, string fixedSource, string equivalenceKey, params DiagnosticResult[] expected)
        {
            var test = new LearningRateCodeFixTest(source, fixedSource, equivalenceKey);
            test.ExpectedDiagnostics.AddRange(expected);
            return test.RunAsync();
        }

        protected override IEnumerable<Type> GetSourceGenerators() => OfflineAnalyzerSetup.SourceGenerators(WithRuntimeAndGenerator);

        protected override ParseOptions CreateParseOptions() => OfflineAnalyzerSetup.Parse(base.CreateParseOptions());

        protected override CompilationOptions CreateCompilationOptions() => OfflineAnalyzerSetup.Compile(base.CreateCompilationOptions());
    }
}
