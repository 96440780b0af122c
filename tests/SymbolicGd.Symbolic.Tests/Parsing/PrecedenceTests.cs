using System;
using System.Linq;
using SymbolicGd.Symbolic.Syntax;
using Xunit;

namespace SymbolicGd.Symbolic.Tests.Parsing
{
    /// <summary>Precedence and associativity: the parsed tree, evaluated, equals the value of the
    /// same expression written by hand in C# with explicit grouping.</summary>
    public class PrecedenceTests
    {
        private static readonly string[] Parameters = { "x", "y", "z" };
        private const double X = 1.5, Y = -0.7, Z = 2.25;

        public static TheoryData<string, double> Cases => new TheoryData<string, double>
        {
            { "1 + 2 * 3", 1 + (2 * 3) },
            { "(1 + 2) * 3", (1 + 2) * 3 },
            { "10 - 3 - 2", (10 - 3) - 2 },
            { "10 - (3 - 2)", 10 - (3 - 2) },
            { "8 / 2 / 2", (8.0 / 2) / 2 },
            { "8 / 2 * 4", (8.0 / 2) * 4 },
            { "8 / (2 * 4)", 8.0 / (2 * 4) },
            { "2 * 3 ^ 2", 2 * Math.Pow(3, 2) },
            { "2 ^ 3 ^ 2", Math.Pow(2, Math.Pow(3, 2)) },
            { "(2 ^ 3) ^ 2", Math.Pow(Math.Pow(2, 3), 2) },
            { "-2 ^ 2", -Math.Pow(2, 2) },
            { "(-2) ^ 2", Math.Pow(-2, 2) },
            { "2 ^ -1", Math.Pow(2, -1) },
            { "2 ^ -2 ^ 2", Math.Pow(2, -Math.Pow(2, 2)) },
            { "2 ^ -1 * 3", Math.Pow(2, -1) * 3 },
            { "-x ^ 2", -Math.Pow(X, 2) },
            { "x ^ -2", Math.Pow(X, -2) },
            { "x ^ - - 2", Math.Pow(X, 2) },
            { "- - x", X },
            { "+x", X },
            { "x - -y", X - (-Y) },
            { "x * -y", X * -Y },
            { "x / -y ^ 2", X / -Math.Pow(Y, 2) },
            { "-x * y", (-X) * Y },
            { "x - y + z", (X - Y) + Z },
            { "x - y * z + 1", (X - (Y * Z)) + 1 },
            { "x / y / z", (X / Y) / Z },
            { "x ^ y ^ z", Math.Pow(X, Math.Pow(Y, Z)) },
            { "-x ^ -y ^ z", -Math.Pow(X, -Math.Pow(Y, Z)) },
            { "2 * sin(x) ^ 2", 2 * Math.Pow(Math.Sin(X), 2) },
            { "sin(x ^ 2)", Math.Sin(Math.Pow(X, 2)) },
            { "exp(-x) / (1 + exp(-x))", Math.Exp(-X) / (1 + Math.Exp(-X)) },
            { "pow(x, y + 1) * 2", Math.Pow(X, Y + 1) * 2 },
            { "pow(-x, 2)", Math.Pow(-X, 2) },
            { "(1 - x)^2 + 100*(y - x^2)^2", Math.Pow(1 - X, 2) + 100 * Math.Pow(Y - X * X, 2) },
            { "e ^ x", Math.Exp(X) },
            { "2 * pi", 2 * Math.PI },
            { "1e-3 * x", 1e-3 * X },
            { "2.5E+4 - .5 + 0.5 + 3.", 2.5e4 - 0.5 + 0.5 + 3 },
            { "1E2", 100 },
            { "log(sqrt(z)) + cosh(y) - tanh(x) + atan(y) + asin(0.5) + acos(0.25)", Math.Log(Math.Sqrt(Z)) + Math.Cosh(Y) - Math.Tanh(X) + Math.Atan(Y) + Math.Asin(0.5) + Math.Acos(0.25) },
            { "cos(x) * tan(y) / sinh(z)", Math.Cos(X) * Math.Tan(Y) / Math.Sinh(Z) },
            { "sigmoid(x) + softplus(y) + abs(y)", 1 / (1 + Math.Exp(-X)) + Math.Log(1 + Math.Exp(Y)) + Math.Abs(Y) },
        };

