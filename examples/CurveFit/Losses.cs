using System;
using SymbolicGd;

namespace CurveFitExample
{
    /// <summary>The two data losses of the example: each column is one value per sample.</summary>
    public static partial class Losses
    {
        /// <summary>
        /// The Keeling curve: a quadratic trend in the scaled time u (in [-1, 1], so the columns 1, u
        /// and u^2 have comparable sizes and the Hessian is well conditioned) plus a yearly cycle in
        /// t, the time in years since 1958.
        /// </summary>
        [Loss("mean((a + b*u + c*u^2 + s*sin(2*pi*t) + k*cos(2*pi*t) - co2)^2)")]
        public static partial double Keeling(double a, double b, double c, double s, double k,
            ReadOnlySpan<double> u, ReadOnlySpan<double> t, ReadOnlySpan<double> co2);

        /// <summary>L2-penalised logistic regression; lambda is held fixed, not fitted.</summary>
        [Loss("mean(softplus(w0 + w1*x1 + w2*x2) - label*(w0 + w1*x1 + w2*x2)) + lambda*(w1^2 + w2^2)")]
        public static partial double LogReg(double w0, double w1, double w2,
            ReadOnlySpan<double> x1, ReadOnlySpan<double> x2, ReadOnlySpan<double> label, [Fixed] double lambda);
    }
}
