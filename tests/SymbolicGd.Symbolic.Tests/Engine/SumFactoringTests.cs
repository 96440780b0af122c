using System;
using System.Collections.Generic;
using System.Linq;
using SymbolicGd.Symbolic.Testing;
using SymbolicGd.Symbolic.Tests.Support;
using Xunit;

namespace SymbolicGd.Symbolic.Tests.Engine
{
    /// <summary>
    /// Common factors taken out of sums before emission: the rules on small sums, Beale's
    /// gradient as an expert writes it, operation counts that only go down, and factored outputs
    /// equal in value to the simplified ones.
    /// </summary>
    public class SumFactoringTests
    {
        private static readonly string[] XYZ = { "x", "y", "z" };

        private static string Emit(string expression, string[] parameters, bool gradient, bool hessian) =>
            Emitted.Text(Compiled.Loss(expression, parameters), new EmitRequest
            {
                Parameters = parameters,
                ReturnValue = true,
                GradientSpan = gradient ? "gradient" : null,
                HessianSpan = hessian ? "hessian" : null,
            });

        // The builder keeps these sums as written; the rewrite alone takes the factor out.
        [Theory]
        [InlineData("2*x*y + 2*x*z", false, "x*(y + z)")]
        [InlineData("x*y - x", false, "x*(y - 1)")]
        [InlineData("x^2*y + x^3*z", false, "x^2*(x*z + y)")]
        [InlineData("y/x + z/x", false, "(y + z)/x")]
        [InlineData("6*x + 6*y + 6*z", false, "6*(x + y + z)")]
        [InlineData("x*y*z - x*y + x*z", true, "x*(y*(z - 1) + z)")]
        public void Takes_the_common_factor_out(string expression, bool multiplesFirst, string expected)
        {
            (Expr original, Expr factored) = Rewrite(expression, multiplesFirst);
            string printed = ExpressionPrinter.Print(factored, XYZ);
            Assert.Contains(expected, printed, StringComparison.Ordinal);
            Assert.NotEqual(ExpressionPrinter.Print(original, XYZ), printed);
        }

        [Theory]
        [InlineData("x + y")]
        [InlineData("2*x + 3*y")]
        [InlineData("x*y + z")]
        [InlineData("sin(x)*y + cos(x)*z")]
        public void Leaves_a_sum_without_a_common_factor_alone(string expression)
        {
            foreach (bool multiplesFirst in new[] { false, true })
            {
                (Expr original, Expr factored) = Rewrite(expression, multiplesFirst);
                Assert.Same(original, factored);
            }
        }

        [Fact]
        public void Beale_gradient_is_emitted_as_an_expert_writes_it()
        {
            // dL/dx = 2*(r1*(y - 1) + r2*(y^2 - 1) + r3*(y^3 - 1)) reusing the y^k - 1 of the
            // residuals; dL/dy = x*(2 r1 + y*(4 r2 + 6 r3 y)), Horner in y.
            Assert.Equal(
                "        double t0 = y * y;\n" +
                "        double t1 = y - 1.0;\n" +
                "        double t2 = t0 - 1.0;\n" +
                "        double t3 = t0 * y - 1.0;\n" +
                "        double t4 = x * t1 + 1.5;\n" +
                "        double t5 = x * t2 + 2.25;\n" +
                "        double t6 = x * t3 + 2.625;\n" +
                "        gradient[0] = 2.0 * (t4 * t1 + t6 * t3 + t5 * t2);\n" +
                "        gradient[1] = x * ((6.0 * t6 * y + 4.0 * t5) * y + 2.0 * t4);\n" +
                "        return t4 * t4 + t5 * t5 + t6 * t6;\n",
                Emit(BenchmarkLosses.Beale, BenchmarkLosses.TwoParameters, gradient: true, hessian: false));
        }

