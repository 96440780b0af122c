using System;
using System.Collections.Generic;

namespace SymbolicGd.Symbolic
{
    /// <summary>
    /// Expr DAG -> operation DAG: sums become chains of + and - (positive terms first, so
    /// 1 - x rather than -x + 1), products become multiplications with negative powers moved into
    /// one denominator (x/(y*z)), integer powers become multiplication chains by repeated squaring,
    /// half-integer powers use Math.Sqrt, and constant coefficients are applied last so that the
    /// coefficient-free product is an operation shared with other uses. Stable compound forms are
    /// spelled out so their parts are shared too: softplus(z) beside sigmoid(z) from one exp,
    /// logsumexp with its softmax derivatives from one exp per argument, norms through
    /// SymbolicMath.Hypot.
    /// </summary>
    internal sealed class ProgramLowering
    {
        /// <summary>Integer (and half-integer) exponents up to this size become multiplication chains.</summary>
        internal const long MaxChainExponent = 1L << 20;

        private readonly Dictionary<Op, Op> _ops = new Dictionary<Op, Op>(OpComparer.Instance);
        private readonly Dictionary<Expr, Op> _lowered = new Dictionary<Expr, Op>();
        private readonly HashSet<Expr> _softplusArguments = new HashSet<Expr>();
        private readonly Dictionary<Expr, (Op[] Exps, Op Sum)> _logSumExps = new Dictionary<Expr, (Op[] Exps, Op Sum)>();
        private readonly IReadOnlyDictionary<Expr, int>? _accumulators;
        private readonly bool _spellOut;
        private readonly NormLimit _normLimit = new NormLimit();

        /// <summary>The helper that gives a product's limit 0 at the zero of a norm.</summary>
        internal const string ZeroAtNormZero = "global::SymbolicGd.SymbolicMath.ZeroAtNormZero";

        public ProgramLowering()
        {
        }

        /// <param name="accumulators">The index of each sum over samples: a sum lowers to a read of its accumulator, and its body is not lowered.</param>
        /// <param name="spellOut">
        /// Spell sigmoid and log1p out in exp, log and arithmetic always (not only beside a softplus
        /// of the same argument): what a loop over samples wants, as on vectors those have no
        /// call of their own and a lane-by-lane call would cost far more than the vector exp.
        /// </param>
        public ProgramLowering(IReadOnlyDictionary<Expr, int>? accumulators, bool spellOut = false)
        {
            _accumulators = accumulators;
            _spellOut = spellOut;
        }

        /// <summary>Lowers every root (and all it reaches) in one topological sweep.</summary>
        public Op[] Lower(IReadOnlyList<Expr> roots)
        {
            List<Expr> nodes = Topology.Sorted(roots, enterSums: _accumulators == null);
            FindSoftplusArguments(nodes);
            foreach (Expr node in nodes)
            {
                if (!_lowered.ContainsKey(node))
                {
                    _lowered.Add(node, LowerNode(node));
                }
            }

            var result = new Op[roots.Count];
            for (int i = 0; i < result.Length; i++)
            {
                result[i] = _lowered[roots[i]];
            }

            return result;
        }

