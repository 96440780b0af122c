using ScottPlot;
using SymbolicGd.Tests.Losses;
using Xunit;

namespace SymbolicGd.Tests
{
    // The trajectory's arrays go straight into ScottPlot, the plotting library the examples use.
    public class PlottingTests
    {
        [Fact]
        public void The_lesson_trajectories_plot_without_conversion()
        {
            var plot = new Plot();
            foreach (double eta in new[] { 0.05, 0.3, 0.8, 1.0 })
            {
                var trajectory = GradientDescent.Minimize<QuadraticLoss>(new[] { -1.0 }, new DescentOptions { LearningRate = eta, MaxSteps = 15, Guard = StepGuard.Off, RecordTrajectory = true }).Trajectory!;
                var line = plot.Add.Scatter(trajectory.Iterations, trajectory.Coordinate("theta"));
                line.LegendText = $"eta = {eta}";
                Assert.Equal(16, line.Data.GetScatterPoints().Count);
            }

            var booth = GradientDescent.Minimize<BoothLoss>(new[] { 0.0, 0.0 }, new DescentOptions { LearningRate = 0.05, MaxSteps = 30, RecordTrajectory = true }).Trajectory!;
            plot.Add.Scatter(booth.Coordinate(0), booth.Coordinate(1));
            plot.Add.Scatter(booth.Iterations, booth.Loss);

            byte[] png = plot.GetImageBytes(400, 300, ImageFormat.Png);
            Assert.True(png.Length > 1000);
        }
    }
}
