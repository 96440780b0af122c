using System;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;

namespace SymbolicGd.Benchmarks
{
    /// <summary>The data losses of issue 10's targets, written as users write them.</summary>
    public static partial class DataLosses
    {
        public const string LineFitText = "mean((a + b*x - y)^2)";

        public const string LogRegText = "mean(softplus(w0 + w1*x1 + w2*x2) - label*(w0 + w1*x1 + w2*x2)) + lambda*(w1^2 + w2^2)";

        [Loss(LineFitText)]
        public static partial double LineFit(double a, double b, ReadOnlySpan<double> x, ReadOnlySpan<double> y);

        [Loss(LogRegText)]
        public static partial double LogReg(double w0, double w1, double w2, ReadOnlySpan<double> x1, ReadOnlySpan<double> x2, ReadOnlySpan<double> label, [Fixed] double lambda);
    }

    /// <summary>
    /// Value and gradient of a data loss over 10^6 samples, side by side in one run: the expert's
    /// hand-written scalar loop (the baseline: one pass, fused, one exp per sample where softplus
    /// and sigmoid meet), the generated loss as it runs (SIMD, all cores) and on one thread, and a
    /// parallel SIMD sum over the same columns: what merely reading the data costs (the
    /// machine's read bandwidth, measured in the same run).
    /// </summary>
    [MemoryDiagnoser]
    public abstract class DataLossBenchmark
    {
        [Params(1_000_000)]
        public int Samples { get; set; }

        protected double[] Theta { get; set; } = [];

        protected double[] Gradient { get; set; } = [];

        protected double[][] Columns { get; set; } = [];

        [GlobalSetup]
        public void Setup()
        {
            var random = new Random(20261129);
            Create(random);
            Gradient = new double[Theta.Length];

            double value = Generated();
            double[] gradient = (double[])Gradient.Clone();
            string name = GetType().Name + ".";
            Verification.CheckVariant(name + "Expert", Expert, Gradient, value, gradient, 1e-11);
            Verification.CheckVariant(name + "GeneratedOneThread", GeneratedOneThread, Gradient, value, gradient, 0.0);
            Verification.CheckVariant(name + "GeneratedScalar", GeneratedScalar, Gradient, value, gradient, 1e-11);
            CheckFiniteDifferences(value, gradient);
            if (ReadBandwidth() != ReadSequentially())
            {
                throw new InvalidOperationException(name + "ReadBandwidth: the parallel sum of the columns differs from the sequential one.");
            }
        }

        public abstract double Expert();

        public abstract double Generated();

        /// <summary>The generated loss with SampleSums.MaxThreads = 1: SIMD on one core.</summary>
        [Benchmark]
        public double GeneratedOneThread()
        {
            int threads = SampleSums.MaxThreads;
            SampleSums.MaxThreads = 1;
            try
            {
                return Generated();
            }
            finally
            {
                SampleSums.MaxThreads = threads;
            }
        }

        /// <summary>A parallel SIMD sum of every column the loss reads: the read bandwidth reference.</summary>
        [Benchmark]
        public double ReadBandwidth()
        {
            int parts = Environment.ProcessorCount;
            var partial = new double[parts];
            double[][] columns = Columns;
            int samples = Samples;
            Parallel.For(0, parts, part =>
            {
                int start = (int)((long)samples * part / parts) & ~7, end = part == parts - 1 ? samples : (int)((long)samples * (part + 1) / parts) & ~7;
                partial[part] = SumColumns(columns, start, end);
            });
            double total = 0.0;
            foreach (double p in partial)
            {
                total += p;
            }

            return total;
        }

        /// <summary>The read reference on one thread: a SIMD sum of every column.</summary>
        public double ReadOneThread() => SumColumns(Columns, 0, Samples);

        protected abstract void Create(Random random);

        // The generated loss with SampleSums.Vectorized = false: every sample on the scalar path.
        private double GeneratedScalar()
        {
            SampleSums.Vectorized = false;
            try
            {
                return Generated();
            }
            finally
            {
                SampleSums.Vectorized = true;
            }
        }

        private double ReadSequentially()
        {
            int parts = Environment.ProcessorCount;
            double total = 0.0;
            for (int part = 0; part < parts; part++)
            {
                int start = (int)((long)Samples * part / parts) & ~7, end = part == parts - 1 ? Samples : (int)((long)Samples * (part + 1) / parts) & ~7;
                total += SumColumns(Columns, start, end);
            }

            return total;
        }

        // Four independent vector sums per column, so the adds never wait on each other.
        private static double SumColumns(double[][] columns, int start, int end)
        {
            var s0 = Vector256<double>.Zero;
            var s1 = Vector256<double>.Zero;
            var s2 = Vector256<double>.Zero;
            var s3 = Vector256<double>.Zero;
            double tail = 0.0;
            foreach (double[] column in columns)
            {
                ref double c = ref MemoryMarshal.GetArrayDataReference(column);
                int i = start;
                for (; i <= end - 16; i += 16)
                {
                    s0 += Vector256.LoadUnsafe(ref c, (nuint)i);
                    s1 += Vector256.LoadUnsafe(ref c, (nuint)(i + 4));
                    s2 += Vector256.LoadUnsafe(ref c, (nuint)(i + 8));
                    s3 += Vector256.LoadUnsafe(ref c, (nuint)(i + 12));
                }

                for (; i < end; i++)
                {
                    tail += column[i];
                }
            }

            return Vector256.Sum((s0 + s1) + (s2 + s3)) + tail;
        }

