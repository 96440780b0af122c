using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;

namespace SymbolicGd.Generator.Tests.Analyzers
{
    /// <summary>
    /// Roslyn's analyzer test for <see cref="LearningRateAnalyzer"/>, offline: the framework's
    /// reference assemblies come from Basic.Reference.Assemblies.Net100 (a package restored with
    /// the tests) instead of a NuGet download at test time. By default the real
    /// <see cref="LossGenerator"/> runs first and the real runtime is referenced, so the analyzer
    /// sees exactly what a user's compilation holds; the framework also checks on its own that
    /// every expected diagnostic disappears under #pragma warning disable.
    /// </summary>
    internal sealed class LearningRateAnalyzerTest : CSharpAnalyzerTest<LearningRateAnalyzer, DefaultVerifier>
    {
        public LearningRateAnalyzerTest(string source, bool withRuntimeAndGenerator = true)
        {
            WithRuntimeAndGenerator = withRuntimeAndGenerator;
            TestCode = source;

            ReferenceAssemblies = OfflineAnalyzerSetup.ReferenceAssemblies;
            TestBehaviors = OfflineAnalyzerSetup.Configure(TestState, TestBehaviors, withRuntimeAndGenerator);
        }

        private bool WithRuntimeAndGenerator { get; }

        public static Task VerifyAnalyzer(string source, params DiagnosticResult[] expected) => VerifyAnalyzer(source, withRuntimeAndGenerator: true, expected);

        public static Task VerifyAnalyzer(string source, bool withRuntimeAndGenerator, params DiagnosticResult[] expected)
        {
            var test = new LearningRateAnalyzerTest(source, withRuntimeAndGenerator);
            test.ExpectedDiagnostics.AddRange(expected);
            return test.RunAsync();
        }

        /// <summary>SGD0030 for gradient descent (limit 2/L) at markup location <paramref name="markup"/> with the message's arguments.</summary>
        public static DiagnosticResult Sgd0030(int markup, string eta, string loss, string lipschitz, string bound, string etaTimesLipschitz) =>
            Sgd0030(markup, eta, loss, lipschitz, bound, etaTimesLipschitz, "gradient descent", "2/L");

        /// <summary>SGD0030 for any method: its words and the formula of its largest stable learning rate.</summary>
        public static DiagnosticResult Sgd0030(int markup, string eta, string loss, string lipschitz, string bound, string etaTimesLipschitz, string method, string formula) =>
            new DiagnosticResult(DiagnosticDescriptors.LearningRateAboveStabilityLimit)
                .WithLocation(markup)
                .WithArguments(eta, loss, lipschitz, bound, etaTimesLipschitz, method, formula);

        protected override IEnumerable<Type> GetSourceGenerators() => OfflineAnalyzerSetup.SourceGenerators(WithRuntimeAndGenerator);

        protected override ParseOptions CreateParseOptions() => OfflineAnalyzerSetup.Parse(base.CreateParseOptions());

        protected override CompilationOptions CreateCompilationOptions() => OfflineAnalyzerSetup.Compile(base.CreateCompilationOptions());
    }
}
