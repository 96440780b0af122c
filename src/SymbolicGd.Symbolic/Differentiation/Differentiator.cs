using System.Collections.Generic;

namespace SymbolicGd.Symbolic
{
    /// <summary>
    /// Exact derivatives over the DAG. The gradient is reverse mode: one sweep in reverse
    /// topological order accumulates each node's adjoint from its parents, so the gradient costs
    /// a small constant times the value (Baur-Strassen). The Hessian is forward over reverse: the
    /// gradient DAG is differentiated in direction e_j, once per parameter, and only the upper
    /// triangle (i &lt;= j) is kept. Both sweeps are loops over a sorted node list, never recursion.
    /// </summary>
    internal static class Differentiator
    {
        public static Expr[] Gradient(ExprBuilder b, Expr root)
        {
            int n = b.ParameterNames.Count;
            var gradient = new Expr[n];
            for (int i = 0; i < n; i++)
            {
                gradient[i] = b.Zero;
            }

            List<Expr> nodes = Topology.Sorted(new[] { root });
            var contributions = new Dictionary<Expr, List<Expr>> { [root] = new List<Expr> { b.One } };

            // d/dtheta sum(f) = sum(df/dtheta): a sum's adjoint A adds A * sum(df/dtheta_i) to
            // gradient entry i, with df/dtheta from a sweep of its own over the per-sample body.
            // The outer sweep does not enter bodies; a node shared by a body and the outside gets
            // each side's share from its own sweep.
            List<Expr>[]? throughSums = null;
            for (int k = nodes.Count - 1; k >= 0; k--)
            {
                Expr node = nodes[k];
                if (!contributions.TryGetValue(node, out List<Expr>? list))
                {
                    continue;
                }

                if ((k & 255) == 0)
                {
                    b.CancellationToken.ThrowIfCancellationRequested();
                }

                contributions.Remove(node);
                Expr adjoint = list.Count == 1 ? list[0] : b.Add(list);
                if (adjoint.IsConstant && adjoint.Constant.IsZero)
                {
                    continue;
                }

                if (node.Kind == ExprKind.Parameter)
                {
                    gradient[node.ParameterIndex] = adjoint;
                    continue;
                }

                if (node.Kind == ExprKind.Sum)
                {
                    if (node.DependsOnVariables)
                    {
                        Expr[] inner = Gradient(b, node.Args[0]);
                        throughSums ??= new List<Expr>[n];
                        for (int i = 0; i < n; i++)
                        {
                            if (!(inner[i].IsConstant && inner[i].Constant.IsZero))
                            {
                                (throughSums[i] ??= new List<Expr>()).Add(b.Multiply(adjoint, b.Sum(inner[i])));
                            }
                        }
                    }

                    continue;
                }

                Propagate(b, node, adjoint, contributions);
            }

            for (int i = 0; throughSums != null && i < n; i++)
            {
                if (throughSums[i] != null)
                {
                    throughSums[i].Insert(0, gradient[i]);
                    gradient[i] = b.Add(throughSums[i]);
                }
            }

            return gradient;
        }

        /// <summary>Upper triangle of the Hessian: result[i][j - i] = d2f / dx_i dx_j for j >= i.</summary>
        public static Expr[][] Hessian(ExprBuilder b, IReadOnlyList<Expr> gradient)
        {
            int n = gradient.Count;
            var upper = new Expr[n][];
            for (int i = 0; i < n; i++)
            {
                upper[i] = new Expr[n - i];
            }

            List<Expr> nodes = Topology.Sorted(gradient);
            var tangents = new Dictionary<Expr, Expr>();
            for (int j = 0; j < n; j++)
            {
                tangents.Clear();
                for (int k = 0; k < nodes.Count; k++)
                {
                    if ((k & 255) == 0)
                    {
                        b.CancellationToken.ThrowIfCancellationRequested();
                    }

                    Expr? tangent = Tangent(b, nodes[k], j, tangents);
                    if (tangent != null && !(tangent.IsConstant && tangent.Constant.IsZero))
                    {
                        tangents[nodes[k]] = tangent;
                    }
                }

                for (int i = 0; i <= j; i++)
                {
                    upper[i][j - i] = tangents.TryGetValue(gradient[i], out Expr? h) ? h : b.Zero;
                }
            }

            return upper;
        }

