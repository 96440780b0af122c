using System;
using System.Linq;
using System.Text;
using System.Threading;
using SymbolicGd.Symbolic.Syntax;
using SymbolicGd.Symbolic.Testing;
using SymbolicGd.Symbolic.Tests.Support;
using Xunit;

namespace SymbolicGd.Symbolic.Tests.Engine
{
    public class LossCompilerTests
    {
        [Fact]
        public void Compiles_the_documented_quadratic()
        {
            LossDefinition loss = Compiled.Loss("(theta - 3)^2", "theta");
            Assert.Equal("(theta - 3)^2", loss.Expression);
            Assert.Equal(1, loss.Dimension);
            Assert.Equal(new[] { "2*(theta - 3)" }, loss.GradientExpressions);
            Assert.Equal("(theta - 3)^2", loss.ValueText);
            Assert.Empty(loss.Diagnostics);
        }

        [Fact]
        public void Gradient_expressions_are_readable()
        {
            LossDefinition loss = Compiled.Loss("(1 - x)^2 + 100*(y - x^2)^2", "x", "y");
            Assert.Equal("200*(y - x^2)", loss.GradientExpressions[1]);
            Assert.Equal("-400*x*(y - x^2) - 2*(1 - x)", loss.GradientExpressions[0]);
        }

        [Theory]
        [InlineData("")]
        [InlineData("(x")]
        [InlineData("sine(x)")]
        [InlineData("x + q")]
        [InlineData("pow(x)")]
        [InlineData("1 +* 2")]
        public void Errors_become_diagnostics_not_exceptions(string expression)
        {
            LossDefinition loss = LossCompiler.Compile(expression, new[] { "x" });
            Assert.True(loss.HasErrors);
            Assert.NotEmpty(loss.Diagnostics);
            Assert.Empty(loss.GradientExpressions);
        }

        [Fact]
        public void Abs_is_a_warning_and_still_compiles()
        {
            LossDefinition loss = LossCompiler.Compile("abs(x - 1)", new[] { "x" });
            Assert.False(loss.HasErrors);
            Assert.Contains(loss.Diagnostics, d => d.Kind == ExpressionDiagnosticKind.NonSmooth && !d.IsError);
            Assert.Equal(1.0, Interpreter.Gradient(loss, new[] { 3.0 })[0]);
            Assert.Equal(-1.0, Interpreter.Gradient(loss, new[] { -3.0 })[0]);
        }

        [Fact]
        public void Oversized_derivatives_become_TooComplex()
        {
            ParseResult parsed = Parser.Parse("exp(sin(x*y)*cos(x - y))*log(1 + x^2*y^2)", new[] { "x", "y" });
            LossDefinition loss = LossCompiler.Compile("exp(...)", new[] { "x", "y" }, parsed.Root!, parsed.Diagnostics, CancellationToken.None, maxNodes: 40);
            ExpressionDiagnostic diagnostic = Assert.Single(loss.Diagnostics);
            Assert.Equal(ExpressionDiagnosticKind.TooComplex, diagnostic.Kind);
            Assert.True(loss.HasErrors);
            Assert.Contains("40", diagnostic.Message);
        }

        [Fact]
        public void A_huge_expression_compiles_or_reports_TooComplex_without_throwing()
        {
            // 40 parameters and a dense product structure: the Hessian alone has 820 entries.
            string[] names = Enumerable.Range(0, 40).Select(i => "p" + i).ToArray();
            var text = new StringBuilder("exp(");
            text.Append(string.Join(" + ", names.Select((n, i) => $"sin({n})*{names[(i + 1) % 40]}")));
            text.Append(')');
            LossDefinition loss = LossCompiler.Compile(text.ToString(), names);
            Assert.True(!loss.HasErrors || loss.Diagnostics.Any(d => d.Kind == ExpressionDiagnosticKind.TooComplex));
        }

        [Fact]
        public void Cancellation_is_observed()
        {
            using var source = new CancellationTokenSource();
            source.Cancel();
            Assert.ThrowsAny<OperationCanceledException>(() => LossCompiler.Compile("(x - 1)^2 + exp(x*y)", new[] { "x", "y" }, source.Token));
        }

        [Fact]
        public void Parameters_named_e_and_pi_shadow_the_constants()
        {
            LossDefinition loss = Compiled.Loss("e*pi + e^2", "e", "pi");
            Assert.Equal(2.0 * 3.0 + 4.0, Interpreter.Evaluate(loss.Value, new[] { 2.0, 3.0 }));
            Assert.Equal(new[] { "2*e + pi", "e" }, loss.GradientExpressions);
        }

        [Fact]
        public void The_constants_e_and_pi_print_by_name()
        {
            LossDefinition loss = Compiled.Loss("pi*x^2 + e*x", "x");
            // 2*pi folds to one double (printed round-trip exact); a lone pi or e prints by name.
            Assert.Equal("6.283185307179586*x + e", loss.GradientExpressions[0]);
            Assert.Equal("e*x + pi*x^2", loss.ValueText);
        }

        [Fact]
        public void Hessian_is_symmetric_and_computed_once_per_pair()
        {
            LossDefinition loss = Compiled.Loss("x^2*y*z + sin(x*z)", "x", "y", "z");
            for (int i = 0; i < 3; i++)
            {
                for (int j = 0; j < 3; j++)
                {
                    Assert.Same(loss.Hessian(i, j), loss.Hessian(j, i));
                }
            }
        }

        [Fact]
        public void Twenty_variable_polynomial_with_two_hundred_terms_compiles_quickly()
        {
            // Not a timing assertion (that is the benchmark's job); a smoke test that it completes
            // and that value, gradient and Hessian agree with an independent evaluation.
            (string text, string[] names, Func<double[], double> f) = Polynomial.TwentyVariables();
            LossDefinition loss = Compiled.Loss(text, names);
            var point = Enumerable.Range(0, 20).Select(i => 0.1 * (i - 10)).ToArray();
            Assert.True(Close.Enough(f(point), Interpreter.Evaluate(loss.Value, point), 1e-12));
            double[] gradient = Interpreter.Gradient(loss, point);
            for (int i = 0; i < 20; i += 7)
            {
                (double estimate, double error) = Richardson.Derivative(f, point, i);
                Assert.True(Math.Abs(gradient[i] - estimate) <= 1e-7 + error, $"{i}: {gradient[i]} vs {estimate}");
            }

            string code = Emitted.Text(loss, new EmitRequest
            {
                Parameters = names.Select((_, i) => $"theta[{i}]").ToArray(), ReturnValue = true, GradientSpan = "g", HessianSpan = "h",
            });
            Assert.Contains("h[399] = ", code);
        }
    }
}
