namespace SymbolicGd.Symbolic
{
    /// <summary>
    /// f'(u) for each one-argument function, expressed through the node f(u) itself where that
    /// saves work: exp' = exp(u), tanh' = 1 - t^2, sigmoid' = s(1 - s), tan' = 1 + t^2.
    /// </summary>
    internal static class LocalDerivatives
    {
        /// <summary>The derivative of <paramref name="node"/> with respect to its argument; null when identically zero.</summary>
        public static Expr? Of(ExprBuilder b, Expr node)
        {
            Expr u = node.Args[0];
            switch (node.Kind)
            {
                case ExprKind.Exp:
                    return node;
                case ExprKind.Log:
                    return b.Power(u, b.Constant(Number.MinusOne));
                case ExprKind.Log1p:
                    return b.Power(b.Add(b.One, u), b.Constant(Number.MinusOne));
                case ExprKind.Sin:
                    return b.Function(ExprKind.Cos, u);
                case ExprKind.Cos:
                    return b.Negate(b.Function(ExprKind.Sin, u));
                case ExprKind.Tan:
                    return b.Add(b.One, Square(b, node));
                case ExprKind.Asin:
                    return b.Power(b.Subtract(b.One, Square(b, u)), b.Constant(-Number.Half));
                case ExprKind.Acos:
                    return b.Negate(b.Power(b.Subtract(b.One, Square(b, u)), b.Constant(-Number.Half)));
                case ExprKind.Atan:
                    return b.Power(b.Add(b.One, Square(b, u)), b.Constant(Number.MinusOne));
                case ExprKind.Sinh:
                    return b.Function(ExprKind.Cosh, u);
                case ExprKind.Cosh:
                    return b.Function(ExprKind.Sinh, u);
                case ExprKind.Tanh:
                    return b.Subtract(b.One, Square(b, node));
                case ExprKind.Abs:
                    return b.Function(ExprKind.Sign, u);
                case ExprKind.Sign:
                    return null;
                case ExprKind.Sigmoid:
                    return b.Multiply(node, b.Subtract(b.One, node));
                case ExprKind.Softplus:
                    return b.Function(ExprKind.Sigmoid, u);
                default:
                    throw new System.ArgumentOutOfRangeException(nameof(node), node.Kind, "not a function");
            }
        }

        /// <summary>
        /// The partial derivative of an n-ary node by its argument <paramref name="i"/>: for
        /// logsumexp the softmax exp(ai - node), whose emitted form divides the exps the value
        /// already computed by their sum; for the norm ai/node, finite wherever the norm is not 0.
        /// </summary>
        public static Expr Partial(ExprBuilder b, Expr node, int i)
        {
            Expr a = node.Args[i];
            switch (node.Kind)
            {
                case ExprKind.LogSumExp:
                    return b.Function(ExprKind.Exp, b.Subtract(a, node));
                case ExprKind.Hypot:
                    return b.Divide(a, node);
                default:
                    throw new System.ArgumentOutOfRangeException(nameof(node), node.Kind, "not an n-ary function");
            }
        }

        private static Expr Square(ExprBuilder b, Expr x) => b.Power(x, b.Constant(2));
    }
}
