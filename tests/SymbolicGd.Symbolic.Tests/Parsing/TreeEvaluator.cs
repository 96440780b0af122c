using System;
using SymbolicGd.Symbolic.Syntax;

namespace SymbolicGd.Symbolic.Tests.Parsing
{
    /// <summary>Test-only evaluation of a bound syntax tree, written straight from the node
    /// definitions so precedence tests compare the parser's tree with hand-written C#.</summary>
    internal static class TreeEvaluator
    {
        public static double Evaluate(SyntaxNode node, params double[] parameters)
        {
            switch (node)
            {
                case NumberSyntax number:
                    return number.Value;
                case ConstantSyntax constant:
                    return constant.Value;
                case ParameterSyntax parameter:
                    return parameters[parameter.Index];
                case NegateSyntax negate:
                    return -Evaluate(negate.Operand, parameters);
                case SumSyntax sum:
                {
                    double total = 0;
                    foreach (Operand term in sum.Terms)
                    {
                        double value = Evaluate(term.Node, parameters);
                        total = term.Inverted ? total - value : total + value;
                    }

                    return total;
                }

                case ProductSyntax product:
                {
                    double total = 1;
                    foreach (Operand factor in product.Factors)
                    {
                        double value = Evaluate(factor.Node, parameters);
                        total = factor.Inverted ? total / value : total * value;
                    }

                    return total;
                }

                case PowerSyntax power:
                    return Math.Pow(Evaluate(power.Base, parameters), Evaluate(power.Exponent, parameters));
                case CallSyntax call:
                {
                    double a = Evaluate(call.Arguments[0], parameters);
                    return call.Function switch
                    {
                        FunctionKind.Exp => Math.Exp(a),
                        FunctionKind.Log => Math.Log(a),
                        FunctionKind.Sqrt => Math.Sqrt(a),
                        FunctionKind.Sin => Math.Sin(a),
                        FunctionKind.Cos => Math.Cos(a),
                        FunctionKind.Tan => Math.Tan(a),
                        FunctionKind.Asin => Math.Asin(a),
                        FunctionKind.Acos => Math.Acos(a),
                        FunctionKind.Atan => Math.Atan(a),
                        FunctionKind.Sinh => Math.Sinh(a),
                        FunctionKind.Cosh => Math.Cosh(a),
                        FunctionKind.Tanh => Math.Tanh(a),
                        FunctionKind.Abs => Math.Abs(a),
                        FunctionKind.Sigmoid => 1 / (1 + Math.Exp(-a)),
                        FunctionKind.Softplus => Math.Log(1 + Math.Exp(a)),
                        FunctionKind.Pow => Math.Pow(a, Evaluate(call.Arguments[1], parameters)),
                        FunctionKind.LogSumExp => LogSumExp(call, parameters),
                        _ => throw new ArgumentOutOfRangeException(nameof(node), call.Function, "unknown function"),
                    };
                }

                default:
                    throw new ArgumentException("unexpected node " + node.GetType().Name, nameof(node));
            }
        }

        // The definition, log of a sum of exps (overflows where the engine's stable form does not).
        private static double LogSumExp(CallSyntax call, double[] parameters)
        {
            double sum = 0;
            foreach (SyntaxNode argument in call.Arguments)
            {
                sum += Math.Exp(Evaluate(argument, parameters));
            }

            return Math.Log(sum);
        }
    }
}
