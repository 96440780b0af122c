using System;
using System.Linq;
using SymbolicGd.Symbolic.Testing;
using SymbolicGd.Symbolic.Tests.Support;
using Xunit;

namespace SymbolicGd.Symbolic.Tests.Engine
{
    /// <summary>Local simplification while building: what it does, and what it must never do.</summary>
    public class SimplificationTests
    {
        private static readonly string[] XY = { "x", "y" };

        private static Expr Value(string expression) => Compiled.Loss(expression, XY).Value;

        [Theory]
        [InlineData("2*x + 3*x", "5*x")]
        [InlineData("x*x", "x^2")]
        [InlineData("x^2*x^3", "x^5")]
        [InlineData("x*y*x/y^2", "x^2/y")]
        [InlineData("x - x", "0")]
        [InlineData("x/x", "1")]
        [InlineData("0*exp(x)", "0")]
        [InlineData("x^0", "1")]
        [InlineData("1*x + 0", "x")]
        [InlineData("0.1 + 0.2", "0.3")]
        [InlineData("2^10", "1024")]
        [InlineData("(x + y) - (y + x)", "0")]
        [InlineData("x*y - y*x", "0")]
        [InlineData("log(exp(x))", "x")]
        [InlineData("log(1 + x^2)", "log(1 + x^2)")]
        [InlineData("log(1 + exp(x))", "softplus(x)")]
        [InlineData("e^x", "exp(x)")]
        [InlineData("(x^2)^3", "x^6")]
        [InlineData("(2*x)^2", "4*x^2")]
        [InlineData("sqrt(x)*sqrt(x)", "x")]
        [InlineData("-(x - y)", "y - x")]
        [InlineData("x/3 + x/6", "0.5*x")]
        [InlineData("x/3", "x/3")]
        [InlineData("abs(abs(x))", "abs(x)")]
        [InlineData("(x^2)^0.5", "abs(x)")]
        [InlineData("sqrt(x^2)", "abs(x)")]
        [InlineData("(x^2)^1.5", "abs(x)^3")]
        [InlineData("(x^2)^1", "x^2")]
        [InlineData("(x^2)^2", "x^4")]
        [InlineData("(x^4)^0.5", "x^2")]
        [InlineData("(x^2)^(1/3)", "abs(x)^(2/3)")]
        [InlineData("(x^2)^-0.5", "1/abs(x)")]
        [InlineData("sqrt(4*x^2)", "2*abs(x)")]
        [InlineData("sqrt(x^2*y^2)", "abs(x)*abs(y)")]
        [InlineData("abs(x)^2", "x^2")]
        [InlineData("abs(x)*abs(x)", "x^2")]
        [InlineData("abs(x^2)", "x^2")]
        [InlineData("abs(-2*x)", "2*abs(x)")]
        [InlineData("abs(exp(x))", "exp(x)")]
        [InlineData("(abs(x)^3)^(1/3)", "abs(x)")]
        [InlineData("sqrt(x^2 + y^2)", "sqrt(x^2 + y^2)")]
        [InlineData("sqrt(x^2 + y^2)^2", "x^2 + y^2")]
        [InlineData("sqrt(x^2 + 4*y^2)", "sqrt(x^2 + (2*y)^2)")]
        [InlineData("sqrt(1 + x^2)", "sqrt(x^2 + 1)")]
        [InlineData("log(exp(x) + exp(y))", "logsumexp(x, y)")]
        [InlineData("log(exp(y) + exp(x) + 1)", "logsumexp(x, y, 0)")]
        [InlineData("log(exp(x) - exp(y))", "log(exp(x) - exp(y))")]
        [InlineData("logsumexp(x)", "x")]
        [InlineData("logsumexp(y, x)", "logsumexp(x, y)")]
        [InlineData("logsumexp(x, logsumexp(y, 2*x))", "logsumexp(x, 2*x, y)")]
        [InlineData("logsumexp(0, 0)", "0.6931471805599453")]
        public void Simplifies_to(string expression, string expected)
        {
            Assert.Equal(expected, Compiled.Loss(expression, XY).ValueText);
        }

        [Fact]
        public void Exact_rationals_fold_without_rounding()
        {
            Expr sum = Value("0.1 + 0.2");
            Assert.True(sum.IsConstant);
            Assert.True(sum.Constant.IsExact);
            Assert.Equal(3, sum.Constant.Numerator);
            Assert.Equal(10, sum.Constant.Denominator);
            Expr third = Value("1/3 + 1/3 + 1/3");
            Assert.True(third.Constant.IsOne);
        }

