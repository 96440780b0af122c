using System;
using System.Collections.Generic;
using System.Linq;
using SymbolicGd.Symbolic.Syntax;
using SymbolicGd.Symbolic.Testing;
using SymbolicGd.Symbolic.Tests.Support;
using Xunit;

namespace SymbolicGd.Symbolic.Tests.Engine
{
    /// <summary>
    /// Data losses in the engine: binding of variables, columns and fixed values, the rules for
    /// sum and mean (each diagnostic at its text), derivatives through sums against independent
    /// numerics, and what is known about the Hessian.
    /// </summary>
    public class DataLossTests
    {
        private static readonly string[] LineNames = { "a", "b", "x", "y" };
        private static readonly LossParameterKind[] LineKinds = { LossParameterKind.Variable, LossParameterKind.Variable, LossParameterKind.Column, LossParameterKind.Column };

        private static LossDefinition Line(string expression) => LossCompiler.Compile(expression, LineNames, LineKinds);

        [Theory]
        [InlineData("mean((a + b*x - y)^2) + x", (int)ExpressionDiagnosticKind.ColumnOutsideAggregate, 24, 25)]
        [InlineData("y*a + mean(x)", (int)ExpressionDiagnosticKind.ColumnOutsideAggregate, 0, 1)]
        [InlineData("mean((x - mean(x))^2 * a)", (int)ExpressionDiagnosticKind.NestedAggregate, 10, 17)]
        [InlineData("sum(a*sum(x*y))", (int)ExpressionDiagnosticKind.NestedAggregate, 6, 14)]
        [InlineData("mean((a*x - y)^2) + mean(b^2)", (int)ExpressionDiagnosticKind.AggregateWithoutColumn, 20, 29)]
        public void Misplaced_columns_and_aggregates_are_reported_at_their_text(string expression, int kindNumber, int start, int end)
        {
            var kind = (ExpressionDiagnosticKind)kindNumber;
            LossDefinition loss = Line(expression);
            ExpressionDiagnostic diagnostic = Assert.Single(loss.Diagnostics, d => d.Kind == kind);
            Assert.Equal(new TextSpan(start, end - start), diagnostic.Span);
            Assert.Equal(expression.Substring(start, end - start), diagnostic.Text);
            Assert.Contains(" at " + start + ".." + end, diagnostic.Message, StringComparison.Ordinal);
            Assert.Equal(kind != ExpressionDiagnosticKind.AggregateWithoutColumn, diagnostic.IsError);
        }

        [Fact]
        public void An_aggregate_around_no_column_still_compiles_to_what_it_says()
        {
            // mean(b^2) = b^2 exactly; sum(b^2) = N b^2.
            LossDefinition loss = Line("mean((a*x - y)^2) + mean(b^2) + sum(b^2)");
            Assert.False(loss.HasErrors);
            double[] x = { 1, 2, 3 }, y = { 2, 2, 2 };
            double value = Interpreter.EvaluateData(new[] { loss.Value }, new[] { 0.5, 3.0 }, Array.Empty<double>(), new[] { x, y })[0];
            double expected = ((2.25 + 1.0 + 0.25) / 3) + 9.0 + (3 * 9.0);
            Assert.Equal(expected, value, 12);
        }

        [Fact]
        public void Sum_and_mean_in_a_loss_without_columns_is_an_error()
        {
            LossDefinition loss = LossCompiler.Compile("mean((a - 3)^2)", new[] { "a" }, new[] { LossParameterKind.Variable });
            ExpressionDiagnostic diagnostic = Assert.Single(loss.Diagnostics);
            Assert.Equal(ExpressionDiagnosticKind.AggregateWithoutData, diagnostic.Kind);
            Assert.Equal(new TextSpan(0, 15), diagnostic.Span);
            Assert.True(loss.HasErrors);
        }

        [Fact]
        public void A_column_named_like_a_function_is_reported_at_each_use()
        {
            LossDefinition loss = LossCompiler.Compile("mean((a - exp)^2) + mean(exp(exp))", new[] { "a", "exp" }, new[] { LossParameterKind.Variable, LossParameterKind.Column });
            ExpressionDiagnostic[] clashes = loss.Diagnostics.Where(d => d.Kind == ExpressionDiagnosticKind.ColumnNamedLikeFunction).ToArray();
            Assert.Equal(new[] { 10, 25, 29 }, clashes.Select(d => d.Span.Start));
            Assert.All(clashes, d => Assert.Equal("exp", d.Text));
            Assert.True(loss.HasErrors);

            // A variable may still be named like a function (a call needs '(').
            Assert.False(LossCompiler.Compile("(exp - 1)^2", new[] { "exp" }).HasErrors);
        }

