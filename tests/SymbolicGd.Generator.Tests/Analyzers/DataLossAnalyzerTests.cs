using System.Threading.Tasks;
using Xunit;
using static SymbolicGd.Generator.Tests.Analyzers.LearningRateAnalyzerTest;

namespace SymbolicGd.Generator.Tests.Analyzers
{
    /// <summary>
    /// The learning-rate analyzer over data losses: their L depends on the data (it is a property
    /// of the instance, not a compile-time constant), so a learning rate passed to their
    /// NameMinimize is not judged at compile time, and nothing fails on their shape.
    /// </summary>
    public class DataLossAnalyzerTests
    {
        [Fact]
        public Task A_data_loss_minimised_with_a_constant_learning_rate_gets_no_warning() =>
            VerifyAnalyzer("""
                using System;
                using SymbolicGd;

                public static partial class Losses
                {
                    [Loss("mean((a + b*x - y)^2)")]
                    public static partial double LineFit(double a, double b, ReadOnlySpan<double> x, ReadOnlySpan<double> y);
                }

                public static class Use
                {
                    public static void Run(double[] x, double[] y)
                    {
                        Losses.LineFitMinimize(0.0, 0.0, x, y, new DescentOptions { LearningRate = 1000.0 });
                        GradientDescent.Minimize(new Losses.LineFitLoss(x, y), [0.0, 0.0], new DescentOptions { LearningRate = 1000.0 });
                    }
                }
                """);
    }
}
