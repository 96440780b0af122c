using System;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using BenchmarkDotNet.Attributes;

namespace SymbolicGd.Benchmarks
{
    /// <summary>
    /// The vector exp and log that generated data loops call on .NET 8 (VectorMath.Exp/Log: a
    /// polynomial on all lanes, Math.Exp/Log only for special lanes), against the scalar
    /// Math.Exp/Log loop (baseline), the lane-by-lane form .NET 8 consumers got before, and .NET
    /// 10's own Vector256.Exp/Log (what generated code calls on .NET 9+). Sum over 4096 arguments.
    /// </summary>
    public class VectorExpLogBenchmark
    {
        private const int Count = 4096;
        private double[] expArguments = [];
        private double[] logArguments = [];

        [GlobalSetup]
        public void Setup()
        {
            var random = new Random(7);
            expArguments = new double[Count];
            logArguments = new double[Count];
            for (int i = 0; i < Count; i++)
            {
                expArguments[i] = (random.NextDouble() - 0.5) * 40.0;
                logArguments[i] = Math.ScaleB(1.0 + random.NextDouble(), random.Next(-40, 40));
            }

            Check(ExpPolynomial(), ExpScalar(), "exp");
            Check(LogPolynomial(), LogScalar(), "log");
            Check(ExpLaneWise(), ExpScalar(), "exp lane-wise");
            Check(ExpBuiltIn(), ExpScalar(), "exp built-in");
            Check(LogBuiltIn(), LogScalar(), "log built-in");
        }

        [Benchmark(Baseline = true)]
        public double ExpScalar()
        {
            double sum = 0.0;
            foreach (double x in expArguments)
            {
                sum += Math.Exp(x);
            }

            return sum;
        }

        [Benchmark]
        public double ExpLaneWise() => Sum<LaneWiseExp>(expArguments);

        [Benchmark]
        public double ExpPolynomial() => Sum<PolynomialExp>(expArguments);

        [Benchmark]
        public double ExpBuiltIn() => Sum<BuiltInExp>(expArguments);

        [Benchmark]
        public double LogScalar()
        {
            double sum = 0.0;
            foreach (double x in logArguments)
            {
                sum += Math.Log(x);
            }

            return sum;
        }

        [Benchmark]
        public double LogPolynomial() => Sum<PolynomialLog>(logArguments);

        [Benchmark]
        public double LogBuiltIn() => Sum<BuiltInLog>(logArguments);

        // A static abstract member, so each function is called directly (and may be inlined), as
        // generated code calls it; a delegate would add an indirect call per vector.
        private interface IVectorFunction
        {
            static abstract Vector256<double> Apply(Vector256<double> x);
        }

        private static double Sum<TFunction>(double[] arguments)
            where TFunction : IVectorFunction
        {
            ref double start = ref MemoryMarshal.GetArrayDataReference(arguments);
            Vector256<double> sum = Vector256<double>.Zero;
            for (int i = 0; i < arguments.Length; i += Vector256<double>.Count)
            {
                sum += TFunction.Apply(Vector256.LoadUnsafe(ref start, (nuint)i));
            }

            return Vector256.Sum(sum);
        }

        private readonly struct LaneWiseExp : IVectorFunction
        {
            public static Vector256<double> Apply(Vector256<double> x) =>
                Vector256.Create(Math.Exp(x.GetElement(0)), Math.Exp(x.GetElement(1)), Math.Exp(x.GetElement(2)), Math.Exp(x.GetElement(3)));
        }

        private readonly struct PolynomialExp : IVectorFunction
        {
            public static Vector256<double> Apply(Vector256<double> x) => VectorMath.Exp(x);
        }

        private readonly struct BuiltInExp : IVectorFunction
        {
            public static Vector256<double> Apply(Vector256<double> x) => Vector256.Exp(x);
        }

        private readonly struct PolynomialLog : IVectorFunction
        {
            public static Vector256<double> Apply(Vector256<double> x) => VectorMath.Log(x);
        }

        private readonly struct BuiltInLog : IVectorFunction
        {
            public static Vector256<double> Apply(Vector256<double> x) => Vector256.Log(x);
        }

        private static void Check(double actual, double expected, string what)
        {
            if (!(Math.Abs(actual - expected) <= 1e-12 * Math.Abs(expected)))
            {
                throw new InvalidOperationException($"{what}: {actual:R} against the scalar loop's {expected:R}");
            }
        }
    }
}
