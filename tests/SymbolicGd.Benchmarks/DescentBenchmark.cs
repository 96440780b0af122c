using BenchmarkDotNet.Attributes;

namespace SymbolicGd.Benchmarks
{
    /// <summary>
    /// Whole descent runs with the trajectory off. Allocation per step is read from the
    /// MemoryDiagnoser column: the run with twice the steps allocates the same bytes, so the
    /// per-step share is zero (what is allocated is the result, once per run).
    /// </summary>
    [MemoryDiagnoser]
    [ShowTimePerStep]
    public class DescentBenchmark
    {
        [Params(1000, 2000)]
        public int Steps { get; set; }

        /// <summary>Every run must take exactly <see cref="Steps"/> steps, or bytes per run say nothing about bytes per step.</summary>
        [GlobalSetup]
        public void Setup()
        {
            foreach (DescentResult result in new[] { IllConditionedQuadratic(), RosenbrockFixedRate(), RosenbrockAutomatic() })
            {
                if (result.Steps != Steps || result.StopReason != StopReason.MaxSteps || result.Trajectory is not null)
                {
                    throw new System.InvalidOperationException($"{result.LossName}: expected {Steps} steps without a trajectory, got {result.Steps} ({result.StopReason}).");
                }
            }
        }

        [Benchmark]
        public DescentResult IllConditionedQuadratic() =>
            GradientDescent.Minimize<BenchmarkLosses.IllConditionedLoss>([1.0, 1.0], new DescentOptions { LearningRate = 0.01, MaxSteps = Steps, Tolerance = 0 });

        [Benchmark]
        public DescentResult RosenbrockFixedRate() =>
            GradientDescent.Minimize<BenchmarkLosses.RosenbrockLoss>([-1.2, 1.0], new DescentOptions { LearningRate = 0.001, MaxSteps = Steps, Tolerance = 0 });

        [Benchmark]
        public DescentResult RosenbrockAutomatic() =>
            GradientDescent.Minimize<BenchmarkLosses.RosenbrockLoss>([-1.2, 1.0], new DescentOptions { LearningRate = null, MaxSteps = Steps, Tolerance = 0 });
    }
}
