using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;
using SymbolicGd.Symbolic.Tests.Support;
using Xunit;

namespace SymbolicGd.Symbolic.Tests.Engine
{
    public class EmitterTests
    {
        private static string Emit(string expression, string[] parameters, bool gradient = true, bool hessian = false) =>
            Emitted.Text(Compiled.Loss(expression, parameters), new EmitRequest
            {
                Parameters = parameters,
                ReturnValue = true,
                GradientSpan = gradient ? "gradient" : null,
                HessianSpan = hessian ? "hessian" : null,
            });

        [Fact]
        public void The_documented_example_is_emitted_exactly()
        {
            Assert.Equal(
                "        double t0 = theta - 3.0;\n        gradient[0] = 2.0 * t0;\n        return t0 * t0;\n",
                Emit("(theta - 3)^2", new[] { "theta" }));
        }

        [Fact]
        public void The_example_above_the_emitter_is_what_it_produces()
        {
            Assert.Equal(
                "        double t0 = 1.0 - x;\n" +
                "        double t1 = y - x * x;\n" +
                "        gradient[0] = -400.0 * t1 * x - 2.0 * t0;\n" +
                "        gradient[1] = 200.0 * t1;\n" +
                "        return t0 * t0 + 100.0 * (t1 * t1);\n",
                Emit(BenchmarkLosses.Rosenbrock, new[] { "x", "y" }));
        }

        [Theory]
        [InlineData(3.0, "3.0")]
        [InlineData(0.1, "0.1")]
        [InlineData(-2.5e-7, "-2.5E-07")]
        [InlineData(1e20, "1E+20")]
        [InlineData(123456.789, "123456.789")]
        [InlineData(-0.0, "-0.0")]
        [InlineData(double.NaN, "double.NaN")]
        [InlineData(double.PositiveInfinity, "double.PositiveInfinity")]
        [InlineData(double.NegativeInfinity, "double.NegativeInfinity")]
        public void Literals_are_invariant_round_trip_double_literals(double value, string expected)
        {
            foreach (string culture in new[] { "de-DE", "fi-FI", "ar-SA", "" })
            {
                RunInCulture(culture, () => Assert.Equal(expected, CSharpEmitter.FormatDouble(value)));
            }
        }

        [Fact]
        public void Every_finite_literal_round_trips()
        {
            var random = new Random(7);
            for (int i = 0; i < 10_000; i++)
            {
                double v = BitConverter.Int64BitsToDouble((long)(random.NextDouble() * long.MaxValue)) * (random.Next(2) == 0 ? -1 : 1);
                if (double.IsNaN(v) || double.IsInfinity(v))
                {
                    continue;
                }

                string text = CSharpEmitter.FormatDouble(v);
                Assert.Matches(@"^-?\d+(\.\d+)?(E[+-]\d+)?$", text);
                Assert.True(text.Contains('.') || text.Contains('E'), text);
                Assert.Equal(BitConverter.DoubleToInt64Bits(v), BitConverter.DoubleToInt64Bits(double.Parse(text, CultureInfo.InvariantCulture)));
            }
        }

        [Fact]
        public void Emitted_code_does_not_depend_on_the_culture()
        {
            const string expression = "0.5*x^2 + 1.25e-3*exp(-x*y) + 2.5/y + pi";
            string invariant = Emit(expression, new[] { "x", "y" }, hessian: true);
            foreach (string culture in new[] { "de-DE", "fi-FI", "fr-FR" })
            {
                RunInCulture(culture, () =>
                {
                    // The culture really is hostile here (decimal comma), so the test means something.
                    Assert.NotEqual("-2.5", (-2.5).ToString(CultureInfo.CurrentCulture));
                    Assert.Equal(invariant, Emit(expression, new[] { "x", "y" }, hessian: true));
                });
            }

            Assert.DoesNotContain(",5", invariant);
            Assert.DoesNotContain("\u2212", invariant);
        }

        [Theory]
        [InlineData("x^2", "return x * x;")]
        [InlineData("x^3", "return x * x * x;")]
        [InlineData("x^-1", "return 1.0 / x;")]
        [InlineData("x^-2", "return 1.0 / (x * x);")]
        [InlineData("x^0.5", "return global::System.Math.Sqrt(x);")]
        [InlineData("sqrt(x)", "return global::System.Math.Sqrt(x);")]
        [InlineData("x^(-1/2)", "return 1.0 / global::System.Math.Sqrt(x);")]
        [InlineData("y/x^3", "return y / (x * x * x);")]
        public void Powers_become_multiplications_divisions_and_square_roots(string expression, string expected)
        {
            Assert.Equal("        " + expected + "\n", Emit(expression, new[] { "x", "y" }, gradient: false));
        }