        [Fact]
        public void Square_root_of_a_square_is_not_the_argument()
        {
            // (x^2)^(1/2) = |x|: rewriting it to x would change the value at x < 0.
            LossDefinition loss = Compiled.Loss("(x^2)^(1/2) + sqrt(y^2)", XY);
            Assert.Equal(5.0, Interpreter.Evaluate(loss.Value, new[] { -2.0, -3.0 }));
            LossDefinition squareOfRoot = Compiled.Loss("sqrt(x)^2", XY);
            Assert.True(double.IsNaN(Interpreter.Evaluate(squareOfRoot.Value, new[] { -2.0, 0.0 })));
            Assert.Equal(2.0, Interpreter.Evaluate(squareOfRoot.Value, new[] { 2.0, 0.0 }), 14);
        }

        [Fact]
        public void Identical_subexpressions_are_one_node()
        {
            Expr value = Value("exp(x + y) + sin(x + y) + (y + x)^2");
            var sums = AllNodes(value).Where(n => n.Kind == ExprKind.Add && n.Children.Count == 2 && n.Children.All(c => c.Kind == ExprKind.Parameter)).ToList();
            Assert.Single(sums);
            Assert.Equal(3, AllNodes(value).Count(n => n.Children.Contains(sums[0])));
        }

        [Fact]
        public void Operand_order_is_canonical_and_deterministic()
        {
            var builder = new ExprBuilder(XY);
            Expr x = builder.Parameter(0), y = builder.Parameter(1);
            Assert.Same(builder.Multiply(x, y), builder.Multiply(y, x));
            Assert.Same(builder.Add(new[] { x, y, builder.Constant(2) }), builder.Add(new[] { builder.Constant(2), y, x }));
            Assert.Equal(Compiled.Loss("y*x + sin(y) + 3", XY).ValueText, Compiled.Loss("3 + sin(y) + x*y", XY).ValueText);
        }

        [Fact]
        public void Builders_are_independent_contexts()
        {
            var first = new ExprBuilder(XY);
            var second = new ExprBuilder(XY);
            Assert.NotSame(first.Parameter(0), second.Parameter(0));
            Assert.Equal(
                ExpressionPrinter.Print(first.Add(first.Parameter(0), first.Constant(1))),
                ExpressionPrinter.Print(second.Add(second.Parameter(0), second.Constant(1))));
        }

        [Fact]
        public void Simplification_never_changes_a_defined_value()
        {
            // Pairs that a careless simplifier would merge.
            foreach ((string expression, double x, double expected) in new[]
            {
                ("(x^2)^(1/2)", -3.0, 3.0),
                ("(x^3)^(1/3)", 8.0, 8.0),
                ("(x^(1/3))^3", 8.0, 8.0),
                ("log(x^2)", -2.0, Math.Log(4)),
                ("(x^4)^(1/2)", -2.0, 4.0),
                ("exp(log(x))", 2.0, 2.0),
                ("(-x)^2", 3.0, 9.0),
                ("(-x)^3", 2.0, -8.0),
            })
            {
                LossDefinition loss = Compiled.Loss(expression, XY);
                Assert.True(Close.Enough(expected, Interpreter.Evaluate(loss.Value, new[] { x, 0.0 }), 1e-14), expression);
            }
        }

