using System;
using System.Collections.Generic;

namespace SymbolicGd.Symbolic
{
    /// <summary>
    /// Compile-time curvature: whether every Hessian entry is a constant and, if so, the
    /// Lipschitz constant of the gradient L = max |eigenvalue| (SymmetricEigen: closed form for
    /// n &lt;= 2, Jacobi rotations beyond), the number behind MaxStableLearningRate = 2/L.
    /// </summary>
    internal static class Curvature
    {
        /// <summary>The row-major Hessian when every entry is constant, else null.</summary>
        public static double[]? ConstantHessian(IReadOnlyList<Expr[]> upper, int n)
        {
            var h = new double[n * n];
            for (int i = 0; i < n; i++)
            {
                for (int j = i; j < n; j++)
                {
                    Expr entry = upper[i][j - i];
                    if (!entry.IsConstant)
                    {
                        return null;
                    }

                    h[i * n + j] = entry.Constant.Value;
                    h[j * n + i] = entry.Constant.Value;
                }
            }

            return h;
        }

        /// <summary>max |eigenvalue| of a symmetric row-major matrix; NaN when an entry is not finite.</summary>
        public static double SpectralRadius(double[] hessian, int n) =>
            SymmetricEigen.SpectralRadius(hessian, n, new double[Math.Max(1, n * n)]);
    }
}