        [Fact]
        public void Large_integer_powers_use_repeated_squaring_through_locals()
        {
            string code = Emit("x^8", new[] { "x" }, gradient: false);
            Assert.Equal("        double t0 = x * x;\n        double t1 = t0 * t0;\n        return t1 * t1;\n", code);
            Assert.DoesNotContain("Pow", Emit("x^13 + x^-7", new[] { "x" }));
        }

        [Fact]
        public void No_integer_literal_ever_appears_outside_an_index()
        {
            string code = Emit("1/x + 3/(x + y) + x^3/7 + (2*x - 1)^2 / 4 + log(1 + x^2)", new[] { "x", "y" }, hessian: true);
            string withoutIndexes = Regex.Replace(code, @"\[\d+\]", "[]");
            foreach (Match literal in Regex.Matches(withoutIndexes, @"(?<![\w.])\d+(\.\d+)?(E[+-]?\d+)?"))
            {
                Assert.True(literal.Value.Contains('.') || literal.Value.Contains('E'), $"integer literal '{literal.Value}' in\n{code}");
            }

            Assert.Matches(@"^\s*double t\d+ = ", code);
        }

        [Fact]
        public void Output_is_deterministic_across_compilations_and_threads()
        {
            string expression = BenchmarkLosses.Beale + " + sin(x*y)*exp(x - y) + softplus(x) / (1 + y^2)";
            string first = Emit(expression, new[] { "x", "y" }, hessian: true);
            string[] parallel = new string[16];
            Parallel.For(0, parallel.Length, i => parallel[i] = Emit(expression, new[] { "x", "y" }, hessian: true));
            Assert.All(parallel, text => Assert.Equal(first, text));
        }

        [Fact]
        public void A_shared_subexpression_is_computed_once()
        {
            string code = Emit("exp(x + y) + (x + y)^2 + sin(x + y)*exp(x + y)", new[] { "x", "y" }, hessian: true);
            Assert.Single(Regex.Matches(code, Regex.Escape("x + y")));
            Assert.Single(Regex.Matches(code, Regex.Escape("Math.Exp(")));
            Assert.Single(Regex.Matches(code, Regex.Escape("Math.Sin(")));
            Assert.Single(Regex.Matches(code, Regex.Escape("Math.Cos(")));
        }

        [Fact]
        public void Derivatives_reuse_function_values()
        {
            // exp' = exp, tanh' = 1 - t^2, sigmoid' = s(1 - s): one call each for value and gradient.
            string code = Emit("exp(x) + tanh(y) + sigmoid(x*y)", new[] { "x", "y" });
            Assert.Single(Regex.Matches(code, "Math.Exp"));
            Assert.Single(Regex.Matches(code, "Math.Tanh"));
            Assert.Single(Regex.Matches(code, "Sigmoid"));
            Assert.DoesNotContain("Cosh", code);

            // softplus' = sigmoid: both of the same argument from one exp, nothing else exponentiated.
            string logistic = Emit("softplus(x*y) + softplus(x - y)", new[] { "x", "y" }, hessian: true);
            Assert.Equal(2, Regex.Matches(logistic, "Math.Exp").Count);
            Assert.Equal(2, Regex.Matches(logistic, Regex.Escape("Math.Exp(-global::System.Math.Abs(")).Count);
            Assert.DoesNotContain("SymbolicMath.Softplus", logistic);
            Assert.DoesNotContain("SymbolicMath.Sigmoid", logistic);

            // logsumexp, its softmax gradient and its Hessian p_i (delta_ij - p_j): one exp per argument.
            string lse = Emit("log(exp(x) + exp(y) + exp(x*y))", new[] { "x", "y" }, hessian: true);
            Assert.Equal(3, Regex.Matches(lse, "Math.Exp").Count);
            Assert.Single(Regex.Matches(lse, "Math.Log"));
        }

        [Fact]
        public void Structural_zeros_are_plain_literals()
        {
            string code = Emit("x^2 + 3*y", new[] { "x", "y" }, hessian: true);
            Assert.Contains("gradient[1] = 3.0;", code);
            Assert.Contains("hessian[0] = 2.0;", code);
            Assert.Contains("hessian[1] = 0.0;", code);
            Assert.Contains("hessian[2] = 0.0;", code);
            Assert.Contains("hessian[3] = 0.0;", code);
            Assert.DoesNotContain("0.0 *", code);
            Assert.DoesNotContain("* 0.0", code);
        }

