using System;
using System.Collections.Generic;

namespace SymbolicGd.Tests.Losses
{
    /// <summary>
    /// A static loss wrapped by hand in the instance interface, the way a user's or a generated
    /// NameLoss implements ILoss. Deliberately not the runtime's StaticLoss adapter, which the
    /// static entry point uses itself: comparing the two entry points through one adapter would
    /// compare the code with itself, and this one also leaves the interval members to ILoss's
    /// defaults, as a hand-written loss does.
    /// </summary>
    internal readonly struct InstanceOf<TLoss> : ILoss
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

        public double ValueGradientHessian(ReadOnlySpan<double> theta, Span<double> gradient, Span<double> hessian) => TLoss.ValueGradientHessian(theta, gradient, hessian);
    }
}
