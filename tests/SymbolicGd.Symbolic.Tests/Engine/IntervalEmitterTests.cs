using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using SymbolicGd.Symbolic.Tests.Support;
using Xunit;

namespace SymbolicGd.Symbolic.Tests.Engine
{
    /// <summary>
    /// The interval twin of the emitted program: the same locals as the point code, tight forms
    /// for powers and the fused softplus and sigmoid, an enclosure call for every callee the
    /// lowering can emit, and the test for a jump of the gradient where abs's argument changes
    /// sign. Containment itself is checked on compiled code (generator tests, IntervalEnclosureTests).
    /// </summary>
    public class IntervalEmitterTests
    {
        private static readonly string[] Box = { "box[0]", "box[1]", "box[2]" };

        private static IntervalStatements Emit(string expression, int n, bool hessian = true, bool gradient = true) =>
            IntervalEmitter.EmitStatements(Compiled.Loss(expression, new[] { "x", "y", "z" }.Take(n).ToArray()), new EmitRequest
            {
                Parameters = Box.Take(n).ToArray(),
                ReturnValue = true,
                GradientSpan = gradient ? "gradient" : null,
                HessianSpan = hessian ? "hessian" : null,
            });

        private static string Text(IntervalStatements emitted) => string.Join("\n", emitted.Statements.Append(emitted.ReturnStatement ?? string.Empty));

        [Fact]
        public void Rosenbrock_is_the_point_program_over_intervals_with_squares_as_powers()
        {
            IntervalStatements emitted = Emit("(1 - x)^2 + 100*(y - x^2)^2", 2);
            Assert.Equal(
                new[]
                {
                    "global::SymbolicGd.Interval t0 = box[0];",
                    "global::SymbolicGd.Interval t1 = box[1];",
                    "global::SymbolicGd.Interval t2 = 1.0 - t0;",
                    "global::SymbolicGd.Interval t3 = global::SymbolicGd.Interval.Pow(t0, 2);",
                    "global::SymbolicGd.Interval t4 = t1 - t3;",
                    "global::SymbolicGd.Interval t5 = -400.0 * t0;",
                    "gradient[0] = -400.0 * t4 * t0 - 2.0 * t2;",
                    "gradient[1] = 200.0 * t4;",
                    "hessian[0] = 800.0 * t3 - 400.0 * t4 + 2.0;",
                    "hessian[1] = t5;",
                    "hessian[2] = t5;",
                    "hessian[3] = 200.0;",
                },
                emitted.Statements);
            Assert.Equal("return global::SymbolicGd.Interval.Pow(t2, 2) + 100.0 * global::SymbolicGd.Interval.Pow(t4, 2);", emitted.ReturnStatement);
            Assert.Null(emitted.JumpCondition);
        }

        [Fact]
        public void The_locals_are_the_point_codes_locals()
        {
            // Same program, same sharing: every interval local stands for one point local (the
            // interval code may need fewer: a chain or a fused form reads only its base).
            foreach (string expression in new[] { "(1.5 - x + x*y)^2 + (2.25 - x + x*y^2)^2 + (2.625 - x + x*y^3)^2", "exp(x*y)*sin(x) + log(1 + y^2)", "x^7 - 3*x^5*y + y^6" })
            {
                LossDefinition loss = Compiled.Loss(expression, "x", "y");
                var request = new EmitRequest { Parameters = Box.Take(2).ToArray(), ReturnValue = true, GradientSpan = "gradient", HessianSpan = "hessian" };
                int pointLocals = CSharpEmitter.EmitStatements(loss, request).Count(s => s.StartsWith("double ", System.StringComparison.Ordinal));
                int intervalLocals = IntervalEmitter.EmitStatements(loss, request).Statements.Count(s => s.StartsWith("global::SymbolicGd.Interval ", System.StringComparison.Ordinal));
                Assert.InRange(intervalLocals, 1, pointLocals);
            }
        }