        [Fact]
        public void Beale_second_derivative_in_x_is_a_sum_of_squares()
        {
            // d2L/dx2 = 2*((y - 1)^2 + (y^2 - 1)^2 + (y^3 - 1)^2), three squares of shared locals.
            string code = Emit(BenchmarkLosses.Beale, BenchmarkLosses.TwoParameters, gradient: true, hessian: true);
            Assert.Matches(@"hessian\[0\] = 2\.0 \* \((t\d+) \* \1 \+ (t\d+) \* \2 \+ (t\d+) \* \3\);", code);
        }

        [Fact]
        public void Beale_operation_counts_match_a_hand_count()
        {
            // Hand count of the program above: residuals 11 (y*y, y^3, three y^k - 1, three
            // x*(..), three + c), gradient[0] 6, gradient[1] 8, value 5. Before factoring the
            // program needed 36 operations, and 87 with the Hessian.
            LossDefinition loss = Compiled.Loss(BenchmarkLosses.Beale, BenchmarkLosses.TwoParameters);
            Assert.Equal(30, OperationCounter.Count(loss, ProgramOutputs.ValueAndGradient));
            Assert.True(OperationCounter.Count(loss, ProgramOutputs.ValueGradientAndHessian) <= 65);
        }

        // The counts before factoring, as ceilings: factoring may only remove operations. The
        // logistic loss has 8 terms softplus(z) with z a combination of 4 weights; softplus is
        // spelled out as max(z, 0) + log(d) + (e - (d - 1)) * r with e = exp(-|z|), d = 1 + e,
        // r = 1/d (12 operations where the SymbolicMath call counted 1: value 48 + 8 * 11 = 136),
        // and sigmoid(z) beside it is (z >= 0 ? 1 : e) * r (2 more where the call counted 1:
        // 96 + 8 * 11 + 8 * 1 = 192 with the gradient, 242 + 8 * 12 = 338 with the Hessian).
        [Theory]
        [InlineData("Rosenbrock", 7, 12, 17)]
        [InlineData("Beale", 16, 36, 87)]
        [InlineData("LeastSquares10", 164, 302, 302)]
        [InlineData("SoftplusLogistic", 136, 192, 338)]
        public void Benchmark_losses_never_need_more_operations(string name, int value, int gradient, int hessian)
        {
            (string expression, string[] parameters) = name switch
            {
                "Rosenbrock" => (BenchmarkLosses.Rosenbrock, BenchmarkLosses.TwoParameters),
                "Beale" => (BenchmarkLosses.Beale, BenchmarkLosses.TwoParameters),
                "LeastSquares10" => (BenchmarkLosses.LeastSquares(), BenchmarkLosses.LeastSquaresParameters),
                _ => (BenchmarkLosses.Logistic(), BenchmarkLosses.LogisticParameters),
            };
            LossDefinition loss = Compiled.Loss(expression, parameters);
            Assert.True(OperationCounter.Count(loss, ProgramOutputs.Value) <= value);
            Assert.True(OperationCounter.Count(loss, ProgramOutputs.ValueAndGradient) <= gradient);
            Assert.True(OperationCounter.Count(loss, ProgramOutputs.ValueGradientAndHessian) <= hessian);
        }

