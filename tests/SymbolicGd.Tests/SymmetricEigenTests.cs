using System;
using System.Linq;
using MathNet.Numerics.LinearAlgebra;
using Xunit;

namespace SymbolicGd.Tests
{
    // The eigen solver against MathNet.Numerics' dense symmetric EVD.
    public class SymmetricEigenTests
    {
        public static TheoryData<int, int> Cases()
        {
            var data = new TheoryData<int, int>();
            for (int n = 1; n <= 8; n++)
            {
                for (int seed = 0; seed < 5; seed++)
                {
                    data.Add(n, seed);
                }
            }

            return data;
        }

        private static double[] Reference(double[] flat, int n)
        {
            var m = Matrix<double>.Build.Dense(n, n, (i, j) => flat[(i * n) + j]);
            return m.Evd(Symmetricity.Symmetric).EigenValues.Select(c => c.Real).OrderBy(v => v).ToArray();
        }

        private static void AgreesWithMathNet(double[] a, int n)
        {
            double[] expected = Reference(a, n);
            double scale = Math.Max(1.0, expected.Max(Math.Abs));
            var scratch = new double[n * n];
            var values = new double[n];

            Assert.True(SymmetricEigen.Eigenvalues(a, n, scratch, values));
            double[] sorted = values.OrderBy(v => v).ToArray();
            for (int i = 0; i < n; i++)
            {
                Assert.Equal(expected[i], sorted[i], 1e-12 * scale);
            }

            double radius = SymmetricEigen.SpectralRadius(a, n, scratch);
            Assert.Equal(expected.Max(Math.Abs), radius, 1e-12 * scale);
        }

        [Theory]
        [MemberData(nameof(Cases))]
        public void Random_symmetric_matrices_match_MathNet(int n, int seed)
        {
            var random = new Random((n * 100) + seed);
            var b = Matrix<double>.Build.Dense(n, n, (_, _) => (random.NextDouble() * 20.0) - 10.0);
            AgreesWithMathNet(SymmetricMatrices.Flat(b), n);
        }

        [Theory]
        [MemberData(nameof(Cases))]
        public void Indefinite_and_negative_definite_spectra_match_MathNet(int n, int seed)
        {
            var random = new Random((n * 1000) + seed);
            var lambda = Enumerable.Range(0, n).Select(i => (random.NextDouble() * 10.0) - (seed % 2 == 0 ? 5.0 : 11.0)).ToArray();
            AgreesWithMathNet(SymmetricMatrices.WithEigenvalues(lambda, random), n);
        }

        [Theory]
        [MemberData(nameof(Cases))]
        public void Repeated_eigenvalues_match_MathNet(int n, int seed)
        {
            var random = new Random((n * 7919) + seed);
            var lambda = Enumerable.Range(0, n).Select(i => i % 2 == 0 ? -3.0 : 3.0).ToArray();
            var a = SymmetricMatrices.WithEigenvalues(lambda, random);
            AgreesWithMathNet(a, n);
            Assert.Equal(3.0, SymmetricEigen.SpectralRadius(a, n, new double[n * n]), 1e-12);
        }

        [Theory]
        [MemberData(nameof(Cases))]
        public void Diagonal_matrices_give_their_diagonal(int n, int seed)
        {
            var random = new Random((n * 31) + seed);
            var diagonal = Enumerable.Range(0, n).Select(_ => (random.NextDouble() * 200.0) - 100.0).ToArray();
            var a = new double[n * n];
            for (int i = 0; i < n; i++)
            {
                a[(i * n) + i] = diagonal[i];
            }

            var values = new double[n];
            Assert.True(SymmetricEigen.Eigenvalues(a, n, new double[n * n], values));
            Assert.Equal(diagonal, values);
            // n = 2 goes through the closed form (|p + d| + |p - d|) / 2: exact up to an ulp.
            Assert.Equal(diagonal.Max(Math.Abs), SymmetricEigen.SpectralRadius(a, n, new double[n * n]), 1e-13);
        }

        [Theory]
        [MemberData(nameof(Cases))]
        public void Eigensystem_vectors_are_orthonormal_and_satisfy_A_v_equals_lambda_v(int n, int seed)
        {
            var random = new Random((n * 17) + seed);
            var b = Matrix<double>.Build.Dense(n, n, (_, _) => (random.NextDouble() * 2.0) - 1.0);
            double[] a = SymmetricMatrices.Flat(b);
            var values = new double[n];
            var vectors = new double[n * n];

            Assert.True(SymmetricEigen.Eigensystem(a, n, new double[n * n], values, vectors));
            var m = Matrix<double>.Build.Dense(n, n, (i, j) => a[(i * n) + j]);
            var v = Matrix<double>.Build.Dense(n, n, (i, j) => vectors[(i * n) + j]);
            var residual = (m * v) - (v * Matrix<double>.Build.DenseOfDiagonalArray(values));
            Assert.True(residual.FrobeniusNorm() < 1e-12, $"|A V - V diag(lambda)| = {residual.FrobeniusNorm()}");
            var gram = (v.Transpose() * v) - Matrix<double>.Build.DenseIdentity(n);
            Assert.True(gram.FrobeniusNorm() < 1e-12, $"|V^T V - I| = {gram.FrobeniusNorm()}");
            Assert.Equal(Reference(a, n), values.OrderBy(x => x).ToArray(), new Tolerance(1e-12));
        }

        [Theory]
        [InlineData(1e150)]
        [InlineData(1e-150)]
        public void Extreme_scales_neither_overflow_nor_underflow(double scale)
        {
            for (int n = 1; n <= 5; n++)
            {
                var random = new Random(n);
                var b = Matrix<double>.Build.Dense(n, n, (_, _) => ((random.NextDouble() * 2.0) - 1.0) * scale);
                double[] a = SymmetricMatrices.Flat(b);
                double expected = Reference(a, n).Max(Math.Abs);
                Assert.Equal(1.0, SymmetricEigen.SpectralRadius(a, n, new double[n * n]) / expected, 1e-12);
            }
        }

        [Fact]
        public void Non_finite_entries_give_NaN_and_false()
        {
            for (int n = 1; n <= 4; n++)
            {
                var a = new double[n * n];
                a[n * n - 1] = double.NaN;
                Assert.True(double.IsNaN(SymmetricEigen.SpectralRadius(a, n, new double[n * n])));
                a[n * n - 1] = double.PositiveInfinity;
                Assert.True(double.IsNaN(SymmetricEigen.SpectralRadius(a, n, new double[n * n])));
                Assert.False(SymmetricEigen.Eigenvalues(a, n, new double[n * n], new double[n]));
            }
        }

        [Fact]
        public void The_zero_matrix_has_radius_zero()
        {
            for (int n = 0; n <= 4; n++)
            {
                Assert.Equal(0.0, SymmetricEigen.SpectralRadius(new double[n * n], n, new double[n * n]));
            }
        }

        private sealed class Tolerance : System.Collections.Generic.IEqualityComparer<double>
        {
            private readonly double epsilon;

            public Tolerance(double epsilon) => this.epsilon = epsilon;

            public bool Equals(double x, double y) => Math.Abs(x - y) <= epsilon * Math.Max(1.0, Math.Abs(x));

            public int GetHashCode(double obj) => 0;
        }
    }
}