        [Theory]
        [InlineData("x^3", "global::SymbolicGd.Interval.Pow(t0, 3)")]
        [InlineData("x^7", "global::SymbolicGd.Interval.Pow(t0, 7)")]
        [InlineData("x^-4", "1.0 / global::SymbolicGd.Interval.Pow(t0, 4)")]
        [InlineData("x^2.5", "global::SymbolicGd.Interval.Pow(t0, 2) * global::SymbolicGd.Interval.Sqrt(t0)")]
        [InlineData("x^0.3", "global::SymbolicGd.Interval.Pow(t0, 0.3)")]
        [InlineData("pow(x, x)", "global::SymbolicGd.Interval.Pow(t0, t0)")]
        public void Integer_powers_are_one_power_of_the_base_and_other_powers_map_to_their_overloads(string expression, string expected)
        {
            string value = Emit(expression, 1, hessian: false, gradient: false).ReturnStatement!;
            Assert.Equal("return " + expected + ";", value);
        }

        [Fact]
        public void A_product_of_different_factors_is_not_taken_for_a_power()
        {
            string value = Emit("x*y*z", 3, hessian: false).ReturnStatement!;
            Assert.DoesNotContain("Pow", value, System.StringComparison.Ordinal);
        }

        [Fact]
        public void Fused_softplus_and_sigmoid_are_enclosed_by_their_monotone_forms()
        {
            string text = Text(Emit("softplus(x - 2*y) + sigmoid(x*y)", 2));
            Assert.Contains("global::SymbolicGd.Interval.Softplus(", text, System.StringComparison.Ordinal);
            Assert.Contains("global::SymbolicGd.Interval.Sigmoid(", text, System.StringComparison.Ordinal);

            // The shared exp(-|z|), 1 + e and 1/(1 + e) of the spelled-out forms are not needed.
            Assert.DoesNotContain("IfNonNegative", text, System.StringComparison.Ordinal);
            Assert.DoesNotContain("Interval.Max(", text, System.StringComparison.Ordinal);
        }

        [Theory]
        [InlineData("exp(x)")]
        [InlineData("log(x)")]
        [InlineData("sqrt(x)")]
        [InlineData("sin(x)")]
        [InlineData("cos(x)")]
        [InlineData("tan(x)")]
        [InlineData("asin(x)")]
        [InlineData("acos(x)")]
        [InlineData("atan(x)")]
        [InlineData("sinh(x)")]
        [InlineData("cosh(x)")]
        [InlineData("tanh(x)")]
        [InlineData("abs(x)")]
        [InlineData("sigmoid(x)")]
        [InlineData("softplus(x)")]
        [InlineData("log(1 + x)")]
        [InlineData("logsumexp(x, y, z)")]
        [InlineData("sqrt(x^2 + y^2 + z^2)")]
        [InlineData("pow(x, y)")]
        public void Every_call_the_point_code_makes_has_an_enclosure(string expression)
        {
            // Every callee of the point program is either mapped to its Interval form or
            // (fused, a power chain) replaced; nothing of Math or SymbolicMath is left.
            string text = Text(Emit(expression, 3));
            Assert.DoesNotMatch(new Regex("global::System\\.Math\\.|SymbolicMath\\."), text);
            foreach (Match call in Regex.Matches(text, "global::SymbolicGd\\.Interval\\.([A-Za-z0-9]+)\\("))
            {
                Assert.Contains(call.Groups[1].Value, new[] { "Exp", "Log", "Sqrt", "Sin", "Cos", "Tan", "Asin", "Acos", "Atan", "Sinh", "Cosh", "Tanh", "Abs", "Max", "Sigmoid", "Softplus", "Log1p", "Hypot", "Pow", "Sign", "IfNonNegative" });
            }
        }

        [Fact]
        public void An_unknown_callee_is_an_error_not_wrong_code()
        {
            Assert.Throws<System.InvalidOperationException>(() => IntervalEmitter.IntervalCallee("global::System.Math.Cbrt"));
        }

        [Fact]
        public void A_sign_term_in_the_gradient_makes_the_Hessian_undefined_where_its_argument_changes_sign()
        {
            IntervalStatements emitted = Emit("abs(x - 1) + (y - 2)^2", 2);
            Assert.NotNull(emitted.JumpCondition);
            Assert.Matches("^t\\d+\\.Lower < 0\\.0 && t\\d+\\.Upper > 0\\.0$", emitted.JumpCondition);

            // Two abs terms: either may jump.
            IntervalStatements two = Emit("abs(x) + abs(y - 1)", 2);
            Assert.Equal(2, Regex.Matches(two.JumpCondition!, "\\|\\|").Count + 1);

            // |x|^3 has a continuous gradient 3 x |x|: no sign term, no jump.
            Assert.Null(Emit("abs(x)^3 + y^2", 2).JumpCondition);
        }
    }
}
