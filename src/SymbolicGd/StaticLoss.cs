using System;
using System.Collections.Generic;

namespace SymbolicGd
{
    // The static form of a loss (ISymbolicLoss) seen through the instance interface, so that one
    // descent loop serves both. An empty struct: the JIT specialises the loop for each TLoss and
    // inlines these forwards, so the static form pays nothing for going through ILoss.
    internal readonly struct StaticLoss<TLoss> : ILoss
        where TLoss : ISymbolicLoss
    {
        public int Dimension => TLoss.Dimension;

        public IReadOnlyList<string> ParameterNames => TLoss.ParameterNames;

        public string Expression => TLoss.Expression;

        public bool HasConstantHessian => TLoss.HasConstantHessian;

        public double Lipschitz => TLoss.ConstantLipschitz;

        public double Value(ReadOnlySpan<double> theta) => TLoss.Value(theta);

        public double ValueAndGradient(ReadOnlySpan<double> theta, Span<double> gradient) => TLoss.ValueAndGradient(theta, gradient);

        public void Hessian(ReadOnlySpan<double> theta, Span<double> hessian) => TLoss.Hessian(theta, hessian);

        public double ValueGradientHessian(ReadOnlySpan<double> theta, Span<double> gradient, Span<double> hessian) =>
            TLoss.ValueGradientHessian(theta, gradient, hessian);

        public bool HasIntervalBounds => TLoss.HasIntervalBounds;

        public Interval ValueGradientHessianBounds(ReadOnlySpan<Interval> box, Span<Interval> gradient, Span<Interval> hessian) =>
            TLoss.ValueGradientHessianBounds(box, gradient, hessian);
    }
}
