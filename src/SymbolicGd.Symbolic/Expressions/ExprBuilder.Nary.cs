using System;
using System.Collections.Generic;
using System.Numerics;

namespace SymbolicGd.Symbolic
{
    // The n-ary functions (log-sum-exp and the Euclidean norm), the rewrites that lead to them,
    // and the facts about signs that the power rules rely on.
    internal sealed partial class ExprBuilder
    {
        /// <summary>
        /// log(exp(a1) + ... + exp(an)): one argument is itself; nested ones merge (the function is
        /// associative in that sense); all-constant ones fold; arguments in canonical order.
        /// </summary>
        public Expr LogSumExp(IReadOnlyList<Expr> args)
        {
            var flat = new List<Expr>(args.Count);
            bool constant = true;
            foreach (Expr arg in args)
            {
                if (arg.Kind == ExprKind.LogSumExp)
                {
                    flat.AddRange(arg.Args);
                }
                else
                {
                    flat.Add(arg);
                }
            }

            foreach (Expr arg in flat)
            {
                constant &= arg.IsConstant;
            }

            if (flat.Count == 0)
            {
                throw new ArgumentException("logsumexp needs at least one argument", nameof(args));
            }

            if (flat.Count == 1)
            {
                return flat[0];
            }

            if (constant)
            {
                return Constant(Number.FromDouble(MathFunctions.LogSumExp(Values(flat))));
            }

            SortCanonically(flat);
            return Intern(ExprKind.LogSumExp, flat.ToArray());
        }

        /// <summary>
        /// sqrt(a1^2 + ... + an^2): zero constants drop out, one argument is abs(a1), nested norms
        /// merge, all-constant ones fold; arguments in canonical order.
        /// </summary>
        public Expr Hypot(IReadOnlyList<Expr> args)
        {
            var flat = new List<Expr>(args.Count);
            bool constant = true;
            foreach (Expr arg in args)
            {
                if (arg.Kind == ExprKind.Hypot)
                {
                    flat.AddRange(arg.Args);
                }
                else if (!(arg.IsConstant && arg.Constant.IsZero))
                {
                    flat.Add(arg);
                }
            }

            foreach (Expr arg in flat)
            {
                constant &= arg.IsConstant;
            }

            if (flat.Count == 0)
            {
                return Zero;
            }

            if (flat.Count == 1)
            {
                return Function(ExprKind.Abs, flat[0]);
            }

            if (constant)
            {
                return Constant(Number.FromDouble(MathFunctions.Hypot(Values(flat), 0, flat.Count)));
            }

            SortCanonically(flat);
            return Intern(ExprKind.Hypot, flat.ToArray());
        }

        /// <summary>A node of <paramref name="kind"/> over new children (a function, log-sum-exp or norm), simplified as when first built.</summary>
        public Expr Rebuild(ExprKind kind, IReadOnlyList<Expr> children)
        {
            switch (kind)
            {
                case ExprKind.LogSumExp:
                    return LogSumExp(children);
                case ExprKind.Hypot:
                    return Hypot(children);
                case ExprKind.Sum:
                    return Sum(children[0]);
                default:
                    return Function(kind, children[0]);
            }
        }

        /// <summary>
        /// True when <paramref name="e"/> is never negative wherever it is a number (it may be NaN):
        /// abs, norms, exp, cosh, sigmoid, softplus, even powers, roots and other non-integer
        /// powers (Math.Pow is NaN for a negative base), non-negative constants, and sums and
        /// positive multiples and products of these. A bounded look down the DAG.
        /// </summary>
        internal static bool IsNonNegative(Expr e, int depth = 4)
        {
            switch (e.Kind)
            {
                case ExprKind.Constant:
                    return e.Constant.Value >= 0.0;
                case ExprKind.Abs:
                case ExprKind.Hypot:
                case ExprKind.Exp:
                case ExprKind.Cosh:
                case ExprKind.Sigmoid:
                case ExprKind.Softplus:
                    return true;
                case ExprKind.Pow:
                    {
                        Expr exponent = e.Args[1];
                        if (exponent.IsConstant && !IsOddInteger(exponent.Constant))
                        {
                            return true;
                        }

                        return depth > 0 && IsNonNegative(e.Args[0], depth - 1);
                    }

                case ExprKind.Add:
                case ExprKind.Mul:
                    if (depth == 0)
                    {
                        return false;
                    }

                    foreach (Expr child in e.Args)
                    {
                        if (!IsNonNegative(child, depth - 1))
                        {
                            return false;
                        }
                    }

                    return true;
                default:
                    return false;
            }
        }

        private static bool IsOddInteger(Number n) => n.IsInteger && (n.Numerator & 1) != 0;

        private static bool IsEvenInteger(Number n) => n.IsInteger && (n.Numerator & 1) == 0;

