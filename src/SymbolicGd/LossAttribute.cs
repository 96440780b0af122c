using System;

namespace SymbolicGd
{
    /// <summary>
    /// Marks a <c>static partial double</c> method whose parameters are all <c>double</c> as a
    /// loss written as a math expression. At compile time the SymbolicGd source generator
    /// implements the method from the expression and adds its exact gradient,
    /// Hessian and a <c>NameLoss</c> type that <see cref="GradientDescent"/> is generic over.
    /// </summary>
    /// <example>
    /// <code>
    /// [Loss("(theta - 3)^2")]
    /// public static partial double Quadratic(double theta);
    /// </code>
    /// </example>
    [AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = false)]
    public sealed class LossAttribute : Attribute
    {
        /// <summary>Creates the attribute.</summary>
        /// <param name="expression">The loss, e.g. <c>(1 - x)^2 + 100*(y - x^2)^2</c>.</param>
        public LossAttribute(string expression)
        {
            Expression = expression;
        }

        /// <summary>The loss expression as written.</summary>
        public string Expression { get; }
    }
}