        // The generated gradient against central differences of the generated value (a check of
        // the data loss as a whole; the engine's derivatives are checked in the test projects).
        private void CheckFiniteDifferences(double value, double[] gradient)
        {
            double[] theta = (double[])Theta.Clone();
            for (int i = 0; i < theta.Length; i++)
            {
                double h = 1e-5 * Math.Max(1.0, Math.Abs(theta[i]));
                theta[i] = Theta[i] + h;
                double plus = ValueAt(theta);
                theta[i] = Theta[i] - h;
                double minus = ValueAt(theta);
                theta[i] = Theta[i];
                double numeric = (plus - minus) / (2 * h);
                if (!(Math.Abs(numeric - gradient[i]) <= 1e-6 * Math.Max(1.0, Math.Abs(value))))
                {
                    throw new InvalidOperationException($"{GetType().Name}: gradient[{i}] = {gradient[i]:R}, finite differences {numeric:R}.");
                }
            }
        }

        protected abstract double ValueAt(double[] theta);
    }

    /// <summary>mean((a + b x - y)^2): 2 variables, 2 columns (16 bytes per sample).</summary>
    public class LineFitData : DataLossBenchmark
    {
        private DataLosses.LineFitLoss loss;

        protected override void Create(Random random)
        {
            var x = new double[Samples];
            var y = new double[Samples];
            for (int i = 0; i < Samples; i++)
            {
                x[i] = random.NextDouble() * 10.0;
                y[i] = 1.5 + (0.7 * x[i]) + (random.NextDouble() - 0.5);
            }

            Columns = [x, y];
            Theta = [0.3, 0.2];
            loss = new DataLosses.LineFitLoss(x, y);
        }

        [Benchmark]
        public override double Generated() => loss.ValueAndGradient(Theta, Gradient);

        /// <summary>The expert's loop: one pass, residual once, three running sums.</summary>
        [Benchmark(Baseline = true)]
        public override double Expert()
        {
            double[] x = Columns[0], y = Columns[1];
            double a = Theta[0], b = Theta[1];
            double sum = 0.0, ga = 0.0, gb = 0.0;
            for (int i = 0; i < x.Length; i++)
            {
                double r = a + (b * x[i]) - y[i];
                sum += r * r;
                ga += r;
                gb += r * x[i];
            }

            double n = x.Length;
            Gradient[0] = 2.0 * ga / n;
            Gradient[1] = 2.0 * gb / n;
            return sum / n;
        }

        protected override double ValueAt(double[] theta) => loss.Value(theta);
    }

    /// <summary>mean(softplus(z) - label z) + lambda (w1^2 + w2^2), z = w0 + w1 x1 + w2 x2: 3 variables, 3 columns.</summary>
    public class LogRegData : DataLossBenchmark
    {
        private const double Lambda = 0.01;
        private DataLosses.LogRegLoss loss;

        protected override void Create(Random random)
        {
            var x1 = new double[Samples];
            var x2 = new double[Samples];
            var label = new double[Samples];
            for (int i = 0; i < Samples; i++)
            {
                x1[i] = (random.NextDouble() * 4.0) - 2.0;
                x2[i] = (random.NextDouble() * 4.0) - 2.0;
                double p = 1.0 / (1.0 + Math.Exp(-(0.5 + (1.5 * x1[i]) - (2.0 * x2[i]))));
                label[i] = random.NextDouble() < p ? 1.0 : 0.0;
            }

            Columns = [x1, x2, label];
            Theta = [0.1, 0.8, -1.1];
            loss = new DataLosses.LogRegLoss(x1, x2, label, Lambda);
        }

        [Benchmark]
        public override double Generated() => loss.ValueAndGradient(Theta, Gradient);

        /// <summary>
        /// The expert's loop: one pass; softplus and sigmoid from one e = exp(-|z|) (softplus(z) =
        /// max(z, 0) + log(1 + e), sigmoid(z) = 1/(1 + e) or e/(1 + e)), four running sums.
        /// </summary>
        [Benchmark(Baseline = true)]
        public override double Expert()
        {
            double[] x1 = Columns[0], x2 = Columns[1], label = Columns[2];
            double w0 = Theta[0], w1 = Theta[1], w2 = Theta[2];
            double sum = 0.0, g0 = 0.0, g1 = 0.0, g2 = 0.0;
            for (int i = 0; i < x1.Length; i++)
            {
                double z = w0 + (w1 * x1[i]) + (w2 * x2[i]);
                double e = Math.Exp(-Math.Abs(z));
                double d = 1.0 + e;
                double sigmoid = (z >= 0.0 ? 1.0 : e) / d;
                sum += Math.Max(z, 0.0) + Math.Log(d) - (label[i] * z);
                double r = sigmoid - label[i];
                g0 += r;
                g1 += r * x1[i];
                g2 += r * x2[i];
            }

            double n = x1.Length;
            Gradient[0] = g0 / n;
            Gradient[1] = (g1 / n) + (2.0 * Lambda * w1);
            Gradient[2] = (g2 / n) + (2.0 * Lambda * w2);
            return (sum / n) + (Lambda * ((w1 * w1) + (w2 * w2)));
        }

        protected override double ValueAt(double[] theta) => loss.Value(theta);
    }
}
