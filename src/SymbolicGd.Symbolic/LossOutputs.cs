using System;
using System.Collections.Generic;

namespace SymbolicGd.Symbolic
{
    /// <summary>
    /// What a loss computes, as roots of one expression DAG: the value, the gradient, and the
    /// Hessian, of which only the upper triangle is stored (it is symmetric). The one type that
    /// knows that layout: everything else reads entries through <see cref="Hessian"/>.
    /// Immutable.
    /// </summary>
    internal sealed class LossOutputs
    {
        // Row i holds d2L/dp_i dp_j for j >= i, at index j - i.
        private readonly Expr[][] _hessianUpper;

        /// <param name="value">The loss.</param>
        /// <param name="gradient">dL/dp_i for each parameter.</param>
        /// <param name="hessianUpper">Row i holds d2L/dp_i dp_j for j = i..n-1 (as <see cref="Differentiator.Hessian"/> builds it).</param>
        public LossOutputs(Expr value, Expr[] gradient, Expr[][] hessianUpper)
        {
            if (hessianUpper.Length != gradient.Length)
            {
                throw new ArgumentException("one Hessian row per gradient entry expected", nameof(hessianUpper));
            }

            for (int i = 0; i < hessianUpper.Length; i++)
            {
                if (hessianUpper[i].Length != gradient.Length - i)
                {
                    throw new ArgumentException("Hessian row " + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + " is not the upper triangle's", nameof(hessianUpper));
                }
            }

            Value = value;
            Gradient = gradient;
            _hessianUpper = hessianUpper;
        }

        public Expr Value { get; }

        /// <summary>dL/dp_i for each parameter.</summary>
        public IReadOnlyList<Expr> Gradient { get; }

        public int Dimension => Gradient.Count;

        /// <summary>d2L/dp_i dp_j, for any i and j (one node for both orders).</summary>
        public Expr Hessian(int i, int j) => i <= j ? _hessianUpper[i][j - i] : _hessianUpper[j][i - j];

        /// <summary>
        /// The outputs after a rewrite of all of them at once (so that they keep sharing nodes).
        /// <paramref name="rewrite"/> sees every output as a fused program writes it, with
        /// multiplicity: the gradient, the full n*n Hessian row-major (each off-diagonal entry
        /// twice), then the value; it returns the rewritten roots in the same order.
        /// </summary>
        public LossOutputs Rewrite(Func<IReadOnlyList<Expr>, IReadOnlyList<Expr>> rewrite)
        {
            int n = Dimension;
            var roots = new List<Expr>(n + (n * n) + 1);
            roots.AddRange(Gradient);
            for (int i = 0; i < n; i++)
            {
                for (int j = 0; j < n; j++)
                {
                    roots.Add(Hessian(i, j));
                }
            }

            roots.Add(Value);
            IReadOnlyList<Expr> rewritten = rewrite(roots);
            if (rewritten.Count != roots.Count)
            {
                throw new InvalidOperationException("a rewrite must return one root per output");
            }

            var gradient = new Expr[n];
            var hessian = new Expr[n][];
            for (int i = 0; i < n; i++)
            {
                gradient[i] = rewritten[i];
                hessian[i] = new Expr[n - i];
                for (int j = i; j < n; j++)
                {
                    hessian[i][j - i] = rewritten[n + (i * n) + j];
                }
            }

            return new LossOutputs(rewritten[rewritten.Count - 1], gradient, hessian);
        }

        /// <summary>True when some Hessian entry depends on theta.</summary>
        public bool HessianDependsOnVariables()
        {
            for (int i = 0; i < Dimension; i++)
            {
                for (int j = i; j < Dimension; j++)
                {
                    if (Hessian(i, j).DependsOnVariables)
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        /// <summary>The Hessian row-major (n*n) when every entry is a constant, else null.</summary>
        public double[]? ConstantHessian()
        {
            int n = Dimension;
            var h = new double[n * n];
            for (int i = 0; i < n; i++)
            {
                for (int j = i; j < n; j++)
                {
                    Expr entry = Hessian(i, j);
                    if (!entry.IsConstant)
                    {
                        return null;
                    }

                    h[(i * n) + j] = entry.Constant.Value;
                    h[(j * n) + i] = entry.Constant.Value;
                }
            }

            return h;
        }
    }
}
