using System;

namespace SymbolicGd.Symbolic
{
    /// <summary>Thrown inside the engine when a DAG outgrows its node budget; reported as TooComplex.</summary>
    internal sealed class ExpressionTooComplexException : Exception
    {
        public ExpressionTooComplexException(string message) : base(message)
        {
        }
    }
}
