using System;
using System.Collections.Generic;

namespace SymbolicGd
{
    /// <summary>
    /// A loss as an instance: the form a loss over data takes, since its columns and fixed values
    /// are fields of the instance. The source generator implements it on every <c>NameLoss</c>
    /// struct, data losses and closed-form ones alike (the latter explicitly, forwarding to their
    /// static <see cref="ISymbolicLoss"/> members), and
    /// <c>GradientDescent.Minimize(loss, start, options)</c> runs on it. Generic code over a struct implementing it is specialised by the JIT, so the
    /// calls are direct.
    /// </summary>
    public interface ILoss
    {
        /// <summary>Number of optimisation variables (the length of theta).</summary>
        int Dimension { get; }

        /// <summary>The optimisation variables' names in declaration order.</summary>
        IReadOnlyList<string> ParameterNames { get; }

        /// <summary>The loss expression as written in the attribute.</summary>
        string Expression { get; }

        /// <summary>The loss at <paramref name="theta"/>.</summary>
        double Value(ReadOnlySpan<double> theta);

        /// <summary>Writes the gradient into <paramref name="gradient"/> and returns the loss.</summary>
        double ValueAndGradient(ReadOnlySpan<double> theta, Span<double> gradient);

        /// <summary>Writes the Hessian row-major (n*n, symmetric) into <paramref name="hessian"/>.</summary>
        void Hessian(ReadOnlySpan<double> theta, Span<double> hessian);

        /// <summary>Writes gradient and Hessian and returns the loss, sharing temporaries.</summary>
        double ValueGradientHessian(ReadOnlySpan<double> theta, Span<double> gradient, Span<double> hessian);

        /// <summary>
        /// True when the Hessian does not depend on theta (every quadratic; least squares in a
        /// linear model): the runtime then evaluates it once per run, and its summary's
        /// predictions (steps, contraction per step) are exact.
        /// </summary>
        bool HasConstantHessian { get; }

        /// <summary>
        /// L, the Lipschitz constant of the gradient (the largest absolute Hessian eigenvalue), when
        /// the Hessian does not depend on theta; NaN otherwise. When <see cref="HasConstantHessian"/>
        /// is true, <see cref="GradientDescent"/> reads it once per run (so an implementation may
        /// compute it lazily) and never eigen-solves the Hessian per step; a NaN there makes the
        /// run take L from the Hessian's eigenvalues at the start instead.
        /// </summary>
        double Lipschitz { get; }

        /// <summary>
        /// True when the loss provides <see cref="ValueGradientHessianBounds"/>: every generated
        /// closed-form <c>NameLoss</c> (data losses and hand-written losses do not, by default).
        /// <see cref="StepGuard.Certified"/> needs it.
        /// </summary>
        bool HasIntervalBounds => false;

        /// <summary>
        /// Encloses the value, gradient and Hessian over <paramref name="box"/>: the instance form
        /// of <see cref="ISymbolicLoss.ValueGradientHessianBounds"/>, which describes the
        /// enclosures. The default implementation throws <see cref="NotSupportedException"/>.
        /// </summary>
        /// <param name="box">One interval per parameter.</param>
        /// <param name="gradient">Receives the enclosure of each partial derivative (n elements).</param>
        /// <param name="hessian">Receives the enclosure of each second derivative, row-major (n*n elements).</param>
        /// <returns>The enclosure of the loss over the box.</returns>
        /// <exception cref="ArgumentException">A span does not have the length given above.</exception>
        /// <exception cref="NotSupportedException">The loss provides no bounds (<see cref="HasIntervalBounds"/> is false).</exception>
        Interval ValueGradientHessianBounds(ReadOnlySpan<Interval> box, Span<Interval> gradient, Span<Interval> hessian) =>
            throw new NotSupportedException($"'{GetType().Name}' provides no interval bounds (ILoss.HasIntervalBounds is false): only losses generated from a closed-form [Loss] expression have them.");
    }
}
