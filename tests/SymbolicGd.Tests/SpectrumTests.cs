using System;
using System.Linq;
using MathNet.Numerics.LinearAlgebra;
using Xunit;

namespace SymbolicGd.Tests
{
    // The per-step extreme eigenvalues (Householder + QL for n >= 3) against MathNet's dense
    // symmetric eigen decomposition and against matrices built with known eigenvalues.
    public class SpectrumTests
    {
        public static TheoryData<int, int> Cases()
        {
            var data = new TheoryData<int, int>();
            foreach (int n in new[] { 1, 2, 3, 4, 5, 8, 13, 24, 50, 64 })
            {
                for (int seed = 0; seed < 3; seed++)
                {
                    data.Add(n, seed);
                }
            }

            return data;
        }

        [Theory]
        [MemberData(nameof(Cases))]
        public void Extremes_match_the_chosen_eigenvalues_of_Q_diag_Q_transposed(int n, int seed)
        {
            var random = new Random((31 * n) + seed);

            // Signed eigenvalues over six decades, some negative.
            double[] lambda = Enumerable.Range(0, n).Select(_ => (random.Next(4) == 0 ? -1.0 : 1.0) * Math.Exp((random.NextDouble() * 14.0) - 7.0)).ToArray();
            double[] flat = SymmetricMatrices.WithEigenvalues(lambda, random);

            Assert.True(Spectrum.Extremes(flat, n, new double[n * n], new double[2 * n], out double smallest, out double largest));

            double scale = lambda.Max(Math.Abs);
            Assert.Equal(lambda.Min(), smallest, 1e-12 * scale);
            Assert.Equal(lambda.Max(), largest, 1e-12 * scale);
            Assert.Equal(SymmetricEigen.SpectralRadius(flat, n, new double[n * n]), Math.Max(-smallest, largest), 1e-12 * scale);
        }

        [Theory]
        [InlineData(3)]
        [InlineData(10)]
        [InlineData(50)]
        public void Structured_matrices_zero_diagonal_rank_one_and_repeated_eigenvalues(int n)
        {
            var work = new double[2 * n];
            var scratch = new double[n * n];

            Assert.True(Spectrum.Extremes(new double[n * n], n, scratch, work, out double s0, out double l0));
            Assert.Equal(0.0, s0);
            Assert.Equal(0.0, l0);

            // diag(1, 2, .., n), already tridiagonal.
            var diagonal = new double[n * n];
            for (int i = 0; i < n; i++)
            {
                diagonal[(i * n) + i] = i + 1;
            }

            Assert.True(Spectrum.Extremes(diagonal, n, scratch, work, out double s1, out double l1));
            Assert.Equal(1.0, s1, 1e-12);
            Assert.Equal(n, l1, 1e-12);

            // 2I + 8 x x^T with x = (1, .., 1): eigenvalues 2 (n - 1 times) and 2 + 8n.
            var rankOne = new double[n * n];
            for (int i = 0; i < n; i++)
            {
                for (int j = 0; j < n; j++)
                {
                    rankOne[(i * n) + j] = (i == j ? 2.0 : 0.0) + 8.0;
                }
            }

            Assert.True(Spectrum.Extremes(rankOne, n, scratch, work, out double s2, out double l2));
            Assert.Equal(2.0, s2, 1e-12 * 8 * n);
            Assert.Equal(2.0 + (8.0 * n), l2, 1e-12 * 8 * n);

            // The second-difference matrix tridiag(-1, 2, -1): eigenvalues 2 - 2 cos(k pi/(n + 1)).
            var laplacian = new double[n * n];
            for (int i = 0; i < n; i++)
            {
                laplacian[(i * n) + i] = 2.0;
                if (i > 0)
                {
                    laplacian[(i * n) + i - 1] = -1.0;
                    laplacian[((i - 1) * n) + i] = -1.0;
                }
            }

            Assert.True(Spectrum.Extremes(laplacian, n, scratch, work, out double s3, out double l3));
            Assert.Equal(2.0 - (2.0 * Math.Cos(Math.PI / (n + 1))), s3, 1e-13);
            Assert.Equal(2.0 - (2.0 * Math.Cos(n * Math.PI / (n + 1))), l3, 1e-13);
        }

        [Fact]
        public void A_non_finite_entry_is_refused()
        {
            var a = new double[16];
            a[5] = double.NaN;
            Assert.False(Spectrum.Extremes(a, 4, new double[16], new double[8], out double s, out double l));
            Assert.True(double.IsNaN(s) && double.IsNaN(l));
            a[5] = double.PositiveInfinity;
            Assert.False(Spectrum.Extremes(a, 4, new double[16], new double[8], out _, out _));
        }
    }
}
