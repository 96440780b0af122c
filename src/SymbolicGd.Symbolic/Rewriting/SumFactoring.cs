using System.Collections.Generic;
using System.Numerics;

namespace SymbolicGd.Symbolic
{
    /// <summary>
    /// A pre-emission rewrite that takes common factors out of sums, so that fewer
    /// multiplications are emitted: 2a + 2b = 2(a + b), a*b - a = a*(b - 1), x*a + x*y*b =
    /// x*(a + y*b). Reverse-mode gradients are sums of adjoint products (Beale's dL/dx is
    /// 2 r1 y + 2 r2 y^2 + 2 r3 y^3 - 2 r1 - 2 r2 - 2 r3), which is where it pays.
    /// </summary>
    /// <remarks>
    /// Every step is the distributive law on exact coefficients and integer powers, so no value
    /// changes where the expression is defined (only rounding may differ). It is local and
    /// deterministic: one memoized sweep over the DAG in topological order, each sum factored
    /// greedily (pull out a common coefficient and common factors, then repeatedly group the terms
    /// sharing the most frequent factor, ties to the first seen in canonical term order). Sums of
    /// more than <see cref="MaxGroupedTerms"/> terms only get the common coefficient and factors,
    /// which keeps the cost linear in the DAG size. Nodes whose children did not change are kept,
    /// so sharing between value, gradient and Hessian survives; the emitter keeps the rewritten
    /// program only when it has fewer operations.
    /// </remarks>
    internal static class SumFactoring
    {
        /// <summary>Greedy grouping is quadratic in the terms of one sum; beyond this it is skipped.</summary>
        internal const int MaxGroupedTerms = 24;

        /// <summary>The roots with common factors taken out of every sum they reach, in order.</summary>
        public static Expr[] Rewrite(ExprBuilder b, IReadOnlyList<Expr> roots, bool multiplesFirst)
        {
            List<Expr> nodes = Topology.Sorted(roots);
            var uses = new Dictionary<Expr, int>();
            foreach (Expr root in roots)
            {
                uses[root] = uses.TryGetValue(root, out int u) ? u + 1 : 1;
            }

            foreach (Expr node in nodes)
            {
                foreach (Expr child in node.Args)
                {
                    uses[child] = uses.TryGetValue(child, out int u) ? u + 1 : 1;
                }
            }

            var rewritten = new Dictionary<Expr, Expr>();
            foreach (Expr node in nodes)
            {
                rewritten.Add(node, RewriteNode(b, node, rewritten, multiplesFirst ? uses : null));
            }

            var result = new Expr[roots.Count];
            for (int i = 0; i < result.Length; i++)
            {
                result[i] = rewritten[roots[i]];
            }

            return result;
        }

        private static Expr RewriteNode(ExprBuilder b, Expr node, Dictionary<Expr, Expr> rewritten, Dictionary<Expr, int>? uses)
        {
            Expr[] args = node.Args;
            if (args.Length == 0)
            {
                return node;
            }

            var children = new Expr[args.Length];
            bool changed = false;
            for (int i = 0; i < args.Length; i++)
            {
                children[i] = rewritten[args[i]];
                changed |= !ReferenceEquals(children[i], args[i]);
            }

            switch (node.Kind)
            {
                case ExprKind.Add:
                    {
                        var terms = new List<Term>(children.Length);
                        for (int i = 0; i < children.Length; i++)
                        {
                            // Only a sum used nowhere else opens up (nor k times a shared one), so
                            // no shared node is lost.
                            Expr original = args[i];
                            bool open = uses != null && uses[original] == 1
                                && !(original.Kind == ExprKind.Mul && original.Args.Length == 2 && original.Args[0].IsConstant && uses[original.Args[1]] > 1);
                            AddTerms(terms, children[i], Number.One, open);
                        }

                        // Most sums have nothing to take out: they stay as they are, unrebuilt.
                        if (terms.Count < 2 || (CommonCoefficient(terms).IsOne && !SharesAFactor(terms)))
                        {
                            return changed ? b.Add(children) : node;
                        }

                        return Factor(b, terms, multiplesFirst: uses != null);
                    }

                case ExprKind.Mul:
                    return changed ? b.Multiply(children) : node;
                case ExprKind.Pow:
                    return changed ? b.Power(children[0], children[1]) : node;
                default:
                    return changed ? b.Rebuild(node.Kind, children) : node;
            }
        }