        private static void Contribute(Dictionary<Expr, List<Expr>> contributions, Expr child, Expr value)
        {
            if (child.IsConstant || (value.IsConstant && value.Constant.IsZero))
            {
                return;
            }

            if (!contributions.TryGetValue(child, out List<Expr>? list))
            {
                list = new List<Expr>(2);
                contributions.Add(child, list);
            }

            list.Add(value);
        }

        private static void Propagate(ExprBuilder b, Expr node, Expr adjoint, Dictionary<Expr, List<Expr>> contributions)
        {
            Expr[] args = node.Args;
            switch (node.Kind)
            {
                case ExprKind.Constant:
                case ExprKind.Column:
                case ExprKind.Fixed:
                case ExprKind.SampleCount:
                    return;
                case ExprKind.Add:
                    foreach (Expr child in args)
                    {
                        Contribute(contributions, child, adjoint);
                    }

                    return;
                case ExprKind.Mul:
                    PropagateProduct(b, node, adjoint, contributions);
                    return;
                case ExprKind.Pow:
                    {
                        Expr u = args[0], v = args[1];
                        if (v.IsConstant)
                        {
                            // d u^c = c u^(c-1) du
                            Number c = v.Constant;
                            Contribute(contributions, u, b.Multiply(new[] { b.Constant(c), adjoint, b.DerivativePower(u, c) }));
                            return;
                        }

                        // d u^v = u^v (v du/u + log(u) dv), reusing the node u^v.
                        Contribute(contributions, u, b.Multiply(new[] { adjoint, v, node, b.Power(u, b.Constant(Number.MinusOne)) }));
                        Contribute(contributions, v, b.Multiply(new[] { adjoint, node, b.Function(ExprKind.Log, u) }));
                        return;
                    }

                case ExprKind.LogSumExp:
                case ExprKind.Hypot:
                    for (int i = 0; i < args.Length; i++)
                    {
                        Contribute(contributions, args[i], b.Multiply(adjoint, LocalDerivatives.Partial(b, node, i)));
                    }

                    return;
                default:
                    {
                        Expr? derivative = LocalDerivatives.Of(b, node);
                        if (derivative != null)
                        {
                            Contribute(contributions, args[0], b.Multiply(adjoint, derivative));
                        }

                        return;
                    }
            }
        }

        // Product rule for c * f1 * ... * fm. For m >= 3 the partial products are shared:
        // q_i = adj*c*f1*...*f(i-1) runs forward, s_i = fi*...*fm runs backward, and
        // d/dfi = q_i * s_(i+1), about 3m multiplications instead of m^2.
        //
        // A factor u^c with constant c < 0 (a division) is differentiated through the product
        // itself: d/du (P u^c) = c * (P u^c) / u reuses the quotient, as in Baur-Strassen's
        // reverse rule for division, instead of forming u^(c-1). Dividing by u is safe there,
        // because where u = 0 the product is already infinite or NaN.
        private static void PropagateProduct(ExprBuilder b, Expr node, Expr adjoint, Dictionary<Expr, List<Expr>> contributions)
        {
            Expr[] args = node.Args;
            int first = args[0].IsConstant ? 1 : 0;
            bool[]? handled = null;
            for (int i = first; i < args.Length; i++)
            {
                Expr f = args[i];
                if (f.Kind == ExprKind.Pow && f.Args[1].IsConstant && f.Args[1].Constant.IsNegative && !f.Args[0].IsConstant)
                {
                    Expr u = f.Args[0];
                    Contribute(contributions, u, b.Multiply(new[] { f.Args[1], adjoint, node, b.Power(u, b.Constant(Number.MinusOne)) }));
                    (handled ??= new bool[args.Length])[i] = true;
                }
            }

            bool Wanted(int i) => handled == null || !handled[i];
            Expr scaled = first == 1 ? b.Multiply(args[0], adjoint) : adjoint;
            int m = args.Length - first;
            if (m == 1)
            {
                if (Wanted(first))
                {
                    Contribute(contributions, args[first], scaled);
                }

                return;
            }

            if (m == 2)
            {
                if (Wanted(first))
                {
                    Contribute(contributions, args[first], b.Multiply(scaled, args[first + 1]));
                }

                if (Wanted(first + 1))
                {
                    Contribute(contributions, args[first + 1], b.Multiply(scaled, args[first]));
                }

                return;
            }

            var suffix = new Expr[m + 1];
            suffix[m] = b.One;
            suffix[m - 1] = args[first + m - 1];
            for (int i = m - 2; i >= 1; i--)
            {
                suffix[i] = b.Multiply(args[first + i], suffix[i + 1]);
            }

            Expr prefix = scaled;
            for (int i = 0; i < m; i++)
            {
                if (Wanted(first + i))
                {
                    Contribute(contributions, args[first + i], b.Multiply(prefix, suffix[i + 1]));
                }

                if (i < m - 1)
                {
                    prefix = b.Multiply(prefix, args[first + i]);
                }
            }
        }

