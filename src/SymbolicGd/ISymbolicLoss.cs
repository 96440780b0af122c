using System;
using System.Collections.Generic;

namespace SymbolicGd
{
    /// <summary>
    /// A loss whose value, gradient and Hessian were derived at compile time. The members are
    /// static abstract so that code generic over a loss type (<see cref="GradientDescent"/>) is
    /// specialised by the JIT: no virtual calls, delegates or allocations per evaluation.
    /// The source generator implements it as <c>NameLoss</c> for each <c>[Loss]</c> method.
    /// </summary>
    public interface ISymbolicLoss
    {
        /// <summary>Number of parameters (optimisation variables).</summary>
        static abstract int Dimension { get; }

        /// <summary>Parameter names in declaration order.</summary>
        static abstract IReadOnlyList<string> ParameterNames { get; }

        /// <summary>The loss expression as written in the attribute.</summary>
        static abstract string Expression { get; }

        /// <summary>Each partial derivative as simplified, readable math, e.g. <c>2*(theta - 3)</c>.</summary>
        static abstract IReadOnlyList<string> GradientExpressions { get; }

        /// <summary>The loss at <paramref name="theta"/>.</summary>
        static abstract double Value(ReadOnlySpan<double> theta);

        /// <summary>Writes the gradient into <paramref name="gradient"/> and returns the loss.</summary>
        static abstract double ValueAndGradient(ReadOnlySpan<double> theta, Span<double> gradient);

        /// <summary>Writes the Hessian row-major (n*n, symmetric) into <paramref name="hessian"/>.</summary>
        static abstract void Hessian(ReadOnlySpan<double> theta, Span<double> hessian);

        /// <summary>Writes gradient and Hessian and returns the loss, sharing temporaries.</summary>
        static abstract double ValueGradientHessian(ReadOnlySpan<double> theta, Span<double> gradient, Span<double> hessian);

        /// <summary>True when the Hessian does not depend on the parameters (every quadratic).</summary>
        static abstract bool HasConstantHessian { get; }

        /// <summary>
        /// L, the largest absolute eigenvalue of the Hessian, when it is constant; NaN otherwise.
        /// </summary>
        static abstract double ConstantLipschitz { get; }

        /// <summary>
        /// True when the type provides <see cref="ValueGradientHessianBounds"/>: every generated
        /// closed-form <c>NameLoss</c>. <see cref="StepGuard.Certified"/> needs it. The default
        /// (for a hand-written loss) is false.
        /// </summary>
        static virtual bool HasIntervalBounds => false;

        /// <summary>
        /// Encloses the value, gradient and Hessian over <paramref name="box"/>, one interval per
        /// parameter: every returned or written interval contains the exact value of that
        /// quantity and the double the point members compute, at every point of the box (outward
        /// rounding; see <see cref="Interval"/> for the assumptions on the math library). One
        /// interval evaluation of the same program as <see cref="ValueGradientHessian"/>, with its
        /// shared subexpressions. A point box gives enclosures as wide as the rounding.
        /// </summary>
        /// <remarks>
        /// Where the box leaves the domain of some operation (log or a divisor reaching 0, ...)
        /// the affected enclosures are <see cref="Interval.Undefined"/>. Where the gradient may
        /// jump inside the box (the argument of abs changes sign there, so the gradient's sign
        /// term does), no Hessian bounds the curvature, and every Hessian entry is
        /// <see cref="Interval.Undefined"/>. So a defined Hessian enclosure bounds the curvature
        /// of the loss along every segment inside the box, which is what
        /// <see cref="StepGuard.Certified"/> relies on. The default implementation (for a
        /// hand-written loss) throws <see cref="NotSupportedException"/>.
        /// </remarks>
        /// <param name="box">One interval per parameter.</param>
        /// <param name="gradient">Receives the enclosure of each partial derivative (n elements).</param>
        /// <param name="hessian">Receives the enclosure of each second derivative, row-major (n*n elements).</param>
        /// <returns>The enclosure of the loss over the box.</returns>
        /// <exception cref="ArgumentException">A span does not have the length given above.</exception>
        /// <exception cref="NotSupportedException">The loss type provides no bounds (<see cref="HasIntervalBounds"/> is false).</exception>
        static virtual Interval ValueGradientHessianBounds(ReadOnlySpan<Interval> box, Span<Interval> gradient, Span<Interval> hessian) =>
            throw new NotSupportedException("This loss type provides no interval bounds (ISymbolicLoss.HasIntervalBounds is false): only losses generated from a [Loss] expression have them.");
    }
}
