using System;
using System.Collections.Generic;
using System.Linq;
using SymbolicGd.Symbolic.Testing;
using SymbolicGd.Symbolic.Tests.Support;
using Xunit;

namespace SymbolicGd.Symbolic.Tests.Engine
{
    /// <summary>
    /// logsumexp(a, b, ...) and the pattern log(exp(a) + exp(b) + ...) against the closed forms:
    /// value m + log(sum exp(ai - m)) with m the largest argument, gradient the softmax
    /// pi = exp(ai) / sum exp(ak), Hessian diag(p) - p p^T, by the interpreter and the emitted C#,
    /// where the naive formula overflows.
    /// </summary>
    public class LogSumExpTests
    {
        private static readonly string[] XY = { "x", "y" };
        private static readonly string[] XYZ = { "x", "y", "z" };

        public static IEnumerable<object[]> Cases()
        {
            foreach (string text in new[] { "log(exp(x) + exp(y))", "logsumexp(x, y)" })
            {
                // Equal arguments: log 2 above them, an even split, p(1 - p) = 1/4.
                yield return Case(text, XY, new[] { 800.0, 800.0 }, 800 + Math.Log(2), new[] { 0.5, 0.5 }, new[] { 0.25, -0.25, -0.25, 0.25 });
                yield return Case(text, XY, new[] { -800.0, -800.0 }, -800 + Math.Log(2), new[] { 0.5, 0.5 }, new[] { 0.25, -0.25, -0.25, 0.25 });

                // Far apart: the larger wins, the other's weight exp(-1000) is 0 in doubles.
                yield return Case(text, XY, new[] { 1000.0, 0.0 }, 1000, new[] { 1.0, 0.0 }, new[] { 0.0, 0.0, 0.0, 0.0 });

                // 50 apart: p_y = 1/(1 + e^50) ~ 2e-22 to full relative accuracy.
                double q = 1 / (1 + Math.Exp(50)), p = 1 - q;
                yield return Case(text, XY, new[] { 3.0, -47.0 }, 3 + Math.Log(1 + Math.Exp(-50)), new[] { p, q }, new[] { p * q, -p * q, -p * q, p * q });
            }

            // Three equal arguments: log 3 above them, p = 1/3, H = I/3 - 1/9.
            yield return Case("logsumexp(x, y, z)", XYZ, new[] { 2.0, 2.0, 2.0 }, 2 + Math.Log(3),
                new[] { 1.0 / 3, 1.0 / 3, 1.0 / 3 },
                new[] { 2.0 / 9, -1.0 / 9, -1.0 / 9, -1.0 / 9, 2.0 / 9, -1.0 / 9, -1.0 / 9, -1.0 / 9, 2.0 / 9 });

            // The multinomial-logistic form with a reference class: log(1 + e^x + e^y) = lse(0, x, y).
            yield return Case("log(1 + exp(x) + exp(y))", XY, new[] { 800.0, -800.0 }, 800, new[] { 1.0, 0.0 }, new[] { 0.0, 0.0, 0.0, 0.0 });
            {
                double s = 1 + Math.E + Math.Exp(2), px = Math.E / s, py = Math.Exp(2) / s;
                yield return Case("log(1 + exp(x) + exp(y))", XY, new[] { 1.0, 2.0 }, Math.Log(s), new[] { px, py }, new[] { px * (1 - px), -px * py, -px * py, py * (1 - py) });
            }

            // Through the chain rule: lse(2x, x*y) at (1, 3): a = 2, b = 3, p = softmax(a, b),
            // grad = p_a (2, 0) + p_b (y, x), H = sum_k p_k H(u_k) + J^T (diag p - p p^T) J.
            {
                double pa = 1 / (1 + Math.E), pb = Math.E / (1 + Math.E), w = pa * pb;
                double[,] j = { { 2, 0 }, { 3, 1 } }; // rows: d(2x), d(xy) at (1, 3)
                var h = new double[4];
                for (int r = 0; r < 2; r++)
                {
                    for (int c = 0; c < 2; c++)
                    {
                        double covariance = (j[0, r] - j[1, r]) * (j[0, c] - j[1, c]) * w; // J^T (diag p - p p^T) J for two terms
                        h[r * 2 + c] = covariance + (r != c ? pb : 0); // d2(xy) = [[0, 1], [1, 0]]
                    }
                }

                yield return Case("logsumexp(2*x, x*y)", XY, new[] { 1.0, 3.0 }, 3 + Math.Log(1 + Math.Exp(-1)), new[] { 2 * pa + 3 * pb, pb }, h);
            }
        }