        private Op LowerNode(Expr node)
        {
            switch (node.Kind)
            {
                case ExprKind.Constant:
                    return Constant(node.Constant.Value);
                case ExprKind.Parameter:
                    return Intern(new Op(OpKind.Parameter, null, null, 0.0, node.ParameterIndex, null));
                case ExprKind.Column:
                    return Intern(new Op(OpKind.Column, null, null, 0.0, node.ParameterIndex, null));
                case ExprKind.Fixed:
                    return Intern(new Op(OpKind.Fixed, null, null, 0.0, node.ParameterIndex, null));
                case ExprKind.SampleCount:
                    return Intern(new Op(OpKind.SampleCount, null, null, 0.0, -1, null));
                case ExprKind.Sum:
                    if (_accumulators == null || !_accumulators.TryGetValue(node, out int accumulator))
                    {
                        throw new InvalidOperationException("a sum over samples is computed by the pass over the data, not inline");
                    }

                    return Intern(new Op(OpKind.Accumulator, null, null, 0.0, accumulator, null));
                case ExprKind.Add:
                    return LowerSum(node);
                case ExprKind.Mul:
                    {
                        bool hasCoefficient = node.Args[0].IsConstant;
                        Number k = hasCoefficient ? node.Args[0].Constant : Number.One;
                        return WithLimit(node, LowerProduct(k, node.Args, hasCoefficient ? 1 : 0));
                    }

                case ExprKind.Pow:
                    {
                        Op b = _lowered[node.Args[0]];
                        Expr exponent = node.Args[1];
                        return exponent.IsConstant ? Power(b, exponent.Constant) : Binary(OpKind.Pow, b, _lowered[exponent]);
                    }

                case ExprKind.Sign:
                    return Intern(new Op(OpKind.Sign, _lowered[node.Args[0]], null, 0.0, -1, null));
                case ExprKind.Sigmoid:
                    return _spellOut || _softplusArguments.Contains(node.Args[0])
                        ? LowerSigmoid(_lowered[node.Args[0]])
                        : Call("global::SymbolicGd.SymbolicMath.Sigmoid", _lowered[node.Args[0]]);
                case ExprKind.Softplus:
                    return LowerSoftplus(_lowered[node.Args[0]]);
                case ExprKind.Log1p when _spellOut:
                    {
                        // log1p(u) = log(d) + (u - (d - 1))/d with d = 1 + u: the correction is d's
                        // rounding error, so tiny u keep their digits (as in softplus below).
                        Op u = _lowered[node.Args[0]];
                        Op d = Binary(OpKind.Add, Constant(1.0), u);
                        return Binary(OpKind.Add, Call("global::System.Math.Log", d), Binary(OpKind.Divide, Binary(OpKind.Subtract, u, Binary(OpKind.Subtract, d, Constant(1.0))), d));
                    }

                case ExprKind.Log1p:
                    return Call("global::SymbolicGd.SymbolicMath.Log1p", _lowered[node.Args[0]]);
                case ExprKind.LogSumExp:
                    return LowerLogSumExp(node);
                case ExprKind.Hypot:
                    return LowerHypot(node.Args);
                case ExprKind.Exp:
                    return LowerSoftmax(node) ?? Call("global::System.Math.Exp", _lowered[node.Args[0]]);
                default:
                    return Call("global::System.Math." + node.Kind.ToString(), _lowered[node.Args[0]]);
            }
        }

        // Softplus is always spelled out (its formula is as short as the call, and shows how it is
        // computed); sigmoid(z) is too where the program has softplus(z), to share its exp, and is
        // one SymbolicMath call (one exp as well) otherwise.
        private void FindSoftplusArguments(List<Expr> nodes)
        {
            foreach (Expr node in nodes)
            {
                if (node.Kind == ExprKind.Softplus)
                {
                    _softplusArguments.Add(node.Args[0]);
                }
            }
        }

        // softplus(z) and sigmoid(z) share one e = exp(-|z|), d = 1 + e and r = 1/d (interned, so
        // value, gradient and Hessian of the same z compute them once):
        //   softplus(z) = max(z, 0) + log1p(e),   log1p(e) = log(d) + (e - (d - 1)) * r
        //   sigmoid(z)  = (z >= 0 ? 1 : e) * r
        // The correction (e - (d - 1)) is the exact rounding error of d (e <= 1 <= d), so log1p(e)
        // is accurate to an ulp or two even where d rounds to 1; neither form overflows for any z.
        private (Op E, Op D, Op R) SharedExp(Op z)
        {
            Op e = Call("global::System.Math.Exp", Negate(Call("global::System.Math.Abs", z)));
            Op d = Binary(OpKind.Add, Constant(1.0), e);
            return (e, d, Binary(OpKind.Divide, Constant(1.0), d));
        }

        private Op LowerSigmoid(Op z)
        {
            (Op e, _, Op r) = SharedExp(z);
            return Binary(OpKind.Multiply, Intern(new Op(OpKind.Select, new[] { z, Constant(1.0), e }, 0.0, -1, null)), r);
        }

        private Op LowerSoftplus(Op z)
        {
            (Op e, Op d, Op r) = SharedExp(z);
            Op positivePart = Intern(new Op(OpKind.Call, new[] { z, Constant(0.0) }, 0.0, -1, "global::System.Math.Max"));
            Op correction = Binary(OpKind.Multiply, Binary(OpKind.Subtract, e, Binary(OpKind.Subtract, d, Constant(1.0))), r);
            return Binary(OpKind.Add, Binary(OpKind.Add, positivePart, Call("global::System.Math.Log", d)), correction);
        }

        // logsumexp(x1..xn) = m + log(S), m = max xi, ei = exp(xi - m), S = e1 + ... + en: one exp
        // per argument, none overflows, S in [1, n]. The exps and their sum are kept for the
        // softmax exp(xi - node) of the derivatives, which is ei / S.
        private Op LowerLogSumExp(Expr node)
        {
            var x = new Op[node.Args.Length];
            for (int i = 0; i < x.Length; i++)
            {
                x[i] = _lowered[node.Args[i]];
            }

            Op m = x[0];
            for (int i = 1; i < x.Length; i++)
            {
                m = Intern(new Op(OpKind.Call, new[] { m, x[i] }, 0.0, -1, "global::System.Math.Max"));
            }

            var exps = new Op[x.Length];
            Op? sum = null;
            for (int i = 0; i < x.Length; i++)
            {
                Op difference = node.Args[i].IsConstant && node.Args[i].Constant.IsZero ? Negate(m) : Binary(OpKind.Subtract, x[i], m);
                exps[i] = Call("global::System.Math.Exp", difference);
                sum = sum == null ? exps[i] : Binary(OpKind.Add, sum, exps[i]);
            }

            _logSumExps[node] = (exps, sum!);
            return Binary(OpKind.Add, m, Call("global::System.Math.Log", sum!));
        }

