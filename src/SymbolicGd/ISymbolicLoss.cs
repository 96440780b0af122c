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
    }
}
