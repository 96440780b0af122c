namespace SymbolicGd.Symbolic
{
    /// <summary>The kind of an expression DAG node.</summary>
    internal enum ExprKind
    {
        /// <summary>An exact rational or double; see <see cref="Expr.Constant"/>.</summary>
        Constant,

        /// <summary>The optimisation variable <see cref="Expr.ParameterIndex"/>.</summary>
        Parameter,

        /// <summary>n-ary sum; a constant term, if any, is the first child.</summary>
        Add,

        /// <summary>n-ary product; a constant coefficient, if any, is the first child.</summary>
        Mul,

        /// <summary>Children[0] ^ Children[1]. sqrt(u) is u^(1/2); u/v is u*v^(-1).</summary>
        Pow,

        Exp,
        Log,

        /// <summary>log(1 + u), stable for small u.</summary>
        Log1p,
        Sin,
        Cos,
        Tan,
        Asin,
        Acos,
        Atan,
        Sinh,
        Cosh,
        Tanh,
        Abs,

        /// <summary>The sign of u (1, -1, 0; NaN stays NaN): the derivative of abs.</summary>
        Sign,
        Sigmoid,
        Softplus,

        /// <summary>
        /// log(exp(a1) + ... + exp(an)), n &gt;= 2, children in canonical order: computed stably as
        /// m + log(sum exp(ai - m)) with m = max ai. Its derivative by ai is the softmax
        /// exp(ai - node), which the emitter computes from the same exps.
        /// </summary>
        LogSumExp,

        /// <summary>
        /// sqrt(a1^2 + ... + an^2), n &gt;= 2, children in canonical order: the Euclidean norm,
        /// computed without underflow or overflow of the squares (SymbolicMath.Hypot), so its
        /// derivatives ai/node stay finite for tiny and huge arguments.
        /// </summary>
        Hypot,

        /// <summary>
        /// The current sample's value of data column <see cref="Expr.ParameterIndex"/> (a leaf that
        /// means something only inside a <see cref="Sum"/>).
        /// </summary>
        Column,

        /// <summary>The fixed value <see cref="Expr.ParameterIndex"/>: a leaf held fixed, not differentiated.</summary>
        Fixed,

        /// <summary>N, the number of samples: a leaf (mean(f) is sum(f) * N^-1).</summary>
        SampleCount,

        /// <summary>
        /// The sum over all samples of its one child, the per-sample body (which reads columns).
        /// Bodies hold no sums (aggregates do not nest) and always read a column: factors of the
        /// body that read none are taken out (sum(c*f) = c*sum(f), sum(c) = c*N).
        /// </summary>
        Sum,
    }
}