        // exp(ai - L) for a logsumexp L over ..., ai, ...: the softmax ei / S from the exps L
        // already computed; null for any other exp.
        private Op? LowerSoftmax(Expr node)
        {
            if (!SoftmaxPattern.TryMatch(node, out Expr lse, out int index) || !_logSumExps.TryGetValue(lse, out (Op[] Exps, Op Sum) parts))
            {
                return null;
            }

            return Binary(OpKind.Divide, parts.Exps[index], parts.Sum);
        }

        // SymbolicMath.Hypot takes 2 to 4 arguments; a longer norm nests as MathFunctions.Hypot
        // does: hypot(a, b, c, d, e, ...) = hypot(hypot(a, b, c, d), e, ...).
        private Op LowerHypot(Expr[] args)
        {
            var operands = new List<Op>(args.Length);
            foreach (Expr arg in args)
            {
                operands.Add(_lowered[arg]);
            }

            while (operands.Count > MathFunctions.MaxHypotArguments)
            {
                Op head = HypotCall(operands.GetRange(0, MathFunctions.MaxHypotArguments));
                operands.RemoveRange(0, MathFunctions.MaxHypotArguments);
                operands.Insert(0, head);
            }

            return HypotCall(operands);
        }

        private Op HypotCall(List<Op> operands) => Intern(new Op(OpKind.Call, operands.ToArray(), 0.0, -1, "global::SymbolicGd.SymbolicMath.Hypot"));

        private Op LowerSum(Expr node)
        {
            var positive = new List<Op>();
            var negative = new List<Op>();
            Op? positiveConstant = null, negativeConstant = null;
            foreach (Expr term in node.Args)
            {
                if (term.IsConstant)
                {
                    double v = term.Constant.Value;
                    if (v < 0)
                    {
                        negativeConstant = Constant(-v);
                    }
                    else
                    {
                        positiveConstant = Constant(v);
                    }
                }
                else if (term.Kind == ExprKind.Mul && term.Args[0].IsConstant && term.Args[0].Constant.IsNegative)
                {
                    negative.Add(WithLimit(term, LowerProduct(-term.Args[0].Constant, term.Args, 1)));
                }
                else
                {
                    positive.Add(_lowered[term]);
                }
            }

            if (positiveConstant != null)
            {
                positive.Add(positiveConstant);
            }

            if (negativeConstant != null)
            {
                negative.Add(negativeConstant);
            }

            Op acc;
            int next = 0;
            if (positive.Count > 0)
            {
                acc = positive[0];
                for (int i = 1; i < positive.Count; i++)
                {
                    acc = Binary(OpKind.Add, acc, positive[i]);
                }
            }
            else
            {
                acc = Negate(negative[0]);
                next = 1;
            }

            for (int i = next; i < negative.Count; i++)
            {
                acc = Binary(OpKind.Subtract, acc, negative[i]);
            }

            return acc;
        }

        // The product (or its negation) as lowered, or its limit 0 where it is 0/0 at the zero of
        // a norm but tends to 0 there (see NormLimit).
        private Op WithLimit(Expr product, Op lowered)
        {
            Expr? norm = _normLimit.VanishingNorm(product);
            return norm == null ? lowered : Intern(new Op(OpKind.Call, _lowered[norm], lowered, 0.0, -1, ZeroAtNormZero));
        }

