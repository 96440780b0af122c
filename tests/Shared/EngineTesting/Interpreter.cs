#if ENGINE_ALIAS
extern alias engine;
#endif

using System;
using System.Collections.Generic;
#if ENGINE_ALIAS
using engine::SymbolicGd.Symbolic;
#endif

namespace SymbolicGd.Symbolic.Testing
{
    /// <summary>
    /// Evaluates expressions at a point, iteratively in topological order (any depth is safe),
    /// with the same stable formulas (SymbolicMath) as the emitted code. A test and benchmark
    /// helper: compiled into those projects from tests/Shared, never shipped in the analyzer.
    /// </summary>
    internal static class Interpreter
    {
        public static double Evaluate(Expr expression, IReadOnlyList<double> point) => Evaluate(new[] { expression }, point)[0];

        /// <summary>Evaluates several expressions, sharing the work on common subexpressions.</summary>
        public static double[] Evaluate(IReadOnlyList<Expr> expressions, IReadOnlyList<double> point)
        {
            var values = new Dictionary<Expr, double>();
            foreach (Expr node in Topology.Sorted(expressions))
            {
                values[node] = EvaluateNode(node, values, point);
            }

            var result = new double[expressions.Count];
            for (int i = 0; i < result.Length; i++)
            {
                result[i] = values[expressions[i]];
            }

            return result;
        }

        public static double[] Gradient(LossDefinition loss, IReadOnlyList<double> point) => Evaluate(loss.Gradient, point);

        /// <summary>The full symmetric Hessian, row-major n*n.</summary>
        public static double[] Hessian(LossDefinition loss, IReadOnlyList<double> point)
        {
            int n = loss.Dimension;
            var entries = new Expr[n * n];
            for (int i = 0; i < n; i++)
            {
                for (int j = 0; j < n; j++)
                {
                    entries[i * n + j] = loss.Hessian(i, j);
                }
            }

            return Evaluate(entries, point);
        }

        private static double EvaluateNode(Expr node, Dictionary<Expr, double> values, IReadOnlyList<double> point)
        {
            Expr[] args = node.Args;
            switch (node.Kind)
            {
                case ExprKind.Constant:
                    return node.Constant.Value;
                case ExprKind.Parameter:
                    return point[node.ParameterIndex];
                case ExprKind.Add:
                    {
                        double sum = 0.0;
                        foreach (Expr child in args)
                        {
                            sum += values[child];
                        }

                        return sum;
                    }

                case ExprKind.Mul:
                    {
                        double product = 1.0;
                        foreach (Expr child in args)
                        {
                            product *= values[child];
                        }

                        return product;
                    }

                case ExprKind.Pow:
                    {
                        double b = values[args[0]];
                        Expr exponent = args[1];
                        if (exponent.IsConstant && exponent.Constant.IsExact && exponent.Constant.Denominator == 2 && exponent.Constant.Numerator == 1)
                        {
                            return Math.Sqrt(b);
                        }

                        return Math.Pow(b, values[exponent]);
                    }

                default:
                    return MathFunctions.Apply(node.Kind, values[args[0]]);
            }
        }
    }
}
