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
            var limits = new NormLimit();
            foreach (Expr node in Topology.Sorted(expressions))
            {
                values[node] = EvaluateNode(node, values, point, limits);
            }

            var result = new double[expressions.Count];
            for (int i = 0; i < result.Length; i++)
            {
                result[i] = values[expressions[i]];
            }

            return result;
        }

        public static double[] Gradient(LossDefinition loss, IReadOnlyList<double> point) => Evaluate(loss.Gradient, point);

        /// <summary>
        /// Evaluates expressions of a data loss the plain way: variables and fixed values as given,
        /// N as the columns' length, and each sum over samples by a loop that evaluates its body
        /// at every sample and adds the results one after another.
        /// </summary>
        public static double[] EvaluateData(IReadOnlyList<Expr> expressions, IReadOnlyList<double> theta, IReadOnlyList<double> fixedValues, IReadOnlyList<double[]> columns)
        {
            int samples = columns.Count == 0 ? 0 : columns[0].Length;
            var values = new Dictionary<Expr, double>();
            var limits = new NormLimit();
            foreach (Expr node in Topology.Sorted(expressions, enterSums: false))
            {
                if (node.Kind == ExprKind.Sum)
                {
                    List<Expr> body = Topology.Sorted(new[] { node.Args[0] });
                    double sum = 0.0;
                    for (int i = 0; i < samples; i++)
                    {
                        var sample = new Dictionary<Expr, double>();
                        foreach (Expr inner in body)
                        {
                            sample[inner] = inner.Kind switch
                            {
                                ExprKind.Column => columns[inner.ParameterIndex][i],
                                ExprKind.Fixed => fixedValues[inner.ParameterIndex],
                                _ => EvaluateNode(inner, sample, theta, limits),
                            };
                        }

                        sum += sample[node.Args[0]];
                    }

                    values[node] = sum;
                    continue;
                }

                values[node] = node.Kind switch
                {
                    ExprKind.Fixed => fixedValues[node.ParameterIndex],
                    ExprKind.SampleCount => samples,
                    _ => EvaluateNode(node, values, theta, limits),
                };
            }

            var result = new double[expressions.Count];
            for (int i = 0; i < result.Length; i++)
            {
                result[i] = values[expressions[i]];
            }

            return result;
        }

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

        // b^c for a constant c > 0: Math.Sqrt for 1/2 (correctly rounded, as emitted), Math.Pow otherwise.
        private static double Power(double b, Number c) =>
            c.IsOne ? b : c.IsExact && c.Numerator == 1 && c.Denominator == 2 ? Math.Sqrt(b) : Math.Pow(b, c.Value);

        private static double EvaluateNode(Expr node, Dictionary<Expr, double> values, IReadOnlyList<double> point, NormLimit limits)
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
                        // As the emitter does: negative powers form one denominator, divided once
                        // (y/r, not y * (1/r), which is one rounding more: -0.9999999999999999
                        // for y = -r = -1e-300).
                        double product = 1.0, denominator = 1.0;
                        bool divides = false;
                        foreach (Expr child in args)
                        {
                            if (child.Kind == ExprKind.Pow && child.Args[1].IsConstant && child.Args[1].Constant.IsNegative)
                            {
                                denominator *= Power(values[child.Args[0]], -child.Args[1].Constant);
                                divides = true;
                            }
                            else
                            {
                                product *= values[child];
                            }
                        }

                        // As the emitter does: a product that tends to 0 at a norm's zero is 0 there.
                        if (limits.VanishingNorm(node) is Expr norm && values[norm] == 0.0)
                        {
                            return 0.0;
                        }

                        return divides ? product / denominator : product;
                    }

                case ExprKind.Pow:
                    {
                        double b = values[args[0]];
                        Expr exponent = args[1];
                        if (exponent.IsConstant && exponent.Constant.IsNegative)
                        {
                            return 1.0 / Power(b, -exponent.Constant);
                        }

                        return exponent.IsConstant ? Power(b, exponent.Constant) : Math.Pow(b, values[exponent]);
                    }

                case ExprKind.LogSumExp:
                case ExprKind.Hypot:
                    {
                        var x = new double[args.Length];
                        for (int i = 0; i < x.Length; i++)
                        {
                            x[i] = values[args[i]];
                        }

                        return MathFunctions.Apply(node.Kind, x);
                    }

                case ExprKind.Exp when SoftmaxPattern.TryMatch(node, out Expr lse, out int index):
                    {
                        var x = new double[lse.Args.Length];
                        for (int i = 0; i < x.Length; i++)
                        {
                            x[i] = values[lse.Args[i]];
                        }

                        return MathFunctions.Softmax(x, index);
                    }

                default:
                    return MathFunctions.Apply(node.Kind, values[args[0]]);
            }
        }
    }
}
