using System.Collections.Generic;

namespace SymbolicGd.Symbolic
{
    internal sealed partial class ExprBuilder
    {
        private Expr MulCore(IReadOnlyList<Expr> factors, bool flatten)
        {
            Number coefficient = Number.One;
            var exponents = new Dictionary<Expr, Number>();
            var order = new List<Expr>();
            var pending = new Stack<Expr>();
            HashSet<Expr>? normPowers = null;
            for (int i = factors.Count - 1; i >= 0; i--)
            {
                pending.Push(factors[i]);
            }

            while (pending.Count > 0)
            {
                Expr factor = pending.Pop();
                if (factor.IsConstant)
                {
                    coefficient *= factor.Constant;
                    continue;
                }

                if (factor.Kind == ExprKind.Mul)
                {
                    if (flatten)
                    {
                        for (int i = factor.Args.Length - 1; i >= 0; i--)
                        {
                            pending.Push(factor.Args[i]);
                        }

                        continue;
                    }

                    (Number k, Expr rest) = SplitCoefficient(factor);
                    coefficient *= k;
                    factor = rest;
                }

                // Like factors: group by base, adding constant exponents.
                Expr @base = factor;
                Number exponent = Number.One;
                if (factor.Kind == ExprKind.Pow && factor.Args[1].IsConstant)
                {
                    @base = factor.Args[0];
                    exponent = factor.Args[1].Constant;
                    if (@base.Kind == ExprKind.Hypot && IsEvenInteger(exponent))
                    {
                        // A derivative's even power of a norm (DerivativePower) stays one.
                        (normPowers ??= new HashSet<Expr>()).Add(@base);
                    }
                }

                if (exponents.TryGetValue(@base, out Number sum))
                {
                    exponents[@base] = sum + exponent;
                }
                else
                {
                    exponents.Add(@base, exponent);
                    order.Add(@base);
                }
            }

            if (coefficient.IsZero)
            {
                return Zero;
            }

            FoldSignsAndAbsoluteValues(exponents, order);
            SortCanonically(order);
            var children = new List<Expr>(order.Count + 1);
            foreach (Expr @base in order)
            {
                Number exponent = exponents[@base];
                if (exponent.IsZero)
                {
                    continue;
                }

                Expr power = normPowers != null && normPowers.Contains(@base) && IsEvenInteger(exponent) && exponent.Value > 0
                    ? Intern(ExprKind.Pow, new[] { @base, Constant(exponent) })
                    : Power(@base, Constant(exponent));
                if (power.IsConstant)
                {
                    coefficient *= power.Constant;
                }
                else if (power.Kind == ExprKind.Mul && power.Args[0].IsConstant)
                {
                    (Number k, Expr rest) = SplitCoefficient(power);
                    coefficient *= k;
                    children.Add(rest);
                }
                else
                {
                    children.Add(power);
                }
            }

            if (coefficient.IsZero)
            {
                return Zero;
            }

            if (children.Count == 0)
            {
                return Constant(coefficient);
            }

            if (children.Count == 1)
            {
                return Scale(coefficient, children[0]);
            }

            SortCanonically(children);
            if (!coefficient.IsOne)
            {
                children.Insert(0, Constant(coefficient));
            }

            return Intern(ExprKind.Mul, children.ToArray());
        }

        // sign(u) * u^k = |u| * u^(k-1) for an integer k >= 1 (exactly, also at 0 and NaN), and
        // |u|^(2m) = u^(2m): the derivative of |u|^3 is 3 u |u|, not 3 u^2 sign(u).
        private void FoldSignsAndAbsoluteValues(Dictionary<Expr, Number> exponents, List<Expr> order)
        {
            int count = order.Count;
            for (int i = 0; i < count; i++)
            {
                Expr sign = order[i];
                if (sign.Kind != ExprKind.Sign || !exponents[sign].IsOne)
                {
                    continue;
                }

                Expr u = sign.Args[0];
                if (exponents.TryGetValue(u, out Number k) && k.IsInteger && k.Numerator >= 1)
                {
                    exponents[sign] = Number.Zero;
                    exponents[u] = k - Number.One;
                    AddExponent(exponents, order, Function(ExprKind.Abs, u), Number.One);
                }
            }

            for (int i = 0; i < order.Count; i++)
            {
                Expr abs = order[i];
                Number e = exponents[abs];
                if (abs.Kind == ExprKind.Abs && e.IsInteger && !e.IsZero && (e.Numerator & 1) == 0)
                {
                    exponents[abs] = Number.Zero;
                    AddExponent(exponents, order, abs.Args[0], e);
                }
            }
        }

        private static void AddExponent(Dictionary<Expr, Number> exponents, List<Expr> order, Expr factor, Number exponent)
        {
            Expr @base = factor;
            if (factor.Kind == ExprKind.Pow && factor.Args[1].IsConstant)
            {
                @base = factor.Args[0];
                exponent *= factor.Args[1].Constant;
            }

            if (exponents.TryGetValue(@base, out Number sum))
            {
                exponents[@base] = sum + exponent;
            }
            else
            {
                exponents.Add(@base, exponent);
                order.Add(@base);
            }
        }
    }
}