        [Fact]
        public void Fixed_values_are_read_anywhere_and_not_differentiated()
        {
            LossDefinition loss = LossCompiler.Compile(
                "mean((w*x - y)^2) + lambda*w^2",
                new[] { "w", "x", "y", "lambda" },
                new[] { LossParameterKind.Variable, LossParameterKind.Column, LossParameterKind.Column, LossParameterKind.Fixed });
            Assert.False(loss.HasErrors);
            Assert.Equal(new[] { "w" }, loss.ParameterNames);
            Assert.Equal(new[] { "x", "y" }, loss.ColumnNames);
            Assert.Equal(new[] { "lambda" }, loss.FixedNames);
            Assert.True(loss.IsDataLoss);
            Assert.True(loss.DividesBySampleCount);

            // d2/dw2 = 2 mean(x^2) + 2 lambda: no w in it, so L is known once per data set.
            Assert.True(loss.HasConstantHessian);
            Assert.Null(loss.ConstantHessian);
            double[] x = { 1, -2, 3 }, y = { 0.5, 1, -1 };
            double h = Interpreter.EvaluateData(new[] { loss.Hessian(0, 0) }, new[] { 0.7 }, new[] { 0.1 }, new[] { x, y })[0];
            Assert.Equal((2.0 * (1 + 4 + 9) / 3) + 0.2, h, 12);
        }

        [Fact]
        public void Line_fit_has_a_Hessian_of_data_alone_and_logistic_regression_does_not()
        {
            Assert.True(Line("mean((a + b*x - y)^2)").HasConstantHessian);
            Assert.False(Line("mean(softplus(a + b*x) - y*(a + b*x))").HasConstantHessian);
            Assert.False(Line("mean((a + b*x - y)^2)").DividesBySampleCount is false);
            Assert.False(Line("sum((a + b*x - y)^2)").DividesBySampleCount);
        }

        [Fact]
        public void Factors_without_columns_come_out_of_sums()
        {
            // sum(2 a x) is 2 a sum(x): the sum's body is x alone, and d/da of it is 2 sum(x).
            LossDefinition loss = Line("sum(2*a*x*y) + sum(b)");
            List<Expr> sums = Topology.Sorted(new[] { loss.Value }, enterSums: false).Where(e => e.Kind == ExprKind.Sum).ToList();
            Expr sum = Assert.Single(sums);
            Assert.False(sum.Args[0].DependsOnVariables);
            Assert.Equal("x*y", ExpressionPrinter.Print(sum.Args[0]));

            // sum(b) is N b: no pass over the data for it.
            double value = Interpreter.EvaluateData(new[] { loss.Value }, new[] { 1.5, 4.0 }, Array.Empty<double>(), new[] { new double[] { 1, 2 }, new double[] { 3, 5 } })[0];
            Assert.Equal((2 * 1.5 * (3 + 10)) + (2 * 4.0), value, 12);
        }

