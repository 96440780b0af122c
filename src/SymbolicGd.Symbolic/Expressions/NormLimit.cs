using System.Collections.Generic;

namespace SymbolicGd.Symbolic
{
    /// <summary>
    /// Finds the products whose value at the zero of a norm is 0/0 in floating point but whose
    /// limit there is 0, so the emitted code can give the limit: (r == 0 ? 0 : product).
    /// <para>
    /// The rule is an order count. Near the zero of the norm r = hypot(a1, ..., an), each factor is
    /// bounded by C r^d: an argument ai (and ai over a constant) with d = 1 (|ai| &lt;= r), the
    /// norm itself and its powers r^p with d = p (exactly, so also for p &lt; 0), a function
    /// continuous and finite everywhere (exp, sin, abs, sign, a polynomial in the variables, ...)
    /// with d = 0; a product adds the orders, a sum takes the least, a positive power multiplies
    /// it. A product with order d &gt; 0 that divides by the norm tends to 0 as r -&gt; 0, whatever
    /// the direction: x*x/r (d = 1) and r^2*(1/r - x^2/r^3) (d = 1) do; x/r (d = 0, the gradient
    /// of the cone, which has no limit) and x*x/r^2/r (d = -1, an infinite curvature) do not,
    /// and stay NaN. Anything not covered (a log, a division by something else, a second norm)
    /// makes the order unknown, and the product is left as it is.
    /// </para>
    /// </summary>
    internal sealed class NormLimit
    {
        // The norm whose negative powers a node holds (through sums, products and powers), None
        // for none, Conflict for several norms.
        private static readonly Expr None = new Expr(ExprKind.Constant, null, Number.Zero, -1, null);
        private static readonly Expr Conflict = new Expr(ExprKind.Constant, null, Number.One, -1, null);

        private readonly Dictionary<Expr, Expr> _divisors = new Dictionary<Expr, Expr>();
        private readonly Dictionary<Expr, bool> _regular = new Dictionary<Expr, bool>();
        private readonly Dictionary<(Expr, Expr), (double Order, bool Exact)?> _orders = new Dictionary<(Expr, Expr), (double Order, bool Exact)?>();

        // Deeper than this the search gives up (no limit is claimed): it recurses, and products
        // that divide by a norm are shallow.
        private const int MaxDepth = 48;

        /// <summary>
        /// The norm at whose zero the product <paramref name="product"/> is 0/0 but tends to 0, or
        /// null when it is not such a product (no division by a norm, or no proof of the limit).
        /// </summary>
        public Expr? VanishingNorm(Expr product)
        {
            if (product.Kind != ExprKind.Mul)
            {
                return null;
            }

            Expr norm = Divisor(product, 0);
            if (ReferenceEquals(norm, None) || ReferenceEquals(norm, Conflict))
            {
                return null;
            }

            (double Order, bool Exact)? o = Order(product, norm, 0);
            return o != null && o.Value.Order > 0 ? norm : null;
        }

        private Expr Divisor(Expr e, int depth)
        {
            if (_divisors.TryGetValue(e, out Expr? known))
            {
                return known;
            }

            if (depth > MaxDepth)
            {
                return Conflict;
            }

            Expr result = None;
            if (e.Kind == ExprKind.Pow && e.Args[0].Kind == ExprKind.Hypot && e.Args[1].IsConstant && e.Args[1].Constant.IsNegative)
            {
                result = e.Args[0];
            }
            else if (e.Kind == ExprKind.Mul || e.Kind == ExprKind.Add || e.Kind == ExprKind.Pow)
            {
                foreach (Expr child in e.Args)
                {
                    Expr d = Divisor(child, depth + 1);
                    if (ReferenceEquals(d, None))
                    {
                        continue;
                    }

                    if (ReferenceEquals(result, None))
                    {
                        result = d;
                    }
                    else if (!ReferenceEquals(result, d))
                    {
                        result = Conflict;
                        break;
                    }
                }
            }

            _divisors[e] = result;
            return result;
        }

        // d with |e| <= C r^d near r = 0, and whether also |e| >= c r^d (e > 0 and of exactly that
        // order, which a negative power needs); null when no such bound is known.
        private (double Order, bool Exact)? Order(Expr e, Expr norm, int depth)
        {
            if (_orders.TryGetValue((e, norm), out (double Order, bool Exact)? known))
            {
                return known;
            }

            (double Order, bool Exact)? result = depth > MaxDepth ? null : OrderOf(e, norm, depth);
            _orders[(e, norm)] = result;
            return result;
        }

