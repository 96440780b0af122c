using System.Collections.Generic;

namespace SymbolicGd.Symbolic
{
    internal sealed partial class ExprBuilder
    {
        /// <summary>Splits a term into its constant coefficient and the coefficient-free rest.</summary>
        internal (Number Coefficient, Expr Remainder) SplitCoefficient(Expr term)
        {
            if (term.Kind == ExprKind.Mul && term.Args[0].IsConstant)
            {
                Expr rest = term.Args.Length == 2 ? term.Args[1] : Intern(ExprKind.Mul, Slice(term.Args, 1));
                return (term.Args[0].Constant, rest);
            }

            return (Number.One, term);
        }

        /// <summary>k * rest for a coefficient-free rest, in canonical form.</summary>
        internal Expr Scale(Number k, Expr rest)
        {
            if (k.IsOne)
            {
                return rest;
            }

            if (k.IsZero)
            {
                return Zero;
            }

            if (rest.IsConstant)
            {
                return Constant(k * rest.Constant);
            }

            if (rest.Kind == ExprKind.Mul && rest.Args[0].IsConstant)
            {
                (Number inner, Expr innerRest) = SplitCoefficient(rest);
                return Scale(k * inner, innerRest);
            }

            Expr coefficient = Constant(k);
            if (rest.Kind == ExprKind.Mul)
            {
                var children = new Expr[rest.Args.Length + 1];
                children[0] = coefficient;
                rest.Args.CopyTo(children, 1);
                return Intern(ExprKind.Mul, children);
            }

            return Intern(ExprKind.Mul, new[] { coefficient, rest });
        }

        private Expr ScaleTerm(Number k, Expr term)
        {
            (Number inner, Expr rest) = SplitCoefficient(term);
            return rest.IsConstant ? Constant(k * inner * rest.Constant) : Scale(k * inner, rest);
        }

        private Expr AddCore(IReadOnlyList<Expr> terms, bool flatten)
        {
            Number constant = Number.Zero;
            var coefficients = new Dictionary<Expr, Number>();
            var order = new List<Expr>();
            var pending = new Stack<Expr>();
            for (int i = terms.Count - 1; i >= 0; i--)
            {
                pending.Push(terms[i]);
            }

            while (pending.Count > 0)
            {
                Expr term = pending.Pop();
                if (term.IsConstant)
                {
                    constant += term.Constant;
                }
                else if (flatten && term.Kind == ExprKind.Add)
                {
                    for (int i = term.Args.Length - 1; i >= 0; i--)
                    {
                        pending.Push(term.Args[i]);
                    }
                }
                else
                {
                    (Number k, Expr rest) = SplitCoefficient(term);
                    if (flatten && rest.Kind == ExprKind.Add)
                    {
                        // -(a + b) written in the source distributes into the enclosing sum.
                        for (int i = rest.Args.Length - 1; i >= 0; i--)
                        {
                            pending.Push(ScaleTerm(k, rest.Args[i]));
                        }

                        continue;
                    }

                    if (coefficients.TryGetValue(rest, out Number sum))
                    {
                        coefficients[rest] = sum + k;
                    }
                    else
                    {
                        coefficients.Add(rest, k);
                        order.Add(rest);
                    }
                }
            }

            SortCanonically(order);
            var children = new List<Expr>(order.Count + 1);
            if (!constant.IsZero)
            {
                children.Add(Constant(constant));
            }

            foreach (Expr rest in order)
            {
                Number k = coefficients[rest];
                if (!k.IsZero)
                {
                    children.Add(Scale(k, rest));
                }
            }

            if (children.Count == 0)
            {
                return Zero;
            }

            if (children.Count == 1)
            {
                return children[0];
            }

            return Intern(ExprKind.Add, children.ToArray());
        }
    }
}