        [Fact]
        public void Locals_avoid_names_used_by_parameters_or_spans()
        {
            LossDefinition loss = Compiled.Loss("(t0 - t1)^2 + (t0 - t1)^3", "t0", "t1");
            string code = Emitted.Text(loss, new EmitRequest { Parameters = new[] { "t0", "t1" }, ReturnValue = true, GradientSpan = "u0" });
            Assert.DoesNotMatch(@"double (t|u)\d+ =", code);
            Assert.Matches(@"double v0 = t0 - t1;", code);
        }

        [Fact]
        public void Parameter_expressions_that_are_not_identifiers_are_read_once()
        {
            LossDefinition loss = Compiled.Loss("(1 - x)^2 + 100*(y - x^2)^2", "x", "y");
            string code = Emitted.Text(loss, new EmitRequest { Parameters = new[] { "theta[0]", "theta[1]" }, ReturnValue = true, GradientSpan = "gradient" });
            Assert.Single(Regex.Matches(code, Regex.Escape("theta[0]")));
            Assert.Single(Regex.Matches(code, Regex.Escape("theta[1]")));
            Assert.StartsWith("        double t0 = theta[0];\n", code);
        }

        [Fact]
        public void Calls_are_fully_qualified_and_stable_forms_are_used()
        {
            const string Expression = "softplus(x) + sigmoid(y) + log(1 + x^2) + abs(x) + atan(y) + sqrt(x^2 + y^2)";
            string code = Emit(Expression, new[] { "x", "y" });

            // softplus(x) is spelled out around e = exp(-|x|), which its derivative sigmoid(x)
            // shares; sigmoid(y) alone is one call.
            Assert.Contains("global::System.Math.Exp(-", code);
            Assert.Contains("global::System.Math.Max(x, 0.0)", code);
            Assert.Contains("global::SymbolicGd.SymbolicMath.Sigmoid(y)", code);
            Assert.DoesNotContain("SymbolicMath.Softplus", code);
            Assert.Contains("global::SymbolicGd.SymbolicMath.Log1p(", code);
            Assert.Contains("global::SymbolicGd.SymbolicMath.Hypot(x, y)", code);
            Assert.Contains("global::System.Math.Abs(", code);
            Assert.DoesNotMatch(@"(?<!global::System\.|global::SymbolicGd\.)\bMath\.", code);
            Assert.DoesNotContain("Math.Sign(", code);
        }

        [Fact]
        public void Non_finite_constants_are_named()
        {
            string code = Emit("x + 0/0", new[] { "x" }, gradient: false);
            Assert.Contains("double.NaN", code);
            Assert.Contains("double.PositiveInfinity", Emit("x + 1/0", new[] { "x" }, gradient: false));
        }

        [Fact]
        public void Negative_literals_are_parenthesised_where_needed()
        {
            string code = Emit("-2*x*y - 3", new[] { "x", "y" }, gradient: false);
            Assert.Equal("        return -2.0 * x * y - 3.0;\n", code);
            Assert.Equal("        return -x;\n", Emit("-x", new[] { "x" }, gradient: false));
        }

        [Fact]
        public void Statements_carry_no_layout()
        {
            // Indentation and line ends are the caller's (the generator's writer owns layout).
            IReadOnlyList<string> statements = CSharpEmitter.EmitStatements(Compiled.Loss("(x - 1)^2 + x*y", "x", "y"), new EmitRequest
            {
                Parameters = new[] { "x", "y" }, ReturnValue = true, GradientSpan = "g",
            });
            Assert.Equal(4, statements.Count);
            Assert.All(statements, s => Assert.Equal(s.Trim(), s));
            Assert.All(statements, s => Assert.DoesNotContain('\n', s));
            Assert.All(statements, s => Assert.EndsWith(";", s));
            Assert.Equal("return 2.0 * (x - 1.0);", Assert.Single(CSharpEmitter.EmitStatements(Compiled.Loss("(x - 1)^2", "x"), new EmitRequest { Parameters = new[] { "x" }, ReturnGradientIndex = 0 })));
        }

        private static void RunInCulture(string name, Action action)
        {
            CultureInfo saved = CultureInfo.CurrentCulture, savedUi = CultureInfo.CurrentUICulture;
            try
            {
                CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo(name);
                action();
            }
            finally
            {
                CultureInfo.CurrentCulture = saved;
                CultureInfo.CurrentUICulture = savedUi;
            }
        }
    }
}
