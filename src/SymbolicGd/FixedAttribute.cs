using System;

namespace SymbolicGd
{
    /// <summary>
    /// Marks a <c>double</c> parameter of a <c>[Loss]</c> method as a value held fixed: the loss
    /// reads it, but it is not an optimisation variable, so it is not differentiated and not part
    /// of theta (a penalty weight, a known constant). The generated <c>NameLoss</c> takes it in its
    /// constructor.
    /// </summary>
    /// <example>
    /// <code>
    /// [Loss("mean((w*x - y)^2) + lambda*w^2")]
    /// public static partial double Ridge(double w, ReadOnlySpan&lt;double&gt; x, ReadOnlySpan&lt;double&gt; y, [Fixed] double lambda);
    /// </code>
    /// </example>
    [AttributeUsage(AttributeTargets.Parameter, AllowMultiple = false, Inherited = false)]
    public sealed class FixedAttribute : Attribute
    {
    }
}
