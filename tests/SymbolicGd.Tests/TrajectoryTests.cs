using System;
using System.Linq;
using SymbolicGd.Tests.Losses;
using Xunit;

namespace SymbolicGd.Tests
{
    public class TrajectoryTests
    {
        [Fact]
        public void Without_recording_there_is_no_trajectory()
        {
            Assert.Null(GradientDescent.Minimize<QuadraticLoss>(new[] { -1.0 }).Trajectory);
        }

        [Fact]
        public void Arrays_are_parallel_and_match_the_records()
        {
            // Booth from (0, 0) with eta = 0.05 (eta*L = 0.9), 10 steps.
            var result = GradientDescent.Minimize<BoothLoss>(new[] { 0.0, 0.0 }, new DescentOptions { LearningRate = 0.05, MaxSteps = 10, RecordTrajectory = true });
            var trajectory = result.Trajectory!;

            Assert.Equal(11, trajectory.Count);
            Assert.Equal(Enumerable.Range(0, 11).Select(i => (double)i), trajectory.Iterations);
            Assert.Equal(11, trajectory.Loss.Length);
            Assert.Equal(11, trajectory.GradientNorm.Length);
            Assert.Equal(11, trajectory.LearningRate.Length);
            Assert.Equal(11, trajectory.Lipschitz.Length);
            Assert.Equal(11, trajectory.Clamped.Length);
            Assert.Equal(result.Minimum, trajectory.Theta[10]);
            Assert.Equal(trajectory.Coordinate("y"), trajectory.Coordinate(1));
            Assert.Equal(new[] { "x", "y" }, trajectory.ParameterNames);
            Assert.Throws<ArgumentException>(() => trajectory.Coordinate("z"));
            Assert.Throws<ArgumentOutOfRangeException>(() => trajectory.Coordinate(2));

            var points = trajectory.ToList();
            Assert.Equal(11, points.Count);
            for (int t = 0; t < points.Count; t++)
            {
                double[] theta = points[t].Theta;
                double a = theta[0] + (2 * theta[1]) - 7, b = (2 * theta[0]) + theta[1] - 5;
                Assert.Equal(t, points[t].Iteration);
                Assert.Equal((a * a) + (b * b), points[t].Loss, 1e-12);
                Assert.Equal(Math.Sqrt(Math.Pow((10 * theta[0]) + (8 * theta[1]) - 34, 2) + Math.Pow((8 * theta[0]) + (10 * theta[1]) - 38, 2)), points[t].GradientNorm, 1e-12);
                Assert.Equal(t < 10 ? 0.05 : double.NaN, points[t].LearningRate);
                Assert.Equal(18.0, points[t].Lipschitz);
                if (t > 0)
                {
                    // theta_t = theta_{t-1} - eta g_{t-1}, recomputed from the recorded points.
                    double[] p = points[t - 1].Theta;
                    Assert.Equal(p[0] - (0.05 * ((10 * p[0]) + (8 * p[1]) - 34)), theta[0], 1e-12);
                    Assert.Equal(p[1] - (0.05 * ((8 * p[0]) + (10 * p[1]) - 38)), theta[1], 1e-12);
                }
            }
        }
    }
}
