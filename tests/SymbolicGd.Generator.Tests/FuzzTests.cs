using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using SymbolicGd.Generator.Tests.Infrastructure;
using Xunit;

namespace SymbolicGd.Generator.Tests
{
    /// <summary>
    /// The generator never throws and never goes silent: for any expression and method shape,
    /// each [Loss] method yields generated code or an SGD diagnostic naming it, and the driver
    /// reports no exception (CS8785). 10 000 methods in batches of 100 per compilation.
    /// </summary>
    public sealed class FuzzTests
    {
        private const int Batches = 100;
        private const int MethodsPerBatch = 100;

        public static IEnumerable<object[]> Seeds => Enumerable.Range(0, 4).Select(i => new object[] { i });

        [Theory]
        [MemberData(nameof(Seeds))]
        public void Any_expression_and_shape_yields_output_or_an_SGD_diagnostic_and_never_an_exception(int part)
        {
            for (int batch = part * Batches / 4; batch < (part + 1) * Batches / 4; batch++)
            {
                var random = new RandomLossSource(batch);
                var methods = new List<string>();
                for (int i = 0; i < MethodsPerBatch; i++)
                {
                    methods.Add("    " + random.Method("M" + i, validShapeOnly: false, out _));
                }

                string source = "using SymbolicGd;\n\npublic partial class Fuzz\n{\n" + string.Join("\n", methods) + "\n}\n";
                GeneratorRun run = GeneratorHarness.Run(source);

                Assert.Null(run.Result.Results.Single().Exception);
                Assert.DoesNotContain(run.GeneratorDiagnostics.Concat(run.DriverDiagnostics), d => d.Id is "CS8785" or "AD0001" or "SGD0015");
                for (int i = 0; i < MethodsPerBatch; i++)
                {
                    string name = "M" + i;
                    bool generated = run.Sources.Any(s => s.HintName.Contains("." + name + ".", StringComparison.Ordinal));
                    bool reported = run.GeneratorDiagnostics.Any(d => d.Id.StartsWith("SGD", StringComparison.Ordinal) && d.GetMessage().Contains("'" + name + "'", StringComparison.Ordinal));
                    Assert.True(generated || reported, "batch " + batch + ": neither output nor diagnostic for " + methods[i]);
                }
            }
        }

        [Theory]
        [MemberData(nameof(Seeds))]
        public void Generated_code_for_any_accepted_expression_compiles(int part)
        {
            for (int batch = 1000 + part * 5; batch < 1000 + (part + 1) * 5; batch++)
            {
                var random = new RandomLossSource(batch);
                var methods = new List<string>();
                for (int i = 0; i < MethodsPerBatch; i++)
                {
                    methods.Add("    " + random.Method("M" + i, validShapeOnly: true, out _));
                }

                string source = "using SymbolicGd;\n\npublic partial class Fuzz\n{\n" + string.Join("\n", methods) + "\n}\n";
                GeneratorRun run = GeneratorHarness.Run(source);

                Assert.Null(run.Result.Results.Single().Exception);
                Diagnostic[] errors = run.CompilationDiagnostics
                    .Where(d => d.Severity == DiagnosticSeverity.Error && !d.Id.StartsWith("SGD", StringComparison.Ordinal) && d.Id != "CS8625")
                    .ToArray();
                Assert.True(errors.Length == 0, "batch " + batch + ":\n" + string.Join("\n", errors.Take(10)) + "\n" + string.Join("\n", errors.Take(3).Select(e => e.Location.SourceTree?.GetText().ToString(e.Location.SourceSpan))));
            }
        }
    }
}
