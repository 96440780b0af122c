using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using CsCheck;
using SymbolicGd.Symbolic.Testing;
using SymbolicGd.Symbolic.Tests.Support;
using Xunit;

namespace SymbolicGd.Symbolic.Tests.Engine
{
    /// <summary>
    /// 5 000 random expressions covering every operator and function (logsumexp and the forms
    /// rewritten at the edges among them), each at a random point
    /// inside the domain: the simplified DAG has the value of the unsimplified tree (evaluated
    /// naively, independently of the engine), the symbolic gradient and Hessian agree with
    /// Richardson-extrapolated central differences, and printed value and gradient re-parse to
    /// the same numbers.
    /// </summary>
    public class RandomExpressionPropertyTests
    {
        private const int Expressions = 5_000;

        [Fact]
        public void Value_gradient_Hessian_and_printing_agree_with_independent_numerics()
        {
            int derivativeChecks = 0, unreliable = 0, accepted = 0, logSumExps = 0, norms = 0;
            Gen.Int.Sample(seed =>
            {
                var drawn = RandomExpression.Case(seed);
                if (drawn is null)
                {
                    return;
                }

                var (names, tree, point) = drawn.Value;

                int n = names.Length;

                Interlocked.Increment(ref accepted);
                string text = tree.Text;
                LossDefinition loss = Compiled.Loss(text, names);
                List<Expr> nodes = Topology.Sorted(new[] { loss.Value });
                if (nodes.Exists(e => e.Kind == ExprKind.LogSumExp))
                {
                    Interlocked.Increment(ref logSumExps);
                }

                if (nodes.Exists(e => e.Kind == ExprKind.Hypot))
                {
                    Interlocked.Increment(ref norms);
                }

                double expected = tree.Evaluate(point);
                double value = Interpreter.Evaluate(loss.Value, point);
                Assert.True(Close.Enough(value, expected, 1e-9), $"value of {text} at {Show(point)}: {value} vs {expected}; simplified {loss.ValueText}");

                double[] gradient = Interpreter.Gradient(loss, point);
                double[] hessian = Interpreter.Hessian(loss, point);
                for (int i = 0; i < n; i++)
                {
                    Check(tree.Evaluate, point, i, gradient[i], $"d/d{names[i]} of {text} = {loss.GradientExpressions[i]}", ref derivativeChecks, ref unreliable);
                    int row = i;
                    for (int j = 0; j < n; j++)
                    {
                        Assert.Equal(hessian[i * n + j], hessian[j * n + i]);
                        Check(p => Interpreter.Evaluate(loss.Gradient[row], p), point, j, hessian[i * n + j], $"H[{i},{j}] of {text}", ref derivativeChecks, ref unreliable);
                    }
                }

                LossDefinition reparsed = Compiled.Loss(loss.ValueText, names);
                Assert.True(Close.Enough(Interpreter.Evaluate(reparsed.Value, point), expected, 1e-9), $"printed value {loss.ValueText} of {text}");
                for (int i = 0; i < n; i++)
                {
                    LossDefinition printed = Compiled.Loss(loss.GradientExpressions[i], names);
                    double reread = Interpreter.Evaluate(printed.Value, point);

                    // sign(u), the derivative of abs, prints as u/abs(u): NaN where u is exactly 0.
                    bool signAtZero = double.IsNaN(reread) && !double.IsNaN(gradient[i]) && text.Contains("abs(");
                    Assert.True(
                        signAtZero || Close.Enough(reread, gradient[i], 1e-9),
                        $"printed gradient {loss.GradientExpressions[i]} of {text} at {Show(point)}");
                }
            }, iter: Expressions);

            Assert.True(accepted >= Expressions * 9 / 10, $"only {accepted} expressions had a usable point");
            Assert.True(logSumExps >= Expressions / 50 && norms >= Expressions / 50, $"only {logSumExps} expressions with logsumexp and {norms} with a norm");
            Assert.True(unreliable <= derivativeChecks / 10, $"{unreliable} of {derivativeChecks} numeric derivatives were too noisy to compare");
        }

        private static void Check(Func<double[], double> f, double[] point, int index, double symbolic, string what, ref int checks, ref int unreliable)
        {
            Interlocked.Increment(ref checks);
            (double estimate, double error) = Richardson.Derivative(f, point, index);
            double scale = Math.Max(1.0, Math.Abs(estimate));
            if (!(error <= 1e-6 * scale))
            {
                Interlocked.Increment(ref unreliable);
                return;
            }

            Assert.True(Math.Abs(symbolic - estimate) <= (1e-7 * scale) + error, $"{what} at {Show(point)}: symbolic {symbolic}, numeric {estimate} (+- {error})");
        }

        private static string Show(double[] point) => "(" + string.Join(", ", point.Select(p => p.ToString("R", System.Globalization.CultureInfo.InvariantCulture))) + ")";
    }
}