        /// <summary>
        /// b^c for a constant non-zero, non-one c where b's sign is known, or null: (u^2)^(k/2) is
        /// u^k for even k and |u|^k otherwise, |u|^(2m) is u^(2m), a norm squared is the sum of
        /// squares, a sum of squares to a non-integer power is a power of their norm, and a positive
        /// multiple of non-negative factors distributes the power over them.
        /// </summary>
        private Expr? PowerOfKnownSign(Expr b, Number c)
        {
            switch (b.Kind)
            {
                case ExprKind.Pow when b.Args[1].IsConstant:
                    {
                        Expr u = b.Args[0];
                        Number a = b.Args[1].Constant;
                        Number p = a * c;
                        if (IsEvenInteger(a) && !c.IsInteger)
                        {
                            // (u^2)^1.5 = |u|^3, (u^2)^0.5 = |u|, (u^4)^0.5 = u^2.
                            return IsEvenInteger(p) ? Power(u, Constant(p)) : Power(Function(ExprKind.Abs, u), Constant(p));
                        }

                        return IsNonNegative(u) ? Power(u, Constant(p)) : null;
                    }

                case ExprKind.Abs when IsEvenInteger(c):
                    return Power(b.Args[0], Constant(c));
                case ExprKind.Hypot when IsEvenInteger(c):
                    {
                        var squares = new Expr[b.Args.Length];
                        for (int i = 0; i < squares.Length; i++)
                        {
                            squares[i] = Power(b.Args[i], Constant(2));
                        }

                        return Power(Add(squares), Constant(c * Number.Half));
                    }

                case ExprKind.Add when !c.IsInteger:
                    {
                        List<Expr>? roots = SquareRoots(b);
                        return roots == null ? null : Power(Hypot(roots), Constant(c + c));
                    }

                case ExprKind.Mul when !c.IsInteger:
                    {
                        (Number k, Expr rest) = SplitCoefficient(b);
                        if (k.IsNegative || k.IsZero || !IsNonNegative(rest))
                        {
                            return null;
                        }

                        Expr[] factors = rest.Kind == ExprKind.Mul ? rest.Args : new[] { rest };
                        var powers = new Expr[factors.Length + 1];
                        powers[0] = Constant(Number.Power(k, c));
                        for (int i = 0; i < factors.Length; i++)
                        {
                            powers[i + 1] = Power(factors[i], Constant(c));
                        }

                        return Multiply(powers);
                    }

                default:
                    return null;
            }
        }

        // For a sum of squares w1^2 + ... + wn^2 (each term a perfect-square coefficient times even
        // powers, no constant term: a constant keeps the sum away from 0 and from underflow, so
        // sqrt(1 + x^2) stays as written), the roots w1, ..., wn; else null.
        private List<Expr>? SquareRoots(Expr sum)
        {
            var roots = new List<Expr>(sum.Args.Length);
            foreach (Expr term in sum.Args)
            {
                (Number k, Expr rest) = SplitCoefficient(term);
                Number? root = ExactSquareRoot(k);
                if (term.IsConstant || root == null)
                {
                    return null;
                }

                Expr[] factors = rest.Kind == ExprKind.Mul ? rest.Args : new[] { rest };
                var parts = new Expr[factors.Length + 1];
                parts[0] = Constant(root.Value);
                for (int i = 0; i < factors.Length; i++)
                {
                    Expr f = factors[i];
                    if (f.Kind != ExprKind.Pow || !f.Args[1].IsConstant || !IsEvenInteger(f.Args[1].Constant))
                    {
                        return null;
                    }

                    parts[i + 1] = Power(f.Args[0], Constant(f.Args[1].Constant * Number.Half));
                }

                roots.Add(Multiply(parts));
            }

            return roots;
        }

        // sqrt(p/q) when p > 0 and q are perfect squares (4, 9/4, 1e-8), else null.
        private static Number? ExactSquareRoot(Number k)
        {
            if (!k.IsExact || k.Numerator <= 0)
            {
                return null;
            }

            long p = IntegerSquareRoot(k.Numerator), q = IntegerSquareRoot(k.Denominator);
            return p * p == k.Numerator && q * q == k.Denominator ? Number.FromRational(new BigInteger(p), new BigInteger(q)) : (Number?)null;
        }

        private static long IntegerSquareRoot(long n)
        {
            long r = (long)Math.Sqrt(n);
            while (r * r > n)
            {
                r--;
            }

            while ((r + 1) * (r + 1) <= n)
            {
                r++;
            }

            return r;
        }

        /// <summary>log(c + exp(a1) + ... + exp(an)) for n &gt;= 2 and an optional constant c &gt; 0 as logsumexp(log c, a1, ..., an); else null.</summary>
        private Expr? LogOfSumOfExps(Expr sum)
        {
            var args = new List<Expr>(sum.Args.Length);
            int exps = 0;
            foreach (Expr term in sum.Args)
            {
                if (term.Kind == ExprKind.Exp)
                {
                    args.Add(term.Args[0]);
                    exps++;
                }
                else if (term.IsConstant && term.Constant.Value > 0.0)
                {
                    args.Add(term.Constant.IsOne ? Zero : Constant(Number.FromDouble(Math.Log(term.Constant.Value))));
                }
                else
                {
                    return null;
                }
            }

            return exps >= 2 ? LogSumExp(args) : null;
        }

        private static double[] Values(List<Expr> constants)
        {
            var values = new double[constants.Count];
            for (int i = 0; i < values.Length; i++)
            {
                values[i] = constants[i].Constant.Value;
            }

            return values;
        }
    }
}
