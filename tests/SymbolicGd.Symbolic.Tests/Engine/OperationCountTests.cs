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
