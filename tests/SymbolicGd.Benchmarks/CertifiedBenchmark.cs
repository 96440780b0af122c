using System;
using System.Linq;
using BenchmarkDotNet.Attributes;

namespace SymbolicGd.Benchmarks
{
    /// <summary>
    /// What <see cref="StepGuard.Certified"/> costs per step against <see cref="StepGuard.Clamp"/>
    /// (baseline), on Rosenbrock, Beale and penalty function I with 10 parameters (dense Hessian),
    /// at a learning rate every step can take as asked (1e-4: one interval evaluation and one
    /// value check per certified step) and at eta = 10, far above 2/L (every step clamped to 1/L_t
    /// or shortened). Each run takes exactly <see cref="Steps"/> steps, so run time over steps is
    /// the time per step; both guards compute L_t and its eigenvalues at every step.
    /// </summary>
    [MemoryDiagnoser]
    [ShowTimePerStep]
    public class CertifiedStepBenchmark
    {
        private double[] start = Array.Empty<double>();

        [Params("Rosenbrock", "Beale", "Penalty10")]
        public string Loss { get; set; } = "Rosenbrock";

        [Params(1e-4, 10.0)]
        public double LearningRate { get; set; }

        [Params(200)]
        public int Steps { get; set; }

        /// <summary>Both guards must take exactly <see cref="Steps"/> steps, and the certified run's loss must never rise.</summary>
        [GlobalSetup]
        public void Setup()
        {
            start = Loss == "Penalty10" ? Enumerable.Range(1, 10).Select(j => (double)j).ToArray() : Loss == "Beale" ? new[] { 1.0, 1.0 } : new[] { -1.2, 1.0 };
            foreach (DescentResult result in new[] { Clamped(), Certified() })
            {
                if (result.Steps != Steps || result.StopReason != StopReason.MaxSteps)
                {
                    throw new InvalidOperationException($"{Loss} at eta = {LearningRate}: expected {Steps} steps, got {result.Steps} ({result.StopReason}).");
                }
            }

            double[] loss = Run(new DescentOptions { Guard = StepGuard.Certified, LearningRate = LearningRate, MaxSteps = Steps, Tolerance = 0.0, RecordTrajectory = true }).Trajectory!.Loss;
            for (int t = 1; t < loss.Length; t++)
            {
                if (loss[t] > loss[t - 1])
                {
                    throw new InvalidOperationException($"{Loss} at eta = {LearningRate}: the certified run's loss rose at step {t}.");
                }
            }
        }

        [Benchmark(Baseline = true)]
        public DescentResult Clamped() => Run(new DescentOptions { Guard = StepGuard.Clamp, LearningRate = LearningRate, MaxSteps = Steps, Tolerance = 0.0 });

        [Benchmark]
        public DescentResult Certified() => Run(new DescentOptions { Guard = StepGuard.Certified, LearningRate = LearningRate, MaxSteps = Steps, Tolerance = 0.0 });

        private DescentResult Run(DescentOptions options) => Loss switch
        {
            "Rosenbrock" => GradientDescent.Minimize<BenchmarkLosses.RosenbrockLoss>(start, options),
            "Beale" => GradientDescent.Minimize<BenchmarkLosses.BealeLoss>(start, options),
            _ => GradientDescent.Minimize<MethodLosses.Penalty10Loss>(start, options),
        };
    }

    /// <summary>
    /// One enclosure of value, gradient and Hessian over a box (the generated
    /// <c>ValueGradientHessianBounds</c>) against one point evaluation of the same
    /// (<c>ValueGradientHessian</c>, baseline), on the losses of <see cref="CertifiedStepBenchmark"/>:
    /// the price of the interval arithmetic (outward rounding by error-free transformations,
    /// four products per multiplication, library calls at both ends) over the same program.
    /// </summary>
    [MemoryDiagnoser]
    public class EnclosureBenchmark
    {
        private double[] theta = Array.Empty<double>();
        private double[] gradient = Array.Empty<double>();
        private double[] hessian = Array.Empty<double>();
        private Interval[] box = Array.Empty<Interval>();
        private Interval[] gradientBounds = Array.Empty<Interval>();
        private Interval[] hessianBounds = Array.Empty<Interval>();

        [Params("Rosenbrock", "Beale", "Penalty10")]
        public string Loss { get; set; } = "Rosenbrock";

        /// <summary>The enclosure over a box of half-width 1e-3 around the point contains the point's value, gradient and Hessian.</summary>
        [GlobalSetup]
        public void Setup()
        {
            int n = Loss == "Penalty10" ? 10 : 2;
            theta = Enumerable.Range(0, n).Select(i => 0.3 + (0.17 * i) - (0.05 * i * i) + (0.011 * Math.Sin(i))).ToArray();
            gradient = new double[n];
            hessian = new double[n * n];
            box = theta.Select(t => new Interval(t - 1e-3, t + 1e-3)).ToArray();
            gradientBounds = new Interval[n];
            hessianBounds = new Interval[n * n];
            double value = Point();
            Interval enclosure = Enclosure();
            bool contained = enclosure.Contains(value)
                && gradient.Select((g, i) => gradientBounds[i].Contains(g)).All(c => c)
                && hessian.Select((h, i) => hessianBounds[i].Contains(h)).All(c => c);
            if (!contained)
            {
                throw new InvalidOperationException($"{Loss}: the enclosure over the box does not contain the point's value, gradient and Hessian.");
            }
        }

        [Benchmark(Baseline = true)]
        public double Point() => Loss switch
        {
            "Rosenbrock" => BenchmarkLosses.RosenbrockLoss.ValueGradientHessian(theta, gradient, hessian),
            "Beale" => BenchmarkLosses.BealeLoss.ValueGradientHessian(theta, gradient, hessian),
            _ => MethodLosses.Penalty10Loss.ValueGradientHessian(theta, gradient, hessian),
        };

        [Benchmark]
        public Interval Enclosure() => Loss switch
        {
            "Rosenbrock" => BenchmarkLosses.RosenbrockLoss.ValueGradientHessianBounds(box, gradientBounds, hessianBounds),
            "Beale" => BenchmarkLosses.BealeLoss.ValueGradientHessianBounds(box, gradientBounds, hessianBounds),
            _ => MethodLosses.Penalty10Loss.ValueGradientHessianBounds(box, gradientBounds, hessianBounds),
        };
    }
}
