using System;
using System.Globalization;
using static SymbolicGd.Benchmarks.BenchmarkLosses;

namespace SymbolicGd.Benchmarks.Paired
{
    /// <summary>
    /// <c>-- --paired</c>: the target ratios (generated / hand-written for gradients and
    /// Hessians, value+gradient / value alone) by <see cref="PairedRatio"/>, as a markdown table.
    /// A complement to the BenchmarkDotNet tables on a noisy machine, not a replacement.
    /// </summary>
    internal static class PairedReport
    {
        private const int Pairs = 401;

        public static void Run()
        {
            Console.WriteLine($"Paired ratios: median of {Pairs} interleaved pairs of ~200 us blocks, interquartile range in brackets, then the median ns per call of each side.");
            Console.WriteLine();
            Console.WriteLine("| Loss | Gradient: generated / hand-written | Value+gradient / value alone | Hessian: generated / hand-written |");
            Console.WriteLine("|---|---|---|---|");
            Row<RosenbrockLoss, HandRosenbrockGradient, HandRosenbrockHessian>("Rosenbrock");
            Row<BealeLoss, HandBealeGradient, HandBealeHessian>("Beale");
            Row<LeastSquaresLoss, HandLeastSquaresGradient, HandLeastSquaresHessian>("Least squares (10)");
            Row<LogisticLoss, HandLogisticGradient, HandLogisticHessian>("Logistic (3)");
            Row<AckleyLoss, HandAckleyGradient, HandAckleyHessian>("Ackley");
        }

        private static void Row<TLoss, THandGradient, THandHessian>(string name)
            where TLoss : ISymbolicLoss
            where THandGradient : IKernel
            where THandHessian : IKernel
        {
            double[] theta = BenchmarkPoints.For<TLoss>();
            int n = TLoss.Dimension;
            var gradient = PairedRatio.Measure<GeneratedValueAndGradient<TLoss>, THandGradient>(theta, n, Pairs);
            var cheap = PairedRatio.Measure<GeneratedValueAndGradient<TLoss>, GeneratedValue<TLoss>>(theta, n, Pairs);
            var hessian = PairedRatio.Measure<GeneratedHessian<TLoss>, THandHessian>(theta, n * n, Pairs);
            Console.WriteLine($"| {name} | {Format(gradient)} | {Format(cheap)} | {Format(hessian)} |");
        }

        private static string Format(PairedRatio.Result r) =>
            string.Format(CultureInfo.InvariantCulture, "**{0:F2}** [{1:F2}, {2:F2}] {3} / {4} ns", r.Median, r.Lower, r.Upper, Ns(r.NanosecondsA), Ns(r.NanosecondsB));

        private static string Ns(double nanoseconds) => nanoseconds.ToString(nanoseconds < 10 ? "F2" : "F1", CultureInfo.InvariantCulture);
    }
}
