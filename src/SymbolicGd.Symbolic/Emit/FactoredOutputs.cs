using System.Collections.Generic;

namespace SymbolicGd.Symbolic
{
    /// <summary>
    /// A loss's value, gradient and Hessian after one <see cref="SumFactoring"/> strategy: equal
    /// in value to the simplified forms, offered to the emitter as an alternative with fewer
    /// operations.
    /// </summary>
    internal sealed class FactoredOutputs
    {
        private readonly Expr[][] _hessianUpper;

        public FactoredOutputs(Expr value, Expr[] gradient, Expr[][] hessianUpper)
        {
            Value = value;
            Gradient = gradient;
            _hessianUpper = hessianUpper;
        }

        public Expr Value { get; }

        public IReadOnlyList<Expr> Gradient { get; }

        public Expr Hessian(int i, int j) => i <= j ? _hessianUpper[i][j - i] : _hessianUpper[j][i - j];
    }
}
