using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Text;
using SymbolicGd.Symbolic.Testing;
using SymbolicGd.Symbolic.Tests.Support;
using Xunit;

namespace SymbolicGd.Symbolic.Tests.Engine
{
    /// <summary>
    /// Emitted C# for hundreds of random expressions, compiled warning-free in one compilation
    /// and run: value, gradient and Hessian (fused), the value alone, and the n = 1 derivative
    /// entry points all agree with the interpreter.
    /// </summary>
    public class EmittedCodePropertyTests
    {
        private const int Expressions = 600;

        [Fact]
        public void Emitted_programs_compile_without_warnings_and_agree_with_the_interpreter()
        {
            var cases = new List<(LossDefinition Loss, double[] Point)>();
            var source = new StringBuilder("public static class Emitted\n{\n");
            for (int seed = 0; cases.Count < Expressions; seed++)
            {
                var drawn = RandomExpression.Case(seed);
                if (drawn is null)
                {
                    continue;
                }

                var (names, tree, point) = drawn.Value;

                int n = names.Length;

                LossDefinition loss = Compiled.Loss(tree.Text, names);
                int k = cases.Count;
                cases.Add((loss, point));
                string[] reads = Enumerable.Range(0, n).Select(i => "p[" + i + "]").ToArray();
                source.Append("    // ").Append(tree.Text).Append('\n');
                Method(source, "public static double F" + k + "(double[] p, double[] g, double[] h)", Emitted.Text(loss, new EmitRequest
                {
                    Parameters = reads, ReturnValue = true, GradientSpan = "g", HessianSpan = "h",
                }));
                Method(source, "public static double V" + k + "(" + string.Join(", ", names.Select(x => "double " + x)) + ")", Emitted.Text(loss, new EmitRequest
                {
                    Parameters = names, ReturnValue = true,
                }));
                if (n == 1)
                {
                    Method(source, "public static double D" + k + "(double x)", Emitted.Text(loss, new EmitRequest { Parameters = names, ReturnGradientIndex = 0 }));
                    Method(source, "public static double S" + k + "(double x)", Emitted.Text(loss, new EmitRequest { Parameters = names, ReturnSecondDerivative = true }));
                }
            }

            source.Append("}\n");
            Type emitted = EmittedCode.Compile(source.ToString()).GetType("Emitted")!;
            for (int k = 0; k < cases.Count; k++)
            {
                (LossDefinition loss, double[] point) = cases[k];
                int n = loss.Dimension;
                var g = new double[n];
                var h = Enumerable.Repeat(double.NaN, n * n).ToArray();
                double value = (double)Invoke(emitted, "F" + k, point, g, h);
                string what = loss.Expression;
                AssertClose(Interpreter.Evaluate(loss.Value, point), value, "value of " + what);
                AssertClose(value, (double)Invoke(emitted, "V" + k, point.Cast<object>().ToArray()), "value-only program of " + what);
                double[] gradient = Interpreter.Gradient(loss, point);
                double[] hessian = Interpreter.Hessian(loss, point);
                for (int i = 0; i < n; i++)
                {
                    AssertClose(gradient[i], g[i], $"gradient[{i}] of {what}");
                }

                for (int i = 0; i < n * n; i++)
                {
                    AssertClose(hessian[i], h[i], $"hessian[{i}] of {what}");
                }

                if (n == 1)
                {
                    AssertClose(gradient[0], (double)Invoke(emitted, "D" + k, point[0]), "derivative of " + what);
                    AssertClose(hessian[0], (double)Invoke(emitted, "S" + k, point[0]), "second derivative of " + what);
                }
            }
        }

        private static void Method(StringBuilder source, string signature, string body) =>
            source.Append("    ").Append(signature).Append("\n    {\n").Append(body).Append("    }\n\n");

        private static object Invoke(Type type, string name, params object[] arguments) =>
            type.GetMethod(name, BindingFlags.Public | BindingFlags.Static)!.Invoke(null, arguments)!;

        private static void AssertClose(double expected, double actual, string what) =>
            Assert.True(Close.Enough(expected, actual, 1e-9), $"{what}: interpreter {expected}, emitted {actual}");
    }
}