        // P * r^p * t, where t (a sum of terms, or one product) divides by the same norm r: the
        // product is spread over t's terms and each term's factors join the product's, so the
        // powers of r cancel before they are computed. 3 r^2 (1/r - (x/r)^2/r), the curvature of
        // r^3, becomes 3 r - 3 r (x/r)^2: beside the norm's zero (x = y = 1e-200) r^2 underflows
        // to 0 where r does not. Quotients such as x/r stay whole (bounded by 1). Null when the
        // shape does not apply.
        private static Expr? NormCancelling(ExprBuilder b, Expr[] factors, int tangentIndex)
        {
            Expr t = factors[tangentIndex];
            if (t.Kind != ExprKind.Add && t.Kind != ExprKind.Mul)
            {
                return null;
            }

            Expr? norm = null;
            for (int k = 0; k < factors.Length && norm == null; k++)
            {
                Expr f = factors[k];
                if (k != tangentIndex)
                {
                    norm = f.Kind == ExprKind.Hypot ? f
                        : f.Kind == ExprKind.Pow && f.Args[0].Kind == ExprKind.Hypot && f.Args[1].IsConstant && f.Args[1].Constant.Value > 0 ? f.Args[0]
                        : null;
                }
            }

            if (norm == null)
            {
                return null;
            }

            Expr[] parts = t.Kind == ExprKind.Add ? t.Args : new[] { t };
            foreach (Expr part in parts)
            {
                if (!DividesBy(part, norm))
                {
                    return null;
                }
            }

            var products = new List<Expr>(parts.Length);
            foreach (Expr part in parts)
            {
                var spliced = new List<Expr>(factors.Length + 4);
                for (int k = 0; k < factors.Length; k++)
                {
                    if (k != tangentIndex)
                    {
                        spliced.Add(factors[k]);
                    }
                }

                if (part.Kind == ExprKind.Mul)
                {
                    spliced.AddRange(part.Args);
                }
                else
                {
                    spliced.Add(part);
                }

                products.Add(b.Multiply(spliced));
            }

            return products.Count == 1 ? products[0] : b.Add(products);
        }