        // A nested sum, or a constant times one, opens into the enclosing sum (one level): the
        // reverse sweep writes -(2 r1 + 2 r2 + 2 r3) next to 2 r1 y, hiding r1*y - r1.
        private static void AddTerms(List<Term> terms, Expr e, Number k, bool open)
        {
            Expr inner = e.Kind == ExprKind.Mul && e.Args.Length == 2 && e.Args[0].IsConstant ? e.Args[1] : e;
            if (open && inner.Kind == ExprKind.Add)
            {
                Number scale = ReferenceEquals(inner, e) ? k : k * e.Args[0].Constant;
                foreach (Expr child in inner.Args)
                {
                    AddTerms(terms, child, scale, open: false);
                }

                return;
            }

            Term term = Term.Of(e);
            term.Coefficient *= k;
            terms.Add(term);
        }

        private static Expr Factor(ExprBuilder b, List<Term> terms, bool multiplesFirst)
        {
            if (terms.Count < 2)
            {
                return Sum(b, terms);
            }

            Number coefficient = CommonCoefficient(terms);
            if (!coefficient.IsOne)
            {
                foreach (Term term in terms)
                {
                    term.Coefficient = Ratio(term.Coefficient, coefficient);
                }
            }

            var factors = new List<Expr> { b.Constant(coefficient) };
            TakeOutCommonFactors(b, terms, factors);
            factors.Add(terms.Count <= MaxGroupedTerms ? Group(b, terms, multiplesFirst) : Sum(b, terms));
            return b.Multiply(factors);
        }

        // Repeatedly: the factor shared by the most terms (at least two) is taken out of them;
        // with multiplesFirst, a term together with its multiples goes first.
        private static Expr Group(ExprBuilder b, List<Term> terms, bool multiplesFirst)
        {
            while (true)
            {
                if (multiplesFirst && GroupMultiples(b, terms) is List<Term> paired)
                {
                    terms = paired;
                    if (terms.Count < 2)
                    {
                        return Sum(b, terms);
                    }

                    continue;
                }

                // Keyed by base and the sign of its exponent: x^2 and x share x, x^-2 and x^-1 share x^-1.
                var counts = new Dictionary<(Expr Base, bool Negative), (int Count, long Exponent, int FirstSeen)>();
                int seen = 0;
                foreach (Term term in terms)
                {
                    foreach (KeyValuePair<Expr, long> f in term.FactorOrder())
                    {
                        var key = (f.Key, f.Value < 0);
                        counts[key] = counts.TryGetValue(key, out var c)
                            ? (c.Count + 1, Common(c.Exponent, f.Value), c.FirstSeen)
                            : (1, f.Value, seen++);
                    }
                }

                Expr? best = null;
                (int Count, long Exponent, int FirstSeen) chosen = default;
                foreach (KeyValuePair<(Expr Base, bool Negative), (int Count, long Exponent, int FirstSeen)> candidate in counts)
                {
                    var c = candidate.Value;
                    if (c.Count >= 2 && (best == null || c.Count > chosen.Count || (c.Count == chosen.Count && c.FirstSeen < chosen.FirstSeen)))
                    {
                        best = candidate.Key.Base;
                        chosen = c;
                    }
                }

                if (best == null)
                {
                    return Sum(b, terms);
                }

                var group = new List<Term>();
                var rest = new List<Term>();
                foreach (Term term in terms)
                {
                    if (term.Factors.TryGetValue(best, out long e) && Common(e, chosen.Exponent) != 0)
                    {
                        term.Divide(best, chosen.Exponent);
                        group.Add(term);
                    }
                    else
                    {
                        rest.Add(term);
                    }
                }

                Expr grouped = b.Multiply(Power(b, best, chosen.Exponent), Factor(b, group, multiplesFirst));
                rest.Add(Term.Of(grouped));
                terms = rest;
                if (terms.Count < 2)
                {
                    return Sum(b, terms);
                }
            }
        }

