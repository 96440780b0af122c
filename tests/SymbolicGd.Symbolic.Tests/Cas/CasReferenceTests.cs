using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;
using SymbolicGd.Symbolic.Testing;
using SymbolicGd.Symbolic.Tests.Support;
using Xunit;

namespace SymbolicGd.Symbolic.Tests.Cas
{
    /// <summary>
    /// Classic derivative cases and realistic losses against SymPy, an independent computer
    /// algebra system: cas-reference.tsv holds SymPy's value, gradient and Hessian at each point
    /// (evaluated with 40 digits; make_reference.py writes it). Both the interpreter and the
    /// emitted C#, compiled and run, must agree with it.
    /// </summary>
    public class CasReferenceTests
    {
        // Relative to max(1, |reference|): a few ulps of rounding through long expressions.
        private const double Tolerance = 1e-10;

        private static readonly Lazy<IReadOnlyList<Reference>> References = new(Load);

        [Fact]
        public void The_reference_covers_every_function_of_the_language()
        {
            string all = string.Join("\n", References.Value.Select(r => r.Expression));
            foreach (string function in new[] { "exp(", "log(", "sqrt(", "sin(", "cos(", "tan(", "asin(", "acos(", "atan(", "sinh(", "cosh(", "tanh(", "sigmoid(", "softplus(", "pow(", "logsumexp(", "^", "/", "pi", "e^" })
            {
                Assert.Contains(function, all, StringComparison.Ordinal);
            }

            Assert.True(References.Value.Count >= 100, $"only {References.Value.Count} reference points");
        }

        [Fact]
        public void Interpreted_value_gradient_and_Hessian_agree_with_SymPy()
        {
            var failures = new List<string>();
            foreach (Reference reference in References.Value)
            {
                LossDefinition loss = Compiled.Loss(reference.Expression, reference.Parameters);
                Compare(reference, "interpreter", Interpreter.Evaluate(loss.Value, reference.Point), Interpreter.Gradient(loss, reference.Point), Interpreter.Hessian(loss, reference.Point), failures);
            }

            Assert.True(failures.Count == 0, string.Join("\n", failures));
        }

        [Fact]
        public void Emitted_and_compiled_code_agrees_with_SymPy()
        {
            IReadOnlyList<Reference> references = References.Value;
            var source = new StringBuilder("public static class CasEmitted\n{\n");
            for (int k = 0; k < references.Count; k++)
            {
                LossDefinition loss = Compiled.Loss(references[k].Expression, references[k].Parameters);
                string[] reads = Enumerable.Range(0, loss.Dimension).Select(i => "p[" + i + "]").ToArray();
                source.Append("    public static double F").Append(k).Append("(double[] p, double[] g, double[] h)\n    {\n")
                    .Append(Emitted.Text(loss, new EmitRequest { Parameters = reads, ReturnValue = true, GradientSpan = "g", HessianSpan = "h" }))
                    .Append("    }\n");
            }

            Type emitted = EmittedCode.Compile(source.Append("}\n").ToString()).GetType("CasEmitted")!;
            var failures = new List<string>();
            for (int k = 0; k < references.Count; k++)
            {
                Reference reference = references[k];
                int n = reference.Parameters.Length;
                var gradient = new double[n];
                var hessian = new double[n * n];
                MethodInfo method = emitted.GetMethod("F" + k.ToString(CultureInfo.InvariantCulture))!;
                double value = (double)method.Invoke(null, new object[] { reference.Point, gradient, hessian })!;
                Compare(reference, "emitted C#", value, gradient, hessian, failures);
            }

            Assert.True(failures.Count == 0, string.Join("\n", failures));
        }

        private static void Compare(Reference reference, string what, double value, double[] gradient, double[] hessian, List<string> failures)
        {
            Check("value", new[] { reference.Value }, new[] { value });
            Check("gradient", reference.Gradient, gradient);
            Check("Hessian", reference.Hessian, hessian);

            void Check(string quantity, double[] expected, double[] actual)
            {
                for (int i = 0; i < expected.Length; i++)
                {
                    if (!(Math.Abs(expected[i] - actual[i]) <= Tolerance * Math.Max(1.0, Math.Abs(expected[i]))))
                    {
                        failures.Add($"{what}: {reference.Expression} at ({string.Join(", ", reference.Point)}): {quantity}[{i}] = {actual[i]:R}, SymPy {expected[i]:R}");
                    }
                }
            }
        }

        private static IReadOnlyList<Reference> Load()
        {
            string path = Path.Combine(AppContext.BaseDirectory, "Cas", "cas-reference.tsv");
            return File.ReadAllLines(path)
                .Where(line => line.Length > 0 && line[0] != '#')
                .Select(line => line.Split('\t'))
                .Select(f => new Reference(f[0], f[1].Split(' '), Numbers(f[2]), double.Parse(f[3], CultureInfo.InvariantCulture), Numbers(f[4]), Numbers(f[5])))
                .ToList();

            static double[] Numbers(string text) =>
                text.Split(' ').Select(t => double.Parse(t, CultureInfo.InvariantCulture)).ToArray();
        }

        private sealed record Reference(string Expression, string[] Parameters, double[] Point, double Value, double[] Gradient, double[] Hessian);
    }
}