        [Theory]
        [MemberData(nameof(Cases))]
        public void Value_gradient_and_Hessian_are_the_closed_forms(string expression, string[] parameters, double[] point, double value, double[] gradient, double[] hessian)
        {
            LossDefinition loss = Compiled.Loss(expression, parameters);
            Check("interpreter", Interpreter.Evaluate(loss.Value, point), Interpreter.Gradient(loss, point), Interpreter.Hessian(loss, point));
            (double v, double[] g, double[] h) = Emitted.Value.Evaluate(expression, parameters, point);
            Check("emitted C#", v, g, h);

            void Check(string what, double actualValue, double[] actualGradient, double[] actualHessian)
            {
                string at = $"{expression} at ({string.Join(", ", point)}) by the {what}";
                Agrees(value, actualValue, "value of " + at);
                for (int i = 0; i < gradient.Length; i++)
                {
                    Agrees(gradient[i], actualGradient[i], $"gradient[{i}] of {at}");
                }

                for (int i = 0; i < hessian.Length; i++)
                {
                    // Entries near cancellation (p(1 - p) at p ~ 1) are good to an absolute 1e-16.
                    Assert.True(Math.Abs(hessian[i] - actualHessian[i]) <= (1e-14 * Math.Abs(hessian[i])) + 1e-16, $"Hessian[{i}] of {at}: {actualHessian[i]:R}, expected {hessian[i]:R}");
                }
            }
        }

        [Fact]
        public void Log_of_a_sum_of_exps_is_one_node_and_a_single_exp_stays_softplus()
        {
            Assert.Equal("logsumexp(x, y)", Compiled.Loss("log(exp(x) + exp(y))", XY).ValueText);
            Assert.Equal("logsumexp(x, y, 0)", Compiled.Loss("log(1 + exp(x) + exp(y))", XY).ValueText);
            Assert.Equal("softplus(x)", Compiled.Loss("log(1 + exp(x))", XY).ValueText);

            // Not sums of exps with unit weights: left as written.
            Assert.Equal("log(exp(x) + 2*exp(y))", Compiled.Loss("log(exp(x) + 2*exp(y))", XY).ValueText);
            Assert.Equal("log(exp(x) + y)", Compiled.Loss("log(exp(x) + y)", XY).ValueText);
        }

        [Fact]
        public void The_gradient_is_the_softmax_and_printed_forms_read_back()
        {
            LossDefinition loss = Compiled.Loss("logsumexp(x, y)", XY);
            Assert.Equal(new[] { "exp(x - logsumexp(x, y))", "exp(y - logsumexp(x, y))" }, loss.GradientExpressions);
            foreach (string printed in loss.GradientExpressions.Append(loss.ValueText))
            {
                Assert.False(Compiled.Loss(printed, XY).HasErrors);
            }
        }

        [Fact]
        public void One_argument_is_the_argument_and_nesting_flattens()
        {
            Assert.Equal("x", Compiled.Loss("logsumexp(x)", XY).ValueText);
            Assert.Equal("logsumexp(x, x*y, y)", Compiled.Loss("logsumexp(x, logsumexp(y, x*y))", XY).ValueText);
            double folded = Compiled.Loss("logsumexp(1, 2) + x - x", XY).Value.Constant.Value;
            Assert.True(Math.Abs(folded - Math.Log(Math.Exp(1) + Math.Exp(2))) <= 1e-15 * folded, folded.ToString("R"));
        }

        private static readonly Lazy<EmittedLosses> Emitted = new Lazy<EmittedLosses>(() =>
            new EmittedLosses(Cases().Select(c => ((string)c[0], (string[])c[1]))));

        private static object[] Case(string expression, string[] parameters, double[] point, double value, double[] gradient, double[] hessian) =>
            new object[] { expression, parameters, point, value, gradient, hessian };

        private static void Agrees(double expected, double actual, string what) =>
            Assert.True(Math.Abs(expected - actual) <= 1e-14 * Math.Abs(expected) || expected == actual, $"{what}: {actual:R}, expected {expected:R}");
    }
}