        [Theory]
        [MemberData(nameof(Cases))]
        public void Parsed_tree_evaluates_like_the_hand_grouped_expression(string text, double expected)
        {
            ParseResult result = Parser.Parse(text, Parameters);

            Assert.All(result.Diagnostics, d => Assert.False(d.IsError, d.Message));
            Assert.NotNull(result.Root);
            Assert.Equal(expected, TreeEvaluator.Evaluate(result.Root!, X, Y, Z), 14);
        }

        [Fact]
        public void Unary_minus_binds_looser_than_power()
        {
            var negate = Assert.IsType<NegateSyntax>(Parser.Parse("-x^2", Parameters).Root);
            var power = Assert.IsType<PowerSyntax>(negate.Operand);
            Assert.IsType<ParameterSyntax>(power.Base);
        }

        [Fact]
        public void Power_is_right_associative()
        {
            var outer = Assert.IsType<PowerSyntax>(Parser.Parse("x^y^z", Parameters).Root);
            Assert.Equal(0, Assert.IsType<ParameterSyntax>(outer.Base).Index);
            var inner = Assert.IsType<PowerSyntax>(outer.Exponent);
            Assert.Equal(1, Assert.IsType<ParameterSyntax>(inner.Base).Index);
            Assert.Equal(2, Assert.IsType<ParameterSyntax>(inner.Exponent).Index);
        }

        [Fact]
        public void Exponent_may_start_with_unary_minus()
        {
            var power = Assert.IsType<PowerSyntax>(Parser.Parse("x^-2", Parameters).Root);
            var negate = Assert.IsType<NegateSyntax>(power.Exponent);
            Assert.Equal(2.0, Assert.IsType<NumberSyntax>(negate.Operand).Value);
        }

        [Fact]
        public void Sums_and_products_are_n_ary_with_inverted_operands()
        {
            var sum = Assert.IsType<SumSyntax>(Parser.Parse("x - y + z - 1", Parameters).Root);
            Assert.Equal(new[] { false, true, false, true }, System.Linq.Enumerable.Select(sum.Terms, t => t.Inverted));

            var product = Assert.IsType<ProductSyntax>(Parser.Parse("x / y * z / 2", Parameters).Root);
            Assert.Equal(new[] { false, true, false, true }, System.Linq.Enumerable.Select(product.Factors, f => f.Inverted));
        }

        [Fact]
        public void Parentheses_make_no_node_and_unary_plus_is_dropped()
        {
            Assert.IsType<ParameterSyntax>(Parser.Parse("((+x))", Parameters).Root);
            var sum = Assert.IsType<SumSyntax>(Parser.Parse("x + (y + z)", Parameters).Root);
            Assert.Equal(2, sum.Terms.Count);
            Assert.IsType<SumSyntax>(sum.Terms[1].Node);
        }

        [Fact]
        public void Calls_carry_the_function_and_arguments()
        {
            var call = Assert.IsType<CallSyntax>(Parser.Parse("pow(x, y)", Parameters).Root);
            Assert.Equal(FunctionKind.Pow, call.Function);
            Assert.Equal(2, call.Arguments.Count);

            foreach (FunctionKind kind in Enum.GetValues<FunctionKind>())
            {
                string name = kind.ToString().ToLowerInvariant();
                string text = kind == FunctionKind.Pow ? name + "(x, 2)" : name + "(x)";

                // sum and mean are over samples: x is a data column there.
                LossParameterKind[]? kinds = kind is FunctionKind.Sum or FunctionKind.Mean ? Parameters.Select(p => p == "x" ? LossParameterKind.Column : LossParameterKind.Variable).ToArray() : null;
                var parsed = Assert.IsType<CallSyntax>(Parser.Parse(text, Parameters, kinds).Root);
                Assert.Equal(kind, parsed.Function);
            }
        }
    }
}
