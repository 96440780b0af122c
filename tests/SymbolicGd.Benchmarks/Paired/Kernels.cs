using System;

namespace SymbolicGd.Benchmarks.Paired
{
    /// <summary>
    /// One measured computation, as a static member of a struct so the timing loop of
    /// <see cref="PairedRatio"/> is specialised per kernel and calls it directly (inlined).
    /// </summary>
    internal interface IKernel
    {
        static abstract double Run(ReadOnlySpan<double> theta, Span<double> output);
    }

    internal readonly struct GeneratedValueAndGradient<TLoss> : IKernel
        where TLoss : ISymbolicLoss
    {
        public static double Run(ReadOnlySpan<double> theta, Span<double> output) => TLoss.ValueAndGradient(theta, output);
    }

    internal readonly struct GeneratedValue<TLoss> : IKernel
        where TLoss : ISymbolicLoss
    {
        public static double Run(ReadOnlySpan<double> theta, Span<double> output) => TLoss.Value(theta);
    }

    internal readonly struct GeneratedHessian<TLoss> : IKernel
        where TLoss : ISymbolicLoss
    {
        public static double Run(ReadOnlySpan<double> theta, Span<double> output)
        {
            TLoss.Hessian(theta, output);
            return output[0];
        }
    }

    internal readonly struct HandRosenbrockGradient : IKernel
    {
        public static double Run(ReadOnlySpan<double> theta, Span<double> output) => HandWritten.RosenbrockValueAndGradient(theta, output);
    }

    internal readonly struct HandBealeGradient : IKernel
    {
        public static double Run(ReadOnlySpan<double> theta, Span<double> output) => HandWritten.BealeValueAndGradient(theta, output);
    }

    internal readonly struct HandLeastSquaresGradient : IKernel
    {
        public static double Run(ReadOnlySpan<double> theta, Span<double> output) => HandWritten.LeastSquaresValueAndGradient(theta, output);
    }

    internal readonly struct HandLogisticGradient : IKernel
    {
        public static double Run(ReadOnlySpan<double> theta, Span<double> output) => HandWritten.LogisticValueAndGradient(theta, output);
    }

    internal readonly struct HandAckleyGradient : IKernel
    {
        public static double Run(ReadOnlySpan<double> theta, Span<double> output) => HandWritten.AckleyValueAndGradient(theta, output);
    }

    internal readonly struct HandRosenbrockHessian : IKernel
    {
        public static double Run(ReadOnlySpan<double> theta, Span<double> output)
        {
            HandWritten.RosenbrockHessian(theta, output);
            return output[0];
        }
    }

    internal readonly struct HandBealeHessian : IKernel
    {
        public static double Run(ReadOnlySpan<double> theta, Span<double> output)
        {
            HandWritten.BealeHessian(theta, output);
            return output[0];
        }
    }

    internal readonly struct HandLeastSquaresHessian : IKernel
    {
        public static double Run(ReadOnlySpan<double> theta, Span<double> output)
        {
            HandWritten.LeastSquaresHessian(output);
            return output[0];
        }
    }

    internal readonly struct HandLogisticHessian : IKernel
    {
        public static double Run(ReadOnlySpan<double> theta, Span<double> output)
        {
            HandWritten.LogisticHessian(theta, output);
            return output[0];
        }
    }

    internal readonly struct HandAckleyHessian : IKernel
    {
        public static double Run(ReadOnlySpan<double> theta, Span<double> output)
        {
            HandWritten.AckleyHessian(theta, output);
            return output[0];
        }
    }
}