        [Fact]
        public void Rewrites_at_the_edges_keep_the_value_at_random_points_over_a_hundred_decades()
        {
            // Each form against its unsimplified meaning, computed naively here, at random points
            // from 1e-50 to 1e50 in magnitude and of either sign, where no naive intermediate (up
            // to a sixth power) under- or overflows. FiniteLimitTests go beyond, to 1e-300.
            var forms = new (string Text, Func<double, double, double> Naive)[]
            {
                ("(x^2)^0.5", (x, y) => Math.Pow(x * x, 0.5)),
                ("(x^2)^1.5", (x, y) => Math.Pow(x * x, 1.5)),
                ("(x^2)^2.5", (x, y) => Math.Pow(x * x, 2.5)),
                ("(x^2)^(1/3)", (x, y) => Math.Pow(x * x, 1.0 / 3)),
                ("(x^2)^-0.5", (x, y) => Math.Pow(x * x, -0.5)),
                ("(x^4)^0.25", (x, y) => Math.Pow(Math.Pow(x, 4), 0.25)),
                ("(x^6)^(1/3)", (x, y) => Math.Pow(Math.Pow(x, 6), 1.0 / 3)),
                ("sqrt(4*x^2)", (x, y) => Math.Sqrt(4 * x * x)),
                ("sqrt(0.5*(x^2 + y^2))", (x, y) => Math.Sqrt(0.5 * ((x * x) + (y * y)))),
                ("sqrt(x^2*y^2)", (x, y) => Math.Sqrt(x * x * y * y)),
                ("sqrt(x^2 + y^2)", (x, y) => Math.Sqrt((x * x) + (y * y))),
                ("sqrt(x^2 + 4*y^2)", (x, y) => Math.Sqrt((x * x) + (4 * y * y))),
                ("(x^2 + y^2)^1.5", (x, y) => Math.Pow((x * x) + (y * y), 1.5)),
                ("(x^2 + y^2)^-0.5", (x, y) => Math.Pow((x * x) + (y * y), -0.5)),
                ("sqrt(x^2 + y^2)^2", (x, y) => Math.Pow(Math.Sqrt((x * x) + (y * y)), 2)),
                ("abs(x)^2", (x, y) => Math.Pow(Math.Abs(x), 2)),
                ("abs(x)^3*abs(x)", (x, y) => Math.Pow(Math.Abs(x), 3) * Math.Abs(x)),
                ("abs(-2*x)", (x, y) => Math.Abs(-2 * x)),
                ("abs(x^2 + y^2)", (x, y) => Math.Abs((x * x) + (y * y))),
                ("(abs(x)^3)^(1/3)", (x, y) => Math.Pow(Math.Pow(Math.Abs(x), 3), 1.0 / 3)),
            };

            var random = new Random(11);
            for (int trial = 0; trial < 400; trial++)
            {
                double x = RandomMagnitude(random), y = RandomMagnitude(random);
                foreach ((string text, Func<double, double, double> naive) in forms)
                {
                    double expected = naive(x, y);
                    // A power with a rounded exponent (1/3, or 1.5 of a huge base) is off by about
                    // |log base| * 1e-16 relative; the rewritten forms are usually better.
                    double value = Interpreter.Evaluate(Compiled.Loss(text, XY).Value, new[] { x, y });
                    double tolerance = 1e-15 * (10 + Math.Abs(Math.Log(Math.Abs(expected))));
                    Assert.True(Math.Abs(value - expected) <= tolerance * Math.Abs(expected), $"{text} at ({x:R}, {y:R}): {value:R}, unsimplified {expected:R}");
                }
            }

            static double RandomMagnitude(Random random) =>
                (random.Next(2) == 0 ? -1 : 1) * Math.Pow(10, -50 + (100 * random.NextDouble()));
        }

        [Fact]
        public void Log_of_a_sum_of_exps_keeps_its_value_where_the_sum_is_finite()
        {
            var random = new Random(5);
            for (int trial = 0; trial < 300; trial++)
            {
                double x = -700 + (1400 * random.NextDouble()), y = -700 + (1400 * random.NextDouble());
                foreach ((string text, double naive) in new[]
                {
                    ("log(exp(x) + exp(y))", Math.Log(Math.Exp(x) + Math.Exp(y))),
                    ("log(1 + exp(x) + exp(y))", Math.Log(1 + Math.Exp(x) + Math.Exp(y))),
                    ("log(2.5 + exp(x) + exp(y))", Math.Log(2.5 + Math.Exp(x) + Math.Exp(y))),
                    ("logsumexp(x, y, x + y)", Math.Log(Math.Exp(x) + Math.Exp(y) + Math.Exp(x + y))),
                })
                {
                    if (!double.IsFinite(naive) || naive == 0)
                    {
                        continue;
                    }

                    double value = Interpreter.Evaluate(Compiled.Loss(text, XY).Value, new[] { x, y });
                    Assert.True(Math.Abs(value - naive) <= 1e-13 * Math.Max(1, Math.Abs(naive)), $"{text} at ({x:R}, {y:R}): {value:R}, naive {naive:R}");
                }
            }
        }

        [Fact]
        public void Constant_folding_follows_the_functions()
        {
            Expr folded = Value("exp(0) + cos(0) + log(1) + sigmoid(0) + softplus(0) + sqrt(4)");
            Assert.True(folded.IsConstant);
            Assert.Equal(1 + 1 + 0 + 0.5 + Math.Log(2) + 2, folded.Constant.Value, 15);
        }

        private static System.Collections.Generic.List<Expr> AllNodes(Expr root)
        {
            var seen = new System.Collections.Generic.HashSet<Expr>();
            var stack = new System.Collections.Generic.Stack<Expr>();
            stack.Push(root);
            while (stack.Count > 0)
            {
                Expr node = stack.Pop();
                if (seen.Add(node))
                {
                    foreach (Expr child in node.Children)
                    {
                        stack.Push(child);
                    }
                }
            }

            return seen.ToList();
        }
    }
}
