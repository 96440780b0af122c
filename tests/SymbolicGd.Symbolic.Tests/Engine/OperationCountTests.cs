using SymbolicGd.Symbolic.Testing;
using SymbolicGd.Symbolic.Tests.Support;
using Xunit;
using Xunit.Abstractions;

namespace SymbolicGd.Symbolic.Tests.Engine
{
    /// <summary>
    /// The cheap-gradient bound: the emitted value+gradient program costs at most 3x the value
    /// program in arithmetic operations on each benchmark loss.
    /// </summary>
    public class OperationCountTests
    {
        private readonly ITestOutputHelper _output;

        public OperationCountTests(ITestOutputHelper output) => _output = output;

        public static TheoryData<string, string> Losses => new TheoryData<string, string>
        {
            { "Rosenbrock", BenchmarkLosses.Rosenbrock },
            { "Beale", BenchmarkLosses.Beale },
            { "LeastSquares10", BenchmarkLosses.LeastSquares() },
            { "SoftplusLogistic", BenchmarkLosses.Logistic() },
        };

        [Theory]
        [MemberData(nameof(Losses))]
        public void Value_and_gradient_cost_at_most_three_times_the_value(string name, string expression)
        {
            string[] parameters = name switch
            {
                "LeastSquares10" => BenchmarkLosses.LeastSquaresParameters,
                "SoftplusLogistic" => BenchmarkLosses.LogisticParameters,
                _ => BenchmarkLosses.TwoParameters,
            };
            LossDefinition loss = Compiled.Loss(expression, parameters);
            int value = OperationCounter.Count(loss, ProgramOutputs.Value);
            int gradient = OperationCounter.Count(loss, ProgramOutputs.ValueAndGradient);
            int hessian = OperationCounter.Count(loss, ProgramOutputs.ValueGradientAndHessian);
            _output.WriteLine($"{name}: value {value}, value+gradient {gradient} ({(double)gradient / value:F2}x), value+gradient+Hessian {hessian} ({(double)hessian / value:F2}x)");
            Assert.True(value > 0);
            Assert.True(gradient <= 3 * value, $"{name}: value+gradient {gradient} > 3 x value {value}");
            Assert.True(hessian >= gradient);
        }

        [Theory]
        [InlineData("(x^2 + y - 11)^2 + (x + y^2 - 7)^2")]
        [InlineData("(x + 2*y - 7)^2 + (2*x + y - 5)^2")]
        [InlineData("0.26*(x^2 + y^2) - 0.48*x*y")]
        [InlineData("-20*exp(-0.2*sqrt(0.5*(x^2 + y^2))) - exp(0.5*(cos(2*pi*x) + cos(2*pi*y))) + e + 20")]
        [InlineData("2*x^2 - 1.05*x^4 + x^6/6 + x*y + y^2")]
        [InlineData("sin(x + y) + (x - y)^2 - 1.5*x + 2.5*y + 1")]
        [InlineData("0.5*(x^4 - 16*x^2 + 5*x + y^4 - 16*y^2 + 5*y)")]
        [InlineData("(1 + (x + y + 1)^2*(19 - 14*x + 3*x^2 - 14*y + 6*x*y + 3*y^2))*(30 + (2*x - 3*y)^2*(18 - 32*x + 12*x^2 + 48*y - 36*x*y + 27*y^2))")]
        [InlineData("x/y + y/x")]
        [InlineData("log(1 + exp(-x*y)) + 0.01*(x^2 + y^2)")]
        public void Other_classic_test_functions_stay_within_the_bound(string expression)
        {
            LossDefinition loss = Compiled.Loss(expression, BenchmarkLosses.TwoParameters);
            int value = OperationCounter.Count(loss, ProgramOutputs.Value);
            int gradient = OperationCounter.Count(loss, ProgramOutputs.ValueAndGradient);
            _output.WriteLine($"{expression}: value {value}, value+gradient {gradient} ({(double)gradient / value:F2}x)");
            Assert.True(gradient <= 3 * value, $"value+gradient {gradient} > 3 x value {value}");
        }

        [Fact]
        public void Counting_matches_a_hand_count_of_the_emitted_program()
        {
            // (theta - 3)^2: t0 = theta - 3.0 (1); return t0 * t0 (1); gradient 2.0 * t0 (1).
            LossDefinition loss = Compiled.Loss("(theta - 3)^2", "theta");
            Assert.Equal(2, OperationCounter.Count(loss, ProgramOutputs.Value));
            Assert.Equal(3, OperationCounter.Count(loss, ProgramOutputs.ValueAndGradient));
            Assert.Equal(3, OperationCounter.Count(loss, ProgramOutputs.ValueGradientAndHessian));
        }
    }
}