        // norm^c with c < 0, alone or as a factor of a product.
        private static bool DividesBy(Expr e, Expr norm)
        {
            static bool IsDivision(Expr f, Expr norm) =>
                f.Kind == ExprKind.Pow && ReferenceEquals(f.Args[0], norm) && f.Args[1].IsConstant && f.Args[1].Constant.IsNegative;
            if (IsDivision(e, norm))
            {
                return true;
            }

            if (e.Kind == ExprKind.Mul)
            {
                foreach (Expr f in e.Args)
                {
                    if (IsDivision(f, norm))
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        private static Expr? Tangent(ExprBuilder b, Expr node, int direction, Dictionary<Expr, Expr> tangents)
        {
            Expr[] args = node.Args;
            switch (node.Kind)
            {
                case ExprKind.Constant:
                    return null;
                case ExprKind.Parameter:
                    return node.ParameterIndex == direction ? b.One : null;
                case ExprKind.Column:
                case ExprKind.Fixed:
                case ExprKind.SampleCount:
                    return null;
                case ExprKind.Sum:
                    // Linear: the tangent of a sum is the sum of its body's tangent.
                    return tangents.TryGetValue(args[0], out Expr? inside) ? b.Sum(inside) : null;
                case ExprKind.Add:
                    {
                        List<Expr>? terms = null;
                        foreach (Expr child in args)
                        {
                            if (tangents.TryGetValue(child, out Expr? t))
                            {
                                (terms ??= new List<Expr>()).Add(t);
                            }
                        }

                        return terms == null ? null : terms.Count == 1 ? terms[0] : b.Add(terms);
                    }

                case ExprKind.Mul:
                    {
                        List<Expr>? terms = null;
                        for (int i = 0; i < args.Length; i++)
                        {
                            if (!tangents.TryGetValue(args[i], out Expr? t))
                            {
                                continue;
                            }

                            Expr f = args[i];
                            if (f.Kind == ExprKind.Pow && f.Args[1].IsConstant && f.Args[1].Constant.IsNegative && tangents.TryGetValue(f.Args[0], out Expr? tu))
                            {
                                // As in the reverse sweep: d(P u^c) = c (P u^c) du / u reuses the
                                // quotient, and never forms u^(c-1), which under- or overflows
                                // first (x/r^3 for a tiny norm r is 0 * infinity; (x/r)/r is not).
                                (terms ??= new List<Expr>()).Add(b.Multiply(new[] { f.Args[1], node, b.Power(f.Args[0], b.Constant(Number.MinusOne)), tu }));
                                continue;
                            }

                            var factors = new Expr[args.Length];
                            for (int k = 0; k < args.Length; k++)
                            {
                                factors[k] = k == i ? t : args[k];
                            }

                            (terms ??= new List<Expr>()).Add(NormCancelling(b, factors, i) ?? b.Multiply(factors));
                        }

                        return terms == null ? null : terms.Count == 1 ? terms[0] : b.Add(terms);
                    }

                case ExprKind.Pow:
                    {
                        Expr u = args[0], v = args[1];
                        tangents.TryGetValue(u, out Expr? tu);
                        tangents.TryGetValue(v, out Expr? tv);
                        if (v.IsConstant)
                        {
                            Number c = v.Constant;
                            return tu == null ? null : b.Multiply(new[] { b.Constant(c), b.DerivativePower(u, c), tu });
                        }

                        var terms = new List<Expr>(2);
                        if (tu != null)
                        {
                            terms.Add(b.Multiply(new[] { v, node, b.Power(u, b.Constant(Number.MinusOne)), tu }));
                        }

                        if (tv != null)
                        {
                            terms.Add(b.Multiply(new[] { node, b.Function(ExprKind.Log, u), tv }));
                        }

                        return terms.Count == 0 ? null : b.Add(terms);
                    }

                case ExprKind.LogSumExp:
                case ExprKind.Hypot:
                    {
                        List<Expr>? terms = null;
                        for (int i = 0; i < args.Length; i++)
                        {
                            if (tangents.TryGetValue(args[i], out Expr? t))
                            {
                                (terms ??= new List<Expr>()).Add(b.Multiply(LocalDerivatives.Partial(b, node, i), t));
                            }
                        }

                        return terms == null ? null : terms.Count == 1 ? terms[0] : b.Add(terms);
                    }

                default:
                    {
                        if (!tangents.TryGetValue(args[0], out Expr? tu))
                        {
                            return null;
                        }

                        Expr? derivative = LocalDerivatives.Of(b, node);
                        return derivative == null ? null : b.Multiply(derivative, tu);
                    }
            }
        }
    }
}
