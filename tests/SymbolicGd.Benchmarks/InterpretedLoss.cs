extern alias engine;

using System;
using System.Collections.Generic;
using engine::SymbolicGd.Symbolic;
using SymbolicGd.Symbolic.Testing;

namespace SymbolicGd.Benchmarks
{
    /// <summary>
    /// The same loss derived at run time by the symbolic engine and evaluated by its interpreter:
    /// what a user would get without the generator.
    /// </summary>
    internal sealed class InterpretedLoss
    {
        private readonly Expr[] valueAndGradient;

        private InterpretedLoss(Expr[] valueAndGradient) => this.valueAndGradient = valueAndGradient;

        public static InterpretedLoss Create<TLoss>()
            where TLoss : ISymbolicLoss
        {
            LossDefinition loss = LossCompiler.Compile(TLoss.Expression, TLoss.ParameterNames);
            if (loss.HasErrors)
            {
                throw new InvalidOperationException($"{TLoss.Expression}: {loss.Diagnostics[0].Message}");
            }

            var outputs = new List<Expr> { loss.Value };
            outputs.AddRange(loss.Gradient);
            return new InterpretedLoss(outputs.ToArray());
        }

        public double ValueAndGradient(double[] theta, double[] gradient)
        {
            double[] values = Interpreter.Evaluate(valueAndGradient, theta);
            Array.Copy(values, 1, gradient, 0, gradient.Length);
            return values[0];
        }
    }
}
