using System;
using System.Reflection;

namespace SymbolicGd.Benchmarks
{
    /// <summary>
    /// Before anything is timed, every variant must compute the same numbers: a benchmark of a
    /// wrong gradient measures nothing. Runs in each GlobalSetup and in <c>--verify</c> mode.
    /// </summary>
    internal static class Verification
    {
        public static void CheckGradients<TLoss>(double[] theta)
            where TLoss : ISymbolicLoss
        {
            int n = TLoss.Dimension;
            var generated = new double[n];
            double value = TLoss.ValueAndGradient(theta, generated);
            Require(typeof(TLoss).Name + " value", TLoss.Value(theta), value, 1e-14);
            var numeric = Richardson<TLoss>(theta);
            for (int i = 0; i < n; i++)
            {
                Require($"{typeof(TLoss).Name} dL/d{TLoss.ParameterNames[i]} vs finite differences", numeric[i], generated[i], 1e-7);
            }
        }

        public static void CheckHessians<TLoss>(double[] theta)
            where TLoss : ISymbolicLoss
        {
            int n = TLoss.Dimension;
            var hessian = new double[n * n];
            TLoss.Hessian(theta, hessian);
            var work = new double[n];
            var numeric = new double[n * n];
            FiniteDifferences.Hessian<TLoss>(theta, numeric, work);
            for (int k = 0; k < n * n; k++)
            {
                Require($"{typeof(TLoss).Name} Hessian[{k}] vs finite differences", numeric[k], hessian[k], 1e-4);
            }
        }

        /// <summary>The subclass's [Benchmark(Baseline = true)] HandWritten method, found by name.</summary>
        public static Func<double> HandWritten(object benchmark)
        {
            MethodInfo method = benchmark.GetType().GetMethod("HandWritten")
                ?? throw new InvalidOperationException(benchmark.GetType().Name + " has no HandWritten baseline.");
            return method.CreateDelegate<Func<double>>(benchmark);
        }

        /// <summary>
        /// Runs one benchmark variant and compares what it returned and wrote into
        /// <paramref name="output"/> with the generated code's results.
        /// </summary>
        public static void CheckVariant(string variant, Func<double> run, double[] output, double expectedReturn, double[] expectedOutput, double relativeTolerance)
        {
            Array.Fill(output, double.NaN);
            double returned = run();
            Require(variant + " returned value vs generated", expectedReturn, returned, relativeTolerance);
            for (int k = 0; k < output.Length; k++)
            {
                Require($"{variant}[{k}] vs generated", expectedOutput[k], output[k], relativeTolerance);
            }
        }

        // Central differences at h and h/2 combined by Richardson extrapolation: O(h^4) error.
        private static double[] Richardson<TLoss>(double[] theta)
            where TLoss : ISymbolicLoss
        {
            int n = theta.Length;
            var result = new double[n];
            var x = (double[])theta.Clone();
            for (int i = 0; i < n; i++)
            {
                double h = 1e-3 * Math.Max(1.0, Math.Abs(theta[i]));
                double d1 = Central(x, i, h), d2 = Central(x, i, h / 2);
                result[i] = (4 * d2 - d1) / 3;
            }

            return result;

            static double Central(double[] x, int i, double h)
            {
                double xi = x[i];
                x[i] = xi + h;
                double plus = TLoss.Value(x);
                x[i] = xi - h;
                double minus = TLoss.Value(x);
                x[i] = xi;
                return (plus - minus) / (2 * h);
            }
        }

        private static void Require(string what, double expected, double actual, double relativeTolerance)
        {
            double scale = Math.Max(1.0, Math.Abs(expected));
            if (!(Math.Abs(expected - actual) <= relativeTolerance * scale))
            {
                throw new InvalidOperationException($"{what}: expected {expected:R}, got {actual:R}.");
            }
        }
    }
}
