using System;

namespace SymbolicGd.Tests.Data
{
    /// <summary>Data losses as users write them, emitted by the generator in this project.</summary>
    public static partial class GeneratedDataLosses
    {
        [Loss("mean((a + b*x - y)^2)")]
        public static partial double LineFit(double a, double b, ReadOnlySpan<double> x, ReadOnlySpan<double> y);

        // A cubic in t with a seasonal term: linear in its five coefficients, so least squares.
        [Loss("mean((c0 + c1*t + c2*t^2 + c3*sin(2*pi*t) + c4*cos(2*pi*t) - y)^2)")]
        public static partial double Seasonal(double c0, double c1, double c2, double c3, double c4, ReadOnlySpan<double> t, ReadOnlySpan<double> y);

        [Loss("mean(softplus(w0 + w1*x1 + w2*x2) - label*(w0 + w1*x1 + w2*x2)) + lambda*(w1^2 + w2^2)")]
        public static partial double LogReg(double w0, double w1, double w2, ReadOnlySpan<double> x1, ReadOnlySpan<double> x2, ReadOnlySpan<double> label, [Fixed] double lambda);
    }
}
