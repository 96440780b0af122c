using System;
using System.Collections.Generic;
using System.Threading;

namespace SymbolicGd.Symbolic
{
    /// <summary>
    /// The compile context of one loss: creates hash-consed <see cref="Expr"/> nodes (an identical
    /// subexpression is always the same node) and simplifies cheaply and locally while building.
    /// Not thread-safe; use one builder per compilation (the generator compiles in parallel).
    /// </summary>
    /// <remarks>
    /// Simplifications never change a value where the original is defined: constant folding
    /// (exact rationals where possible), 0/1 identities, like terms (2x + 3x = 5x), like factors
    /// (x*x = x^2, x^a*x^b = x^(a+b) for constant a, b), integer powers of powers, log(1 + u) =
    /// log1p(u), log(exp(u)) = u, powers decided by sign ((x^2)^1.5 = |x|^3, sqrt(x^2) = |x|,
    /// |x|^2 = x^2), norms (sqrt(x^2 + y^2) = hypot(x, y)) and log(exp(a) + exp(b)) =
    /// logsumexp(a, b); docs/design/edges.md lists them. Children of sums and products are in a canonical order that depends
    /// on structure only (Expr.CompareCanonical), so x*y and y*x are one node and print alike. Sums and products built here do not absorb
    /// nested sums and products (except constant coefficients) so that a shared subexpression,
    /// such as an adjoint used by several operands, stays one node; the syntax lowering asks
    /// for flattening explicitly.
    /// </remarks>
    internal sealed partial class ExprBuilder
    {
        /// <summary>The node budget of one compilation; beyond it the loss is TooComplex.</summary>
        public const int DefaultMaxNodes = 200_000;

        private readonly Dictionary<Expr, Expr> _nodes = new Dictionary<Expr, Expr>(ShallowExprComparer.Instance);
        private readonly Expr[] _parameters;
        private readonly Expr[] _columns;
        private readonly Expr[] _fixed;
        private readonly CancellationToken _cancellationToken;

        public ExprBuilder(IReadOnlyList<string> parameterNames, CancellationToken cancellationToken = default, int maxNodes = DefaultMaxNodes)
            : this(parameterNames, Array.Empty<string>(), Array.Empty<string>(), cancellationToken, maxNodes)
        {
        }

        /// <param name="parameterNames">The optimisation variables (theta), in order.</param>
        /// <param name="columnNames">The data columns, in order.</param>
        /// <param name="fixedNames">The fixed values, in order.</param>
        /// <param name="cancellationToken">Observed while building.</param>
        /// <param name="maxNodes">The node budget.</param>
        public ExprBuilder(IReadOnlyList<string> parameterNames, IReadOnlyList<string> columnNames, IReadOnlyList<string> fixedNames, CancellationToken cancellationToken = default, int maxNodes = DefaultMaxNodes)
        {
            _cancellationToken = cancellationToken;
            MaxNodes = maxNodes;
            ParameterNames = parameterNames;
            ColumnNames = columnNames;
            FixedNames = fixedNames;
            _parameters = Leaves(ExprKind.Parameter, parameterNames);
            _columns = Leaves(ExprKind.Column, columnNames);
            _fixed = Leaves(ExprKind.Fixed, fixedNames);
            SampleCount = Intern(new Expr(ExprKind.SampleCount, null, default, -1, "N"));

            Zero = Constant(Number.Zero);
            One = Constant(Number.One);
        }

        public IReadOnlyList<string> ParameterNames { get; }

        public IReadOnlyList<string> ColumnNames { get; }

        public IReadOnlyList<string> FixedNames { get; }

        /// <summary>N, the number of samples.</summary>
        public Expr SampleCount { get; }

        public int MaxNodes { get; }

        public Expr Zero { get; }

        public Expr One { get; }

        internal CancellationToken CancellationToken => _cancellationToken;

        public Expr Parameter(int index) => _parameters[index];

        /// <summary>The current sample's value of column <paramref name="index"/>.</summary>
        public Expr Column(int index) => _columns[index];