        /// <summary>
        /// Random data losses: variables x, y, a fixed value z, columns u, w; a random per-sample
        /// body inside mean or sum, combined with a random outer term of x, y, z in one of four
        /// ways (plain, scaled sum, product of two means, log of a squared mean). The engine's
        /// value, evaluated by a plain loop over the samples, matches the expression evaluated
        /// independently; its gradient matches central differences of that independent value, and
        /// its Hessian central differences of its gradient.
        /// </summary>
        [Fact]
        public void Random_data_losses_agree_with_independent_numerics()
        {
            string[] names = { "x", "y", "z", "u", "w" };
            LossParameterKind[] kinds = { LossParameterKind.Variable, LossParameterKind.Variable, LossParameterKind.Fixed, LossParameterKind.Column, LossParameterKind.Column };
            int checkedCases = 0;
            for (int seed = 0; seed < 400; seed++)
            {
                var random = new Random(seed);
                RandomExpression body = RandomExpression.Build(random, 1 + random.Next(4), 5);
                RandomExpression other = RandomExpression.Build(random, 1 + random.Next(3), 5);
                RandomExpression outer = RandomExpression.Build(random, 1 + random.Next(3), 3);
                int form = random.Next(4);
                string expression = form switch
                {
                    0 => "mean(" + body.Text + ") + (" + outer.Text + ")",
                    1 => "0.01*sum(" + body.Text + ") + (" + outer.Text + ")",
                    2 => "mean(" + body.Text + ")*mean(" + other.Text + ") + (" + outer.Text + ")",
                    _ => "log(1 + mean(" + body.Text + ")^2) + (" + outer.Text + ")",
                };

                int samples = 1 + random.Next(12);
                double[] u = Draw(random, samples), w = Draw(random, samples);
                double[] theta = { -1.2 + (2.4 * random.NextDouble()), -1.2 + (2.4 * random.NextDouble()) };
                double fixedValue = -1.2 + (2.4 * random.NextDouble());

                double Independent(double[] t)
                {
                    double b = 0.0, o = 0.0;
                    for (int i = 0; i < samples; i++)
                    {
                        double[] point = { t[0], t[1], fixedValue, u[i], w[i] };
                        b += body.Evaluate(point);
                        o += other.Evaluate(point);
                    }

                    double outside = outer.Evaluate(new[] { t[0], t[1], fixedValue, 0.0, 0.0 });
                    return form switch
                    {
                        0 => (b / samples) + outside,
                        1 => (0.01 * b) + outside,
                        2 => (b / samples * (o / samples)) + outside,
                        _ => Math.Log(1 + ((b / samples) * (b / samples))) + outside,
                    };
                }

                if (!WellConditioned(body, other, outer, theta, fixedValue, u, w))
                {
                    continue;
                }

                LossDefinition loss = LossCompiler.Compile(expression, names, kinds);
                Assert.False(loss.HasErrors, expression + ": " + string.Join("; ", loss.Diagnostics));
                double[][] columns = { u, w };
                double[] fixedValues = { fixedValue };

                double expected = Independent(theta);
                double value = Interpreter.EvaluateData(new[] { loss.Value }, theta, fixedValues, columns)[0];
                AssertClose(expected, value, 1e-9, expression + " value");

                double[] gradient = Interpreter.EvaluateData(loss.Gradient, theta, fixedValues, columns);
                double[]? numeric = Reliable(Independent, theta, 1e-6);
                if (numeric is null)
                {
                    continue;
                }

                for (int i = 0; i < 2; i++)
                {
                    AssertClose(numeric[i], gradient[i], 1e-6, expression + " gradient " + i);
                }

                for (int i = 0; i < 2; i++)
                {
                    double[]? row = Reliable(t => Interpreter.EvaluateData(new[] { loss.Gradient[i] }, t, fixedValues, columns)[0], theta, 1e-5);
                    for (int j = 0; j < 2 && row is not null; j++)
                    {
                        double h = Interpreter.EvaluateData(new[] { loss.Hessian(i, j) }, theta, fixedValues, columns)[0];
                        AssertClose(row[j], h, 1e-5, expression + " Hessian " + i + "," + j);
                    }
                }

                checkedCases++;
            }

            // Most draws are usable (the rest have huge intermediates, where differences are noise).
            Assert.True(checkedCases >= 200, checkedCases + " cases checked");
        }

        private static double[] Draw(Random random, int count)
        {
            var values = new double[count];
            for (int i = 0; i < count; i++)
            {
                values[i] = -1.5 + (3.0 * random.NextDouble());
            }

            return values;
        }

        private static bool WellConditioned(RandomExpression body, RandomExpression other, RandomExpression outer, double[] theta, double fixedValue, double[] u, double[] w)
        {
            for (int i = 0; i < u.Length; i++)
            {
                double[] point = { theta[0], theta[1], fixedValue, u[i], w[i] };
                double magnitude = Math.Max(body.Magnitude(point), other.Magnitude(point));
                if (double.IsNaN(magnitude) || magnitude > 1e4)
                {
                    return false;
                }
            }

            double outside = outer.Magnitude(new[] { theta[0], theta[1], fixedValue, 0.0, 0.0 });
            return !double.IsNaN(outside) && outside < 1e4;
        }

        // Richardson differences at two step sizes, or null where they disagree (a function too
        // steep there for differences to say anything at this tolerance).
        private static double[]? Reliable(Func<double[], double> f, double[] theta, double tolerance)
        {
            double[] coarse = Richardson(f, theta, 1e-3), fine = Richardson(f, theta, 2.5e-4);
            for (int i = 0; i < theta.Length; i++)
            {
                if (!(Math.Abs(coarse[i] - fine[i]) <= 0.1 * tolerance * Math.Max(1.0, Math.Abs(fine[i]))))
                {
                    return null;
                }
            }

            return fine;
        }

        private static double[] Richardson(Func<double[], double> f, double[] theta, double h)
        {
            var result = new double[theta.Length];
            var x = (double[])theta.Clone();
            for (int i = 0; i < theta.Length; i++)
            {
                double d1 = Central(h), d2 = Central(h / 2);
                result[i] = ((4 * d2) - d1) / 3;

                double Central(double step)
                {
                    x[i] = theta[i] + step;
                    double plus = f(x);
                    x[i] = theta[i] - step;
                    double minus = f(x);
                    x[i] = theta[i];
                    return (plus - minus) / (2 * step);
                }
            }

            return result;
        }

        private static void AssertClose(double expected, double actual, double tolerance, string what)
        {
            double scale = Math.Max(1.0, Math.Abs(expected));
            Assert.True(Math.Abs(expected - actual) <= tolerance * scale, $"{what}: expected {expected:R}, got {actual:R}");
        }
    }
}
