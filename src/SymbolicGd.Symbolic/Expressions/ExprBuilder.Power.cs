using System;

namespace SymbolicGd.Symbolic
{
    internal sealed partial class ExprBuilder
    {
        /// <summary>
        /// b^e. Powers of powers merge when both exponents are integers, or when the inner base is
        /// known not to be negative; otherwise the sign decides: (x^2)^(1/2) is |x| (not x), (x^2)^1.5
        /// is |x|^3 and (x^2)^2 is x^4, so that derivatives stay finite where the limit is (the
        /// second derivative of (x^2)^1.5 at 0 is 0, not 0 * infinity). A sum of squares to a
        /// non-integer power becomes a power of their norm (sqrt(x^2 + y^2) = hypot(x, y)).
        /// </summary>
        public Expr Power(Expr b, Expr e)
        {
            if (e.IsConstant)
            {
                Number c = e.Constant;
                if (c.IsZero)
                {
                    return One;
                }

                if (c.IsOne)
                {
                    return b;
                }

                if (b.IsConstant)
                {
                    return Constant(Number.Power(b.Constant, c));
                }

                if (c.IsInteger && b.Kind == ExprKind.Pow && b.Args[1].IsConstant && b.Args[1].Constant.IsInteger)
                {
                    return Power(b.Args[0], Constant(b.Args[1].Constant * c));
                }

                if (c.IsInteger && b.Kind == ExprKind.Mul && b.Args[0].IsConstant)
                {
                    // (k*u)^n = k^n * u^n for integer n.
                    (Number k, Expr rest) = SplitCoefficient(b);
                    return Scale(Number.Power(k, c), Power(rest, e));
                }

                Expr? known = PowerOfKnownSign(b, c);
                return known ?? Intern(ExprKind.Pow, new[] { b, e });
            }

            if (b.IsConstant)
            {
                if (b.Constant.IsOne)
                {
                    return One;
                }

                if (!b.Constant.IsExact && b.Constant.Value == Math.E)
                {
                    return Function(ExprKind.Exp, e);
                }
            }

            return Intern(ExprKind.Pow, new[] { b, e });
        }

        /// <summary>
        /// u^(c - 1), the power in the derivative of u^c. As <see cref="Power"/>, except that an
        /// even power of a norm stays a power of the norm (r*r, not x^2 + y^2): the derivative
        /// multiplies it by quotients by r, and beside the norm's zero the squares of its
        /// arguments underflow where r itself does not (r^3's Hessian 3 r^2 (1 - (x/r)^2)/r at
        /// x = y = 1e-200 would be 0).
        /// </summary>
        public Expr DerivativePower(Expr u, Number c)
        {
            Number p = c - Number.One;
            return u.Kind == ExprKind.Hypot && p.IsInteger && p.Value >= 2 && p.Value % 2 == 0
                ? Intern(ExprKind.Pow, new[] { u, Constant(p) })
                : Power(u, Constant(p));
        }

        /// <summary>
        /// A one-argument function (kinds Exp .. Softplus), folded for a constant argument.
        /// log(exp(a) + exp(b) + ...) is logsumexp(a, b, ...); log(1 + u) is log1p(u), and
        /// log1p(exp(u)) softplus(u); abs of something never negative is itself.
        /// </summary>
        public Expr Function(ExprKind kind, Expr u)
        {
            if (!MathFunctions.IsFunction(kind))
            {
                throw new ArgumentOutOfRangeException(nameof(kind), kind, "not a function");
            }

            if (u.IsConstant)
            {
                return Constant(Number.FromDouble(MathFunctions.Apply(kind, u.Constant.Value)));
            }

            switch (kind)
            {
                case ExprKind.Log:
                    if (u.Kind == ExprKind.Exp)
                    {
                        return u.Args[0];
                    }

                    if (u.Kind == ExprKind.Add && LogOfSumOfExps(u) is Expr logSumExp)
                    {
                        return logSumExp;
                    }

                    if (u.Kind == ExprKind.Add && u.Args[0].IsConstant && u.Args[0].Constant.IsOne)
                    {
                        Expr rest = u.Args.Length == 2 ? u.Args[1] : Intern(ExprKind.Add, Slice(u.Args, 1));
                        return Function(ExprKind.Log1p, rest);
                    }

                    break;
                case ExprKind.Log1p:
                    if (u.Kind == ExprKind.Exp)
                    {
                        return Function(ExprKind.Softplus, u.Args[0]);
                    }

                    break;
                case ExprKind.Abs:
                    if (IsNonNegative(u))
                    {
                        return u;
                    }

                    if (u.Kind == ExprKind.Mul && u.Args[0].IsConstant)
                    {
                        // |k u| = |k| |u|, exactly.
                        (Number k, Expr rest) = SplitCoefficient(u);
                        return Scale(k.IsNegative ? -k : k, Function(ExprKind.Abs, rest));
                    }

                    break;
            }

            return Intern(kind, new[] { u });
        }
    }
}