        /// <summary>
        /// a*b - a = a*(b - 1): the term with the most multiples among the others (at least one;
        /// ties to the first) is taken out of them and itself. The sum left inside often exists
        /// already (Beale's y - 1 in r1*y - r1), or merges with its neighbour ((y - 1)*y - (y - 1)
        /// is (y - 1)^2). Null when no term divides another.
        /// </summary>
        private static List<Term>? GroupMultiples(ExprBuilder b, List<Term> terms)
        {
            int best = -1, bestCount = 0;
            for (int a = 0; a < terms.Count; a++)
            {
                if (terms[a].Factors.Count == 0)
                {
                    continue;
                }

                int count = 0;
                for (int t = 0; t < terms.Count; t++)
                {
                    if (t != a && terms[a].Divides(terms[t]))
                    {
                        count++;
                    }
                }

                if (count > bestCount)
                {
                    best = a;
                    bestCount = count;
                }
            }

            if (best < 0)
            {
                return null;
            }

            Term divisor = terms[best];
            var common = new List<KeyValuePair<Expr, long>>(divisor.FactorOrder());
            var group = new List<Term>();
            var rest = new List<Term>();
            for (int t = 0; t < terms.Count; t++)
            {
                if (t == best || divisor.Divides(terms[t]))
                {
                    group.Add(terms[t]);
                }
                else
                {
                    rest.Add(terms[t]);
                }
            }

            var factors = new List<Expr>(common.Count + 1);
            foreach (KeyValuePair<Expr, long> f in common)
            {
                foreach (Term term in group)
                {
                    term.Divide(f.Key, f.Value);
                }

                factors.Add(Power(b, f.Key, f.Value));
            }

            factors.Add(Factor(b, group, multiplesFirst: true));
            rest.Add(Term.Of(b.Multiply(factors)));
            return rest;
        }

        // A factor of every term (never with a constant term present) leaves the sum once.
        private static void TakeOutCommonFactors(ExprBuilder b, List<Term> terms, List<Expr> factors)
        {
            foreach (Term term in terms)
            {
                if (term.Factors.Count == 0)
                {
                    return;
                }
            }

            foreach (KeyValuePair<Expr, long> f in new List<KeyValuePair<Expr, long>>(terms[0].FactorOrder()))
            {
                long min = f.Value;
                foreach (Term term in terms)
                {
                    min = term.Factors.TryGetValue(f.Key, out long e) ? Common(min, e) : 0;
                    if (min == 0)
                    {
                        break;
                    }
                }

                if (min != 0)
                {
                    foreach (Term term in terms)
                    {
                        term.Divide(f.Key, min);
                    }

                    factors.Add(Power(b, f.Key, min));
                }
            }
        }

        /// <summary>
        /// The positive constant to take out: the gcd of exact coefficients (or their common
        /// magnitude when some are doubles), kept only when it removes at least two
        /// multiplications by a literal net of the one it adds.
        /// </summary>
        private static Number CommonCoefficient(List<Term> terms)
        {
            BigInteger numerators = BigInteger.Zero, denominators = BigInteger.One;
            bool exact = true, hasConstant = false;
            Number? magnitude = null;
            bool sameMagnitude = true;
            int scaled = 0, variable = 0;
            foreach (Term term in terms)
            {
                Number k = term.Coefficient;
                if (term.Factors.Count == 0)
                {
                    if (!k.IsExact)
                    {
                        return Number.One;
                    }

                    hasConstant = true;
                    continue;
                }

                variable++;
                Number abs = k.IsNegative ? -k : k;
                if (!abs.IsOne)
                {
                    scaled++;
                }

                sameMagnitude &= magnitude == null || magnitude.Value.Equals(abs);
                magnitude ??= abs;
                if (k.IsExact)
                {
                    numerators = BigInteger.GreatestCommonDivisor(numerators, new BigInteger(abs.Numerator));
                    BigInteger d = new BigInteger(abs.Denominator);
                    denominators = denominators / BigInteger.GreatestCommonDivisor(denominators, d) * d;
                }
                else
                {
                    exact = false;
                }
            }

            if (variable < 2 || scaled < 2)
            {
                return Number.One;
            }

            Number c = exact ? Number.FromRational(numerators, denominators) : sameMagnitude ? magnitude!.Value : Number.One;
            if (!c.IsExact && (exact || hasConstant))
            {
                return Number.One;
            }

            int remaining = 0;
            foreach (Term term in terms)
            {
                if (term.Factors.Count > 0)
                {
                    Number r = Ratio(term.Coefficient, c);
                    if (!r.IsOne && !r.IsMinusOne)
                    {
                        remaining++;
                    }
                }
            }

            return remaining + 1 < scaled ? c : Number.One;
        }

        // k / c, exact for exact numbers; for a double only the ratio +-1 of equal magnitudes is used.
        private static Number Ratio(Number k, Number c)
        {
            if (c.IsOne)
            {
                return k;
            }

            if (k.IsExact && c.IsExact)
            {
                return k * c.Reciprocal();
            }

            return k.Equals(c) ? Number.One : Number.MinusOne;
        }

