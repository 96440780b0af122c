using System;
using System.Collections.Generic;
using SymbolicGd.Symbolic.Syntax;

namespace SymbolicGd.Symbolic
{
    /// <summary>
    /// Bound syntax tree -> DAG: a - b = a + (-1)*b, a/b = a*b^(-1), sqrt(u) = u^(1/2),
    /// pow(a, b) = a^b, logsumexp(a, ...) is n-ary; sums and products written in the source are flattened. Recursion is safe
    /// because the parser bounds the nesting depth (Parser.MaxDepth).
    /// </summary>
    internal static class SyntaxLowering
    {
        public static Expr Lower(ExprBuilder builder, SyntaxNode node)
        {
            switch (node)
            {
                case NumberSyntax number:
                    return builder.Constant(Number.FromLiteral(number.Value));
                case ParameterSyntax parameter:
                    return parameter.Kind switch
                    {
                        LossParameterKind.Column => builder.Column(parameter.Index),
                        LossParameterKind.Fixed => builder.Fixed(parameter.Index),
                        _ => builder.Parameter(parameter.Index),
                    };
                case ConstantSyntax constant:
                    return builder.Constant(Number.FromDouble(constant.Value));
                case NegateSyntax negate:
                    // As a one-term sum, so that -(a - b) distributes into b - a.
                    return builder.AddFlat(new[] { builder.Negate(Lower(builder, negate.Operand)) });
                case SumSyntax sum:
                    {
                        var terms = new List<Expr>(sum.Terms.Count);
                        foreach (Operand term in sum.Terms)
                        {
                            Expr lowered = Lower(builder, term.Node);
                            terms.Add(term.Inverted ? builder.Negate(lowered) : lowered);
                        }

                        return builder.AddFlat(terms);
                    }

                case ProductSyntax product:
                    {
                        var factors = new List<Expr>(product.Factors.Count);
                        foreach (Operand factor in product.Factors)
                        {
                            Expr lowered = Lower(builder, factor.Node);
                            factors.Add(factor.Inverted ? builder.Power(lowered, builder.Constant(Number.MinusOne)) : lowered);
                        }

                        return builder.MultiplyFlat(factors);
                    }

                case PowerSyntax power:
                    return builder.Power(Lower(builder, power.Base), Lower(builder, power.Exponent));
                case CallSyntax call:
                    return LowerCall(builder, call);
                default:
                    throw new InvalidOperationException("unknown syntax node " + node.GetType().Name);
            }
        }

        private static Expr LowerCall(ExprBuilder builder, CallSyntax call)
        {
            if (call.Function == FunctionKind.LogSumExp)
            {
                var arguments = new Expr[call.Arguments.Count];
                for (int i = 0; i < arguments.Length; i++)
                {
                    arguments[i] = Lower(builder, call.Arguments[i]);
                }

                return builder.LogSumExp(arguments);
            }

            Expr first = Lower(builder, call.Arguments[0]);
            switch (call.Function)
            {
                case FunctionKind.Sum:
                    return builder.Sum(first);
                case FunctionKind.Mean:
                    // Flat, so that N/N cancels where the sum is N times a term without columns.
                    return builder.MultiplyFlat(new[] { builder.Sum(first), builder.Power(builder.SampleCount, builder.Constant(Number.MinusOne)) });
                case FunctionKind.Pow:
                    return builder.Power(first, Lower(builder, call.Arguments[1]));
                case FunctionKind.Sqrt:
                    return builder.Sqrt(first);
                case FunctionKind.Exp: return builder.Function(ExprKind.Exp, first);
                case FunctionKind.Log: return builder.Function(ExprKind.Log, first);
                case FunctionKind.Sin: return builder.Function(ExprKind.Sin, first);
                case FunctionKind.Cos: return builder.Function(ExprKind.Cos, first);
                case FunctionKind.Tan: return builder.Function(ExprKind.Tan, first);
                case FunctionKind.Asin: return builder.Function(ExprKind.Asin, first);
                case FunctionKind.Acos: return builder.Function(ExprKind.Acos, first);
                case FunctionKind.Atan: return builder.Function(ExprKind.Atan, first);
                case FunctionKind.Sinh: return builder.Function(ExprKind.Sinh, first);
                case FunctionKind.Cosh: return builder.Function(ExprKind.Cosh, first);
                case FunctionKind.Tanh: return builder.Function(ExprKind.Tanh, first);
                case FunctionKind.Abs: return builder.Function(ExprKind.Abs, first);
                case FunctionKind.Sigmoid: return builder.Function(ExprKind.Sigmoid, first);
                case FunctionKind.Softplus: return builder.Function(ExprKind.Softplus, first);
                default:
                    throw new InvalidOperationException("unknown function " + call.Function);
            }
        }
    }
}
