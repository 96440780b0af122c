using System;

namespace SymbolicGd
{
    /// <summary>Thrown under <see cref="StepGuard.Throw"/> when a learning rate reaches the stability bound 2/L.</summary>
    public sealed class UnstableLearningRateException : Exception
    {
        /// <summary>Creates the exception with its message.</summary>
        public UnstableLearningRateException(string message)
            : base(message)
        {
        }
    }
}