        private static bool SharesAFactor(List<Term> terms)
        {
            var seen = new HashSet<(Expr Base, bool Negative)>();
            foreach (Term term in terms)
            {
                foreach (KeyValuePair<Expr, long> f in term.Factors)
                {
                    if (!seen.Add((f.Key, f.Value < 0)))
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        // The largest power of a base dividing both x^a and x^b: none across signs.
        private static long Common(long a, long b) =>
            a > 0 && b > 0 ? System.Math.Min(a, b) : a < 0 && b < 0 ? System.Math.Max(a, b) : 0;

        private static Expr Sum(ExprBuilder b, List<Term> terms)
        {
            var built = new Expr[terms.Count];
            for (int i = 0; i < built.Length; i++)
            {
                built[i] = terms[i].Build(b);
            }

            return built.Length == 1 ? built[0] : b.Add(built);
        }

        private static Expr Power(ExprBuilder b, Expr @base, long exponent) =>
            exponent == 1 ? @base : b.Power(@base, b.Constant(exponent));

        /// <summary>A term as coefficient * product of base^exponent (integer exponents, never 0).</summary>
        private sealed class Term
        {
            private readonly List<Expr> _order = new List<Expr>();

            private Term(Number coefficient) => Coefficient = coefficient;

            public Number Coefficient { get; set; }

            /// <summary>Bases and their integer exponents; other powers are opaque bases.</summary>
            public Dictionary<Expr, long> Factors { get; } = new Dictionary<Expr, long>();

            public static Term Of(Expr e)
            {
                if (e.IsConstant)
                {
                    return new Term(e.Constant);
                }

                if (e.Kind != ExprKind.Mul)
                {
                    var single = new Term(Number.One);
                    single.AddFactor(e);
                    return single;
                }

                int first = e.Args[0].IsConstant ? 1 : 0;
                var term = new Term(first == 1 ? e.Args[0].Constant : Number.One);
                for (int i = first; i < e.Args.Length; i++)
                {
                    term.AddFactor(e.Args[i]);
                }

                return term;
            }

            public IEnumerable<KeyValuePair<Expr, long>> FactorOrder()
            {
                foreach (Expr @base in _order)
                {
                    yield return new KeyValuePair<Expr, long>(@base, Factors[@base]);
                }
            }

            /// <summary>Whether every factor of this term divides <paramref name="other"/>.</summary>
            public bool Divides(Term other)
            {
                foreach (KeyValuePair<Expr, long> f in Factors)
                {
                    if (!other.Factors.TryGetValue(f.Key, out long e) || Common(f.Value, e) != f.Value)
                    {
                        return false;
                    }
                }

                return true;
            }

            public void Divide(Expr @base, long exponent)
            {
                long left = Factors[@base] - exponent;
                if (left == 0)
                {
                    Factors.Remove(@base);
                    _order.Remove(@base);
                }
                else
                {
                    Factors[@base] = left;
                }
            }

            public Expr Build(ExprBuilder b)
            {
                var factors = new List<Expr>(_order.Count + 1) { b.Constant(Coefficient) };
                foreach (Expr @base in _order)
                {
                    factors.Add(Power(b, @base, Factors[@base]));
                }

                return factors.Count == 1 ? factors[0] : b.Multiply(factors);
            }

            private void AddFactor(Expr f)
            {
                if (f.Kind == ExprKind.Mul)
                {
                    // A nested product (an adjoint times a partial) opens up, so that x in
                    // 4*(x*r2)*y is seen as a factor shared with 2*r1*x.
                    int first = f.Args[0].IsConstant ? 1 : 0;
                    if (first == 1)
                    {
                        Coefficient *= f.Args[0].Constant;
                    }

                    for (int i = first; i < f.Args.Length; i++)
                    {
                        AddFactor(f.Args[i]);
                    }

                    return;
                }

                // Split x^k into base and exponent only where the emitter writes x^k as a
                // multiplication chain, so a factor taken out is one the program computes.
                Expr @base = f;
                long exponent = 1;
                if (f.Kind == ExprKind.Pow && f.Args[1].IsConstant && f.Args[1].Constant.IsInteger && System.Math.Abs(f.Args[1].Constant.Numerator) <= ProgramLowering.MaxChainExponent)
                {
                    @base = f.Args[0];
                    exponent = f.Args[1].Constant.Numerator;
                }

                if (Factors.TryGetValue(@base, out long e))
                {
                    // x and x^-1 from two nested products cancel: equal where both are defined.
                    if (e + exponent == 0)
                    {
                        Factors.Remove(@base);
                        _order.Remove(@base);
                    }
                    else
                    {
                        Factors[@base] = e + exponent;
                    }
                }
                else
                {
                    Factors.Add(@base, exponent);
                    _order.Add(@base);
                }
            }
        }
    }
}
