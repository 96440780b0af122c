using System;
using MathNet.Numerics.LinearAlgebra;

namespace SymbolicGd.Tests
{
    // Test matrices for the eigen solvers, built with MathNet independently of the code under test.
    internal static class SymmetricMatrices
    {
        /// <summary>Q diag(lambda) Q^T with a random orthogonal Q (from MathNet's QR): a symmetric matrix with the chosen eigenvalues, row-major.</summary>
        public static double[] WithEigenvalues(double[] lambda, Random random)
        {
            int n = lambda.Length;
            var q = Matrix<double>.Build.Dense(n, n, (_, _) => (random.NextDouble() * 2.0) - 1.0).QR().Q;
            return Flat(q * Matrix<double>.Build.DenseOfDiagonalArray(lambda) * q.Transpose());
        }

        /// <summary>The symmetric part (A + A^T)/2 of <paramref name="a"/>, row-major.</summary>
        public static double[] Flat(Matrix<double> a)
        {
            int n = a.RowCount;
            var flat = new double[n * n];
            for (int i = 0; i < n; i++)
            {
                for (int j = 0; j < n; j++)
                {
                    flat[(i * n) + j] = 0.5 * (a[i, j] + a[j, i]);
                }
            }

            return flat;
        }
    }
}