        [Theory]
        [InlineData("(x^2 + y - 11)^2 + (x + y^2 - 7)^2")]
        [InlineData("0.26*(x^2 + y^2) - 0.48*x*y")]
        [InlineData("-20*exp(-0.2*sqrt(0.5*(x^2 + y^2))) - exp(0.5*(cos(2*pi*x) + cos(2*pi*y))) + e + 20")]
        [InlineData("2*x^2 - 1.05*x^4 + x^6/6 + x*y + y^2")]
        [InlineData("(1 + (x + y + 1)^2*(19 - 14*x + 3*x^2 - 14*y + 6*x*y + 3*y^2))*(30 + (2*x - 3*y)^2*(18 - 32*x + 12*x^2 + 48*y - 36*x*y + 27*y^2))")]
        [InlineData("x/y + y/x")]
        [InlineData("log(1 + exp(-x*y)) + 0.01*(x^2 + y^2)")]
        public void Emitted_programs_never_need_more_operations_than_the_simplified_outputs(string expression)
        {
            LossDefinition loss = Compiled.Loss(expression, BenchmarkLosses.TwoParameters);
            foreach (ProgramOutputs outputs in new[] { ProgramOutputs.Value, ProgramOutputs.ValueAndGradient, ProgramOutputs.ValueGradientAndHessian })
            {
                var request = new EmitRequest
                {
                    Parameters = BenchmarkLosses.TwoParameters,
                    ReturnValue = true,
                    GradientSpan = outputs == ProgramOutputs.Value ? null : "g",
                    HessianSpan = outputs == ProgramOutputs.ValueGradientAndHessian ? "h" : null,
                };
                int simplified = StraightLineProgram.Build(CSharpEmitter.Outputs(loss.Outputs, request, new List<string?>()), _ => false).OperationCount;
                Assert.True(OperationCounter.Count(loss, request) <= simplified, $"{outputs}: {OperationCounter.Count(loss, request)} > {simplified}");
            }
        }

        [Fact]
        public void Factored_outputs_have_the_values_of_the_simplified_ones()
        {
            // 400 random expressions: every factored form's value, gradient and Hessian, evaluated
            // by the interpreter, equals the simplified form's at a point inside the domain.
            int compared = 0;
            for (int seed = 0; seed < 400; seed++)
            {
                var drawn = RandomExpression.Case(seed);
                if (drawn is null)
                {
                    continue;
                }

                var (names, tree, point) = drawn.Value;

                int n = names.Length;

                LossDefinition loss = Compiled.Loss(tree.Text, names);
                // A loss with a norm is not factored (its quotients x/r would merge into x*y/r).
                bool norm = Topology.Sorted(new[] { loss.Value }).Exists(e => e.Kind == ExprKind.Hypot);
                Assert.Equal(norm ? 0 : 2, loss.Factored.Count);
                var expected = new List<Expr> { loss.Value };
                expected.AddRange(loss.Gradient);
                for (int i = 0; i < n; i++)
                {
                    for (int j = i; j < n; j++)
                    {
                        expected.Add(loss.Hessian(i, j));
                    }
                }

                double[] want = Interpreter.Evaluate(expected, point);
                foreach (LossOutputs form in loss.Factored)
                {
                    var actual = new List<Expr> { form.Value };
                    actual.AddRange(form.Gradient);
                    for (int i = 0; i < n; i++)
                    {
                        for (int j = i; j < n; j++)
                        {
                            actual.Add(form.Hessian(i, j));
                        }
                    }

                    double[] got = Interpreter.Evaluate(actual, point);
                    for (int k = 0; k < want.Length; k++)
                    {
                        if (double.IsFinite(want[k]))
                        {
                            Assert.True(Close.Enough(got[k], want[k], 1e-9), $"{tree.Text} at ({string.Join(", ", point)}), output {k}: {got[k]} vs {want[k]}");
                            compared++;
                        }
                    }
                }
            }

            Assert.True(compared > 1000, "only " + compared + " comparisons");
        }

        [Fact]
        public void Emission_is_deterministic()
        {
            string first = Emit(BenchmarkLosses.Beale, BenchmarkLosses.TwoParameters, gradient: true, hessian: true);
            string second = Emit(BenchmarkLosses.Beale, BenchmarkLosses.TwoParameters, gradient: true, hessian: true);
            Assert.Equal(first, second);
        }

        // The simplified value and its rewrite, built in one builder (nodes compare by identity).
        private static (Expr Original, Expr Factored) Rewrite(string expression, bool multiplesFirst)
        {
            var builder = new ExprBuilder(XYZ);
            Expr value = SyntaxLowering.Lower(builder, Syntax.Parser.Parse(expression, XYZ).Root!);
            return (value, SumFactoring.Rewrite(builder, new[] { value }, multiplesFirst)[0]);
        }
    }
}
