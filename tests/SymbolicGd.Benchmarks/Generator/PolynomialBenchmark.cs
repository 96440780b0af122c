extern alias engine;

using System;
using System.Collections.Generic;
using BenchmarkDotNet.Attributes;
using engine::SymbolicGd.Symbolic;
using SymbolicGd.Symbolic.Testing;

namespace SymbolicGd.Benchmarks.Generator
{
    /// <summary>
    /// The engine's share of the generator on a large loss: a 20-variable, 200-term polynomial
    /// parsed, differentiated twice and simplified (<see cref="LossCompiler.Compile"/>), then
    /// emitted as one fused straight-line program writing value, gradient and all 400 Hessian
    /// entries. Target: well under 100 ms.
    /// </summary>
    [MemoryDiagnoser]
    public class PolynomialBenchmark
    {
        private Polynomial polynomial = null!;
        private EmitRequest allOutputs = null!;

        [GlobalSetup]
        public void Setup()
        {
            polynomial = Polynomial.Create();
            allOutputs = new EmitRequest { Parameters = polynomial.ParameterNames, ReturnValue = true, GradientSpan = "gradient", HessianSpan = "hessian" };
            var loss = (LossDefinition)Derive();
            if (loss.HasErrors)
            {
                throw new InvalidOperationException("the polynomial does not compile: " + loss.Diagnostics[0].Message);
            }

            // The derived gradient must be the power rule's, at a generic point.
            var x = new double[Polynomial.Variables];
            for (int i = 0; i < x.Length; i++)
            {
                x[i] = 0.9 + 0.013 * i;
            }

            double[] expected = polynomial.Gradient(x);
            double[] actual = Interpreter.Gradient(loss, x);
            for (int i = 0; i < x.Length; i++)
            {
                if (!(Math.Abs(expected[i] - actual[i]) <= 1e-12 * Math.Max(1, Math.Abs(expected[i]))))
                {
                    throw new InvalidOperationException($"dP/dx{i}: power rule {expected[i]:R}, engine {actual[i]:R}");
                }
            }

            if (DeriveAndEmit().Count == 0)
            {
                throw new InvalidOperationException("nothing was emitted");
            }
        }

        /// <summary>Parse, lower, gradient and Hessian (simplified), printed gradient and curvature facts.</summary>
        [Benchmark]
        public object Derive() => LossCompiler.Compile(polynomial.Text, polynomial.ParameterNames);

        /// <summary>The above, then the shared-temporary program for value + gradient + Hessian as C# statements.</summary>
        [Benchmark]
        public IReadOnlyList<string> DeriveAndEmit() => CSharpEmitter.EmitStatements((LossDefinition)Derive(), allOutputs);
    }
}