        /// <summary>Fixed value <paramref name="index"/>.</summary>
        public Expr Fixed(int index) => _fixed[index];

        /// <summary>
        /// The sum of <paramref name="body"/> over all samples. Sum is linear, so factors that read
        /// no column come out (sum(c(theta)*g(x)) = c(theta)*sum(g(x)), sum(c) = c*N): fewer
        /// operations per sample and fewer accumulators, as the differentiated sums share more.
        /// </summary>
        public Expr Sum(Expr body)
        {
            if (body.HasSum)
            {
                throw new ArgumentException("sums over samples do not nest", nameof(body));
            }

            if (!body.ReadsColumns)
            {
                return Multiply(body, SampleCount);
            }

            if (body.Kind == ExprKind.Mul)
            {
                var outside = new List<Expr>();
                var inside = new List<Expr>();
                foreach (Expr factor in body.Args)
                {
                    (factor.ReadsColumns ? inside : outside).Add(factor);
                }

                if (outside.Count > 0)
                {
                    Expr rest = inside.Count == 1 ? inside[0] : Intern(ExprKind.Mul, inside.ToArray());
                    outside.Add(Intern(ExprKind.Sum, new[] { rest }));
                    return Multiply(outside);
                }
            }

            return Intern(ExprKind.Sum, new[] { body });
        }

        public Expr Constant(Number value) => Intern(new Expr(ExprKind.Constant, null, value, -1, null));

        public Expr Constant(double value) => Constant(Number.FromDouble(value));

        public Expr Constant(long value) => Constant(Number.FromInteger(value));

        public Expr Add(Expr a, Expr b) => AddCore(new[] { a, b }, flatten: false);

        public Expr Add(IReadOnlyList<Expr> terms) => AddCore(terms, flatten: false);

        public Expr Subtract(Expr a, Expr b) => Add(a, Negate(b));

        public Expr Negate(Expr a) => Multiply(Constant(Number.MinusOne), a);

        public Expr Multiply(Expr a, Expr b) => MulCore(new[] { a, b }, flatten: false);

        public Expr Multiply(IReadOnlyList<Expr> factors) => MulCore(factors, flatten: false);

        public Expr Divide(Expr a, Expr b) => Multiply(a, Power(b, Constant(Number.MinusOne)));

        public Expr Sqrt(Expr a) => Power(a, Constant(Number.Half));

        /// <summary>Flattening variants for the syntax lowering: nested sums/products merge into one.</summary>
        internal Expr AddFlat(IReadOnlyList<Expr> terms) => AddCore(terms, flatten: true);

        internal Expr MultiplyFlat(IReadOnlyList<Expr> factors) => MulCore(factors, flatten: true);

        internal Expr Intern(Expr candidate)
        {
            if (_nodes.TryGetValue(candidate, out Expr? existing))
            {
                return existing;
            }

            if (_nodes.Count >= MaxNodes)
            {
                throw new ExpressionTooComplexException("the expression and its derivatives need more than " + MaxNodes.ToString(System.Globalization.CultureInfo.InvariantCulture) + " nodes");
            }

            if ((_nodes.Count & 1023) == 0)
            {
                _cancellationToken.ThrowIfCancellationRequested();
            }

            candidate.Id = _nodes.Count;
            _nodes.Add(candidate, candidate);
            return candidate;
        }

        private Expr Intern(ExprKind kind, Expr[] children) => Intern(new Expr(kind, children, default, -1, null));

        private Expr[] Leaves(ExprKind kind, IReadOnlyList<string> names)
        {
            var leaves = new Expr[names.Count];
            for (int i = 0; i < leaves.Length; i++)
            {
                leaves[i] = Intern(new Expr(kind, null, default, i, names[i]));
            }

            return leaves;
        }

        private static void SortCanonically(List<Expr> list) => list.Sort(Expr.CompareCanonical);

        private static Expr[] Slice(Expr[] array, int start)
        {
            var result = new Expr[array.Length - start];
            Array.Copy(array, start, result, 0, result.Length);
            return result;
        }
    }
}
