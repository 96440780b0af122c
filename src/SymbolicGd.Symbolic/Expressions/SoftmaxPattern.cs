using System.Collections.Generic;

namespace SymbolicGd.Symbolic
{
    /// <summary>
    /// Recognises exp(ai - L) for a logsumexp L over ..., ai, ...: the softmax component that
    /// the derivatives of L consist of (LocalDerivatives.Partial). Evaluated as ei / S from the
    /// exps ei = exp(ai - max) and their sum S that L itself needs, it costs no exp of its own
    /// and is as accurate as a division (exp(ai - L) loses the rounding error of L, ~1e-13 at
    /// L = 800).
    /// </summary>
    internal static class SoftmaxPattern
    {
        public static bool TryMatch(Expr exp, out Expr logSumExp, out int index)
        {
            logSumExp = null!;
            index = -1;
            if (exp.Kind != ExprKind.Exp)
            {
                return false;
            }

            Expr w = exp.Args[0];
            Expr[] terms = w.Kind == ExprKind.Add ? w.Args : new[] { w };
            Expr? lse = null;
            var rest = new List<Expr>(terms.Length);
            foreach (Expr term in terms)
            {
                if (lse == null && term.Kind == ExprKind.Mul && term.Args.Length == 2 && term.Args[0].IsConstant
                    && term.Args[0].Constant.IsMinusOne && term.Args[1].Kind == ExprKind.LogSumExp)
                {
                    lse = term.Args[1];
                }
                else
                {
                    rest.Add(term);
                }
            }

            if (lse == null)
            {
                return false;
            }

            for (int i = 0; i < lse.Args.Length; i++)
            {
                if (IsSumOf(lse.Args[i], rest))
                {
                    logSumExp = lse;
                    index = i;
                    return true;
                }
            }

            return false;
        }

        // True when the terms add up to exactly the node a (no terms: the constant 0).
        private static bool IsSumOf(Expr a, List<Expr> terms)
        {
            if (terms.Count == 0)
            {
                return a.IsConstant && a.Constant.IsZero;
            }

            if (terms.Count == 1)
            {
                return ReferenceEquals(a, terms[0]);
            }

            if (a.Kind != ExprKind.Add || a.Args.Length != terms.Count)
            {
                return false;
            }

            for (int i = 0; i < terms.Count; i++)
            {
                if (!ReferenceEquals(a.Args[i], terms[i]))
                {
                    return false;
                }
            }

            return true;
        }
    }
}
