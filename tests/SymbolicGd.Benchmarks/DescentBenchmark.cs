using BenchmarkDotNet.Attributes;

namespace SymbolicGd.Benchmarks
{
    /// <summary>
    /// Whole descent runs with the trajectory off. Allocation per step is read from the
    /// MemoryDiagnoser column: the run with twice the steps allocates the same bytes, so the
    /// per-step share is zero (what is allocated is the result, once per run).
    /// </summary>
    [MemoryDiagnoser]
    public class DescentBenchmark
    {
        [Params(1000, 2000)]
        public int Steps { get; set; }

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
