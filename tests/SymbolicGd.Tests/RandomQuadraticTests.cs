using System;
using System.Linq;
using MathNet.Numerics.LinearAlgebra;
using SymbolicGd.Tests.Losses;
using Xunit;

namespace SymbolicGd.Tests
{
    // Random positive definite quadratics 0.5 theta^T A theta - b^T theta, n = 1..6: the runtime's
    // trajectory against the test's own iteration theta <- theta - eta (A theta - b), and its
    // predicted step count against the steps it actually took. L and mu come from MathNet.
    public class RandomQuadraticTests
    {
        public static TheoryData<int, int> Cases()
        {
            var data = new TheoryData<int, int>();
            for (int n = 1; n <= 6; n++)
            {
                for (int seed = 0; seed < 4; seed++)
                {
                    data.Add(n, seed);
                }
            }

            return data;
        }

        private static (double[] A, double[] B, double Mu, double L) Problem(int n, Random random)
        {
            var q = Matrix<double>.Build.Dense(n, n, (_, _) => (random.NextDouble() * 2.0) - 1.0).QR().Q;
            var lambda = Enumerable.Range(0, n).Select(_ => Math.Exp((random.NextDouble() * 4.0) - 1.0)).ToArray();
            var a = q * Matrix<double>.Build.DenseOfDiagonalArray(lambda) * q.Transpose();
            var flat = new double[n * n];
            for (int i = 0; i < n; i++)
            {
                for (int j = 0; j < n; j++)
                {
                    flat[(i * n) + j] = 0.5 * (a[i, j] + a[j, i]);
                }
            }

            var values = Matrix<double>.Build.Dense(n, n, (i, j) => flat[(i * n) + j]).Evd(Symmetricity.Symmetric).EigenValues.Select(c => c.Real).ToArray();
            var b = Enumerable.Range(0, n).Select(_ => (random.NextDouble() * 4.0) - 2.0).ToArray();
            return (flat, b, values.Min(), values.Max());
        }

        [Theory]
        [MemberData(nameof(Cases))]
        public void The_trajectory_is_plain_gradient_descent_and_the_step_count_is_predicted(int n, int seed)
        {
            var random = new Random((n * 97) + seed);
            var (a, b, mu, l) = Problem(n, random);
            ConfiguredQuadraticLoss.Configure(a, b, l);
            double eta = (0.1 + (1.8 * random.NextDouble())) / l;
            var start = Enumerable.Range(0, n).Select(_ => (random.NextDouble() * 10.0) - 5.0).ToArray();

            var result = GradientDescent.Minimize<ConfiguredQuadraticLoss>(start, new DescentOptions { LearningRate = eta, MaxSteps = 100_000, Tolerance = 1e-9, RecordTrajectory = true });

            Assert.Equal(StopReason.Converged, result.StopReason);
            var theta = (double[])start.Clone();
            for (int t = 0; t <= result.Steps; t++)
            {
                for (int i = 0; i < n; i++)
                {
                    Assert.Equal(theta[i], result.Trajectory!.Theta[t][i], 1e-9);
                }

                var gradient = new double[n];
                for (int i = 0; i < n; i++)
                {
                    for (int j = 0; j < n; j++)
                    {
                        gradient[i] += a[(i * n) + j] * theta[j];
                    }

                    gradient[i] -= b[i];
                }

                for (int i = 0; i < n; i++)
                {
                    theta[i] -= eta * gradient[i];
                }
            }

            // The minimiser solves A theta = b.
            var solution = Matrix<double>.Build.Dense(n, n, (i, j) => a[(i * n) + j]).Solve(Vector<double>.Build.DenseOfArray(b));
            for (int i = 0; i < n; i++)
            {
                Assert.Equal(solution[i], result.Minimum[i], 1e-8 / mu * 10.0);
            }

            var summary = result.Summary;
            Assert.Equal(eta * l, summary.EtaTimesLipschitz, 1e-12);
            Assert.Equal(Math.Max(Math.Abs(1.0 - (eta * mu)), Math.Abs(1.0 - (eta * l))), summary.SlowestContractionFactor!.Value, 1e-12);
            // Exact arithmetic predicts the step; rounding may move a boundary case by one.
            Assert.InRange(result.Steps - summary.PredictedSteps!.Value, -1, 1);
        }
    }
}