        private Op LowerProduct(Number k, Expr[] args, int first)
        {
            Op? denominator = null;
            var numerators = new List<Expr>(args.Length);
            for (int i = first; i < args.Length; i++)
            {
                Expr f = args[i];
                if (f.Kind == ExprKind.Pow && f.Args[1].IsConstant && f.Args[1].Constant.IsNegative)
                {
                    Op d = Power(_lowered[f.Args[0]], -f.Args[1].Constant);
                    denominator = denominator == null ? d : Binary(OpKind.Multiply, denominator, d);
                }
                else
                {
                    numerators.Add(f);
                }
            }

            bool negate = k.IsNegative;
            Number magnitude = negate ? -k : k;
            Op? literal = null;
            if (!magnitude.IsOne)
            {
                // 1/3 is applied as a division by 3.0 (exact, where 0.333... would round);
                // a terminating decimal (0.25, 0.3) or a double as one multiplication.
                if (magnitude.IsExact && magnitude.Numerator == 1 && !IsTerminatingDecimal(magnitude.Denominator))
                {
                    Op q = Constant(magnitude.Denominator);
                    denominator = denominator == null ? q : Binary(OpKind.Multiply, q, denominator);
                }
                else
                {
                    // The sign rides on the literal: -2.0 * t is free, -(2.0 * t) is not.
                    literal = Constant(negate ? -magnitude.Value : magnitude.Value);
                    negate = false;
                }
            }

            Op? numerator = null;
            if (literal != null && numerators.Count > 1)
            {
                // The literal goes onto the newest factor first (in a gradient, usually the
                // adjoint, such as 2*r for r^2), so k*r is one operation shared by every
                // partial that scales the same adjoint: (2.0 * r) * y, not 2.0 * (y * r).
                int newest = 0;
                for (int i = 1; i < numerators.Count; i++)
                {
                    if (numerators[i].Id > numerators[newest].Id)
                    {
                        newest = i;
                    }
                }

                if (numerators[newest].Kind != ExprKind.Parameter)
                {
                    numerator = Binary(OpKind.Multiply, literal, _lowered[numerators[newest]]);
                    numerators.RemoveAt(newest);
                    literal = null;
                }
            }

            if (literal != null && numerators.Count > 1)
            {
                // Only parameters: plain left-to-right order, k * x * y.
                numerator = literal;
                literal = null;
            }

            foreach (Expr f in numerators)
            {
                numerator = numerator == null ? _lowered[f] : Binary(OpKind.Multiply, numerator, _lowered[f]);
            }

            if (literal != null)
            {
                numerator = numerator == null ? literal : Binary(OpKind.Multiply, literal, numerator);
            }

            Op result = denominator == null ? numerator ?? Constant(1.0) : Binary(OpKind.Divide, numerator ?? Constant(1.0), denominator);
            return negate ? Negate(result) : result;
        }

        /// <summary>b^c for a constant c: multiplication chains, Math.Sqrt, or Math.Pow.</summary>
        private Op Power(Op b, Number c)
        {
            if (c.IsExact && (c.Denominator == 1 || c.Denominator == 2) && System.Math.Abs(c.Numerator) <= MaxChainExponent)
            {
                long p = System.Math.Abs(c.Numerator);
                Op magnitude;
                if (c.Denominator == 1)
                {
                    magnitude = IntegerPower(b, p);
                }
                else
                {
                    Op root = Call("global::System.Math.Sqrt", b);
                    magnitude = p == 1 ? root : Binary(OpKind.Multiply, IntegerPower(b, p / 2), root);
                }

                return c.IsNegative ? Binary(OpKind.Divide, Constant(1.0), magnitude) : magnitude;
            }

            return Binary(OpKind.Pow, b, Constant(c.Value));
        }

        private Op IntegerPower(Op b, long n)
        {
            if (n == 1)
            {
                return b;
            }

            if (n % 2 == 0)
            {
                Op half = IntegerPower(b, n / 2);
                return Binary(OpKind.Multiply, half, half);
            }

            return Binary(OpKind.Multiply, IntegerPower(b, n - 1), b);
        }

        // Negation is free on literals and on products and quotients that start with one.
        private Op Negate(Op a) => NegateLeadingLiteral(a, 8) ?? Intern(new Op(OpKind.Negate, a, null, 0.0, -1, null));

        // Looks a bounded way down the left spine (a product chain can be very long).
        private Op? NegateLeadingLiteral(Op a, int depth)
        {
            if (a.Kind == OpKind.Constant)
            {
                return Constant(-a.Value);
            }

            if (depth > 0 && (a.Kind == OpKind.Multiply || a.Kind == OpKind.Divide))
            {
                Op? left = NegateLeadingLiteral(a.A!, depth - 1);
                return left == null ? null : Binary(a.Kind, left, a.B!);
            }

            return null;
        }

        private Op Constant(double value) => Intern(new Op(OpKind.Constant, null, null, value, -1, null));

        private Op Call(string callee, Op a) => Intern(new Op(OpKind.Call, a, null, 0.0, -1, callee));

        private Op Binary(OpKind kind, Op a, Op b) => Intern(new Op(kind, a, b, 0.0, -1, null));

        private Op Intern(Op candidate)
        {
            if (_ops.TryGetValue(candidate, out Op? existing))
            {
                return existing;
            }

            candidate.Id = _ops.Count;
            _ops.Add(candidate, candidate);
            return candidate;
        }

        private static bool IsTerminatingDecimal(long n)
        {
            while (n % 2 == 0)
            {
                n /= 2;
            }

            while (n % 5 == 0)
            {
                n /= 5;
            }

            return n == 1;
        }
    }
}
