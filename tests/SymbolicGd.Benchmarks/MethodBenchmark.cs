using System;
using BenchmarkDotNet.Attributes;

namespace SymbolicGd.Benchmarks
{
    /// <summary>
    /// Cost per step of each descent method on a loss with a dense Hessian (penalty function I) at
    /// n = 2, 10 and 50: the value, gradient and Hessian, the extreme eigenvalues (L_t, mu_t) every
    /// method computes, the update, and for Newton the Cholesky factorisation, two triangular solves
    /// and the line search's value call. Each run takes exactly <see cref="Steps"/> steps (fixed small
    /// rates, Newton damped to alpha = 1e-3 so its first trial is always accepted), so the
    /// per-step column is the run's time over the steps; the allocation is the run's result, once.
    /// </summary>
    [MemoryDiagnoser]
    [ShowTimePerStep]
    public class MethodBenchmark
    {
        private double[] start = Array.Empty<double>();
        private DescentOptions options = new();

        [Params(2, 10, 50)]
        public int N { get; set; }

        [Params(DescentMethod.GradientDescent, DescentMethod.HeavyBall, DescentMethod.Nesterov, DescentMethod.Newton)]
        public DescentMethod Method { get; set; }

        [Params(200)]
        public int Steps { get; set; }

        /// <summary>Every run must take exactly <see cref="Steps"/> steps, or time per run says nothing about time per step.</summary>
        [GlobalSetup]
        public void Setup()
        {
            start = new double[N];
            for (int j = 0; j < N; j++)
            {
                start[j] = j + 1;
            }

            options = Method switch
            {
                DescentMethod.Newton => new DescentOptions { Method = Method, LearningRate = 1e-3, MaxSteps = Steps, Tolerance = 0.0 },
                DescentMethod.GradientDescent => new DescentOptions { Method = Method, LearningRate = 1e-7, MaxSteps = Steps, Tolerance = 0.0, Guard = StepGuard.Off },
                _ => new DescentOptions { Method = Method, LearningRate = 1e-7, Momentum = 0.5, MaxSteps = Steps, Tolerance = 0.0, Guard = StepGuard.Off },
            };

            DescentResult result = Descend();
            if (result.Steps != Steps || result.StopReason != StopReason.MaxSteps || result.Summary.BacktrackedSteps != 0)
            {
                throw new InvalidOperationException($"{Method} on penalty I, n = {N}: expected {Steps} steps without backtracking, got {result.Steps} ({result.StopReason}, {result.Summary.BacktrackedSteps} backtracked).");
            }
        }

        [Benchmark]
        public DescentResult Descend() => N switch
        {
            2 => GradientDescent.Minimize<MethodLosses.Penalty2Loss>(start, options),
            10 => GradientDescent.Minimize<MethodLosses.Penalty10Loss>(start, options),
            _ => GradientDescent.Minimize<MethodLosses.Penalty50Loss>(start, options),
        };
    }
}