        private (double Order, bool Exact)? OrderOf(Expr e, Expr norm, int depth)
        {
            if (ReferenceEquals(e, norm))
            {
                return (1, true);
            }

            if (e.IsConstant)
            {
                return (0, e.Constant.Value > 0);
            }

            if (IsArgument(e, norm))
            {
                return (1, false);
            }

            switch (e.Kind)
            {
                case ExprKind.Mul:
                    {
                        double order = 0;
                        bool exact = true;
                        foreach (Expr f in e.Args)
                        {
                            (double Order, bool Exact)? o = Order(f, norm, depth + 1);
                            if (o == null)
                            {
                                return null;
                            }

                            order += o.Value.Order;
                            exact &= o.Value.Exact;
                        }

                        return (order, exact);
                    }

                case ExprKind.Add:
                    {
                        double order = double.PositiveInfinity;
                        foreach (Expr t in e.Args)
                        {
                            (double Order, bool Exact)? o = Order(t, norm, depth + 1);
                            if (o == null)
                            {
                                return null;
                            }

                            order = System.Math.Min(order, o.Value.Order);
                        }

                        return (order, false);
                    }

                case ExprKind.Pow when e.Args[1].IsConstant:
                    {
                        Number c = e.Args[1].Constant;
                        (double Order, bool Exact)? o = Order(e.Args[0], norm, depth + 1);
                        if (o == null)
                        {
                            return null;
                        }

                        // A negative power needs a lower bound of its base; a fractional one a
                        // base that is never negative (else it is NaN beside the zero).
                        bool nonNegative = o.Value.Exact || ExprBuilder.IsNonNegative(e.Args[0]);
                        if ((c.IsNegative && !o.Value.Exact) || (!c.IsInteger && !nonNegative))
                        {
                            return null;
                        }

                        return (c.Value * o.Value.Order, o.Value.Exact);
                    }

                default:
                    return IsRegular(e, depth) ? (0, false) : ((double, bool)?)null;
            }
        }

        // An argument of the norm, or one over a constant (x for the argument 2*x): |e| <= C r.
        private static bool IsArgument(Expr e, Expr norm)
        {
            foreach (Expr a in norm.Args)
            {
                if (ReferenceEquals(a, e) || (a.Kind == ExprKind.Mul && a.Args.Length == 2 && a.Args[0].IsConstant && ReferenceEquals(a.Args[1], e)))
                {
                    return true;
                }
            }

            return false;
        }

        // Continuous and finite everywhere, so bounded near any point: built from variables,
        // data, constants, sums, products, positive powers (integer, or of a base never negative)
        // and functions defined on all reals with no pole.
        private bool IsRegular(Expr e, int depth)
        {
            if (_regular.TryGetValue(e, out bool known))
            {
                return known;
            }

            if (depth > MaxDepth)
            {
                return false;
            }

            bool result;
            switch (e.Kind)
            {
                case ExprKind.Constant:
                    result = !double.IsInfinity(e.Constant.Value) && !double.IsNaN(e.Constant.Value);
                    break;
                case ExprKind.Parameter:
                case ExprKind.Column:
                case ExprKind.Fixed:
                case ExprKind.SampleCount:
                    result = true;
                    break;
                case ExprKind.Pow:
                    {
                        Expr exponent = e.Args[1];
                        result = exponent.IsConstant && !exponent.Constant.IsNegative
                            && (exponent.Constant.IsInteger || ExprBuilder.IsNonNegative(e.Args[0]))
                            && IsRegular(e.Args[0], depth + 1);
                        break;
                    }

                case ExprKind.Add:
                case ExprKind.Mul:
                case ExprKind.Sum:
                case ExprKind.Exp:
                case ExprKind.Sin:
                case ExprKind.Cos:
                case ExprKind.Atan:
                case ExprKind.Sinh:
                case ExprKind.Cosh:
                case ExprKind.Tanh:
                case ExprKind.Abs:
                case ExprKind.Sign:
                case ExprKind.Sigmoid:
                case ExprKind.Softplus:
                case ExprKind.LogSumExp:
                case ExprKind.Hypot:
                    result = true;
                    foreach (Expr child in e.Args)
                    {
                        if (!IsRegular(child, depth + 1))
                        {
                            result = false;
                            break;
                        }
                    }

                    break;
                default:
                    result = false;
                    break;
            }

            _regular[e] = result;
            return result;
        }
    }
}
