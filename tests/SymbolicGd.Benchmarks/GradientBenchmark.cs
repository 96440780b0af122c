using BenchmarkDotNet.Attributes;

namespace SymbolicGd.Benchmarks
{
    /// <summary>
    /// Value and gradient of one loss, five ways, side by side in one run: the hand-written
    /// expert code (the baseline, declared by each subclass), the generated fused program,
    /// central finite differences, the symbolic engine's interpreter, and the value alone (for
    /// the cheap-gradient ratio). Generic over the loss type so every call is direct.
    /// </summary>
    [MemoryDiagnoser]
    public abstract class GradientBenchmark<TLoss>
        where TLoss : ISymbolicLoss
    {
        private double[] work = [];
        private InterpretedLoss interpreted = null!;

        protected double[] Theta { get; private set; } = [];

        protected double[] Gradient { get; private set; } = [];

        [GlobalSetup]
        public void Setup()
        {
            Theta = BenchmarkPoints.For<TLoss>();
            Gradient = new double[TLoss.Dimension];
            work = new double[TLoss.Dimension];
            interpreted = InterpretedLoss.Create<TLoss>();
            Verification.CheckGradients<TLoss>(Theta);

            // Every timed variant must compute what the generated code computes.
            double value = Generated();
            double[] gradient = (double[])Gradient.Clone();
            string name = GetType().Name + ".";
            Verification.CheckVariant(name + "HandWritten", Verification.HandWritten(this), Gradient, value, gradient, 1e-12);
            Verification.CheckVariant(name + "Interpreter", Interpreter, Gradient, value, gradient, 1e-12);
            Verification.CheckVariant(name + "FiniteDifference", FiniteDifference, Gradient, value, gradient, 1e-6);
            Verification.CheckVariant(name + "ValueOnly", ValueOnly, [], value, [], 1e-14);
        }

        [Benchmark]
        public double Generated() => TLoss.ValueAndGradient(Theta, Gradient);

        [Benchmark]
        public double FiniteDifference() => FiniteDifferences.ValueAndGradient<TLoss>(Theta, Gradient, work);

        [Benchmark]
        public double Interpreter() => interpreted.ValueAndGradient(Theta, Gradient);

        [Benchmark]
        public double ValueOnly() => TLoss.Value(Theta);
    }

    public class RosenbrockGradient : GradientBenchmark<BenchmarkLosses.RosenbrockLoss>
    {
        [Benchmark(Baseline = true)]
        public double HandWritten() => Benchmarks.HandWritten.RosenbrockValueAndGradient(Theta, Gradient);
    }

    public class BealeGradient : GradientBenchmark<BenchmarkLosses.BealeLoss>
    {
        [Benchmark(Baseline = true)]
        public double HandWritten() => Benchmarks.HandWritten.BealeValueAndGradient(Theta, Gradient);
    }

    public class LeastSquaresGradient : GradientBenchmark<BenchmarkLosses.LeastSquaresLoss>
    {
        [Benchmark(Baseline = true)]
        public double HandWritten() => Benchmarks.HandWritten.LeastSquaresValueAndGradient(Theta, Gradient);
    }

    public class LogisticGradient : GradientBenchmark<BenchmarkLosses.LogisticLoss>
    {
        [Benchmark(Baseline = true)]
        public double HandWritten() => Benchmarks.HandWritten.LogisticValueAndGradient(Theta, Gradient);
    }

    public class AckleyGradient : GradientBenchmark<BenchmarkLosses.AckleyLoss>
    {
        [Benchmark(Baseline = true)]
        public double HandWritten() => Benchmarks.HandWritten.AckleyValueAndGradient(Theta, Gradient);
    }
}
