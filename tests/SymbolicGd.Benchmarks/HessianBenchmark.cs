using BenchmarkDotNet.Attributes;

namespace SymbolicGd.Benchmarks
{
    /// <summary>
    /// The Hessian of one loss: hand-written (baseline, per subclass), generated, and central
    /// finite differences, side by side.
    /// </summary>
    [MemoryDiagnoser]
    public abstract class HessianBenchmark<TLoss>
        where TLoss : ISymbolicLoss
    {
        private double[] work = [];

        protected double[] Theta { get; private set; } = [];

        protected double[] Hessian { get; private set; } = [];

        [GlobalSetup]
        public void Setup()
        {
            Theta = BenchmarkPoints.For<TLoss>();
            Hessian = new double[TLoss.Dimension * TLoss.Dimension];
            work = new double[TLoss.Dimension];
            Verification.CheckHessians<TLoss>(Theta);

            // Every timed variant must compute what the generated code computes.
            double first = Generated();
            double[] hessian = (double[])Hessian.Clone();
            string name = GetType().Name + ".";
            Verification.CheckVariant(name + "HandWritten", Verification.HandWritten(this), Hessian, first, hessian, 1e-12);
            Verification.CheckVariant(name + "FiniteDifference", FiniteDifference, Hessian, first, hessian, 1e-4);
        }

        [Benchmark]
        public double Generated()
        {
            TLoss.Hessian(Theta, Hessian);
            return Hessian[0];
        }

        [Benchmark]
        public double FiniteDifference()
        {
            FiniteDifferences.Hessian<TLoss>(Theta, Hessian, work);
            return Hessian[0];
        }
    }

    public class RosenbrockHessian : HessianBenchmark<BenchmarkLosses.RosenbrockLoss>
    {
        [Benchmark(Baseline = true)]
        public double HandWritten()
        {
            Benchmarks.HandWritten.RosenbrockHessian(Theta, Hessian);
            return Hessian[0];
        }
    }

    public class BealeHessian : HessianBenchmark<BenchmarkLosses.BealeLoss>
    {
        [Benchmark(Baseline = true)]
        public double HandWritten()
        {
            Benchmarks.HandWritten.BealeHessian(Theta, Hessian);
            return Hessian[0];
        }
    }

    public class LeastSquaresHessian : HessianBenchmark<BenchmarkLosses.LeastSquaresLoss>
    {
        [Benchmark(Baseline = true)]
        public double HandWritten()
        {
            Benchmarks.HandWritten.LeastSquaresHessian(Hessian);
            return Hessian[0];
        }
    }

    public class LogisticHessian : HessianBenchmark<BenchmarkLosses.LogisticLoss>
    {
        [Benchmark(Baseline = true)]
        public double HandWritten()
        {
            Benchmarks.HandWritten.LogisticHessian(Theta, Hessian);
            return Hessian[0];
        }
    }

    public class AckleyHessian : HessianBenchmark<BenchmarkLosses.AckleyLoss>
    {
        [Benchmark(Baseline = true)]
        public double HandWritten()
        {
            Benchmarks.HandWritten.AckleyHessian(Theta, Hessian);
            return Hessian[0];
        }
    }
}
