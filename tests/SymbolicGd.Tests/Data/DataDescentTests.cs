using System;
using System.Linq;
using MathNet.Numerics.LinearAlgebra;
using Xunit;

namespace SymbolicGd.Tests.Data
{
    /// <summary>
    /// Descent on generated data losses reaches the optimum computed independently: least squares
    /// by a QR solve of the design matrix (MathNet.Numerics), for a line and for a five-term
    /// seasonal model; Newton solves the quadratic in one step.
    /// </summary>
    public class DataDescentTests
    {
        [Fact]
        public void Newton_and_gradient_descent_reach_the_least_squares_line()
        {
            var random = new Random(3);
            int samples = 20_000;
            double[] x = Enumerable.Range(0, samples).Select(_ => random.NextDouble() * 4.0).ToArray();
            double[] y = x.Select(v => 1.5 - (0.8 * v) + (random.NextDouble() - 0.5)).ToArray();
            Vector<double> expected = LeastSquares(samples, i => new[] { 1.0, x[i] }, y);

            var loss = new GeneratedDataLosses.LineFitLoss(x, y);
            Assert.Equal(samples, loss.SampleCount);
            Assert.True(loss.HasConstantHessian);

            DescentResult newton = GradientDescent.Minimize(loss, [0.0, 0.0], new DescentOptions { Method = DescentMethod.Newton, MaxSteps = 5, Tolerance = 1e-10 });
            Assert.Equal(StopReason.Converged, newton.StopReason);
            Assert.True(newton.Steps <= 2, newton.Steps + " Newton steps");
            Assert.Equal(expected[0], newton.Minimum[0], 1e-10);
            Assert.Equal(expected[1], newton.Minimum[1], 1e-10);

            DescentResult descent = GeneratedDataLosses.LineFitMinimize(0.0, 0.0, x, y, new DescentOptions { MaxSteps = 100_000, Tolerance = 1e-11 });
            Assert.Equal(StopReason.Converged, descent.StopReason);
            Assert.Equal(expected[0], descent.Minimum[0], 1e-8);
            Assert.Equal(expected[1], descent.Minimum[1], 1e-8);
        }

        [Fact]
        public void Newton_reaches_the_least_squares_fit_of_a_seasonal_model_over_many_samples()
        {
            // Enough samples that every evaluation runs on all cores.
            var random = new Random(5);
            int samples = 100_000;
            double[] t = Enumerable.Range(0, samples).Select(i => i / 1200.0).ToArray();
            double[] y = t.Select(v => 300.0 + (1.2 * v) + (0.01 * v * v) + (2.5 * Math.Sin(2 * Math.PI * v)) - (0.7 * Math.Cos(2 * Math.PI * v)) + (random.NextDouble() - 0.5)).ToArray();
            Vector<double> expected = LeastSquares(samples, i => new[] { 1.0, t[i], t[i] * t[i], Math.Sin(2 * Math.PI * t[i]), Math.Cos(2 * Math.PI * t[i]) }, y);

            DescentResult newton = GeneratedDataLosses.SeasonalMinimize(0, 0, 0, 0, 0, t, y, new DescentOptions { Method = DescentMethod.Newton, MaxSteps = 10, Tolerance = 1e-8 });
            Assert.Equal(StopReason.Converged, newton.StopReason);
            for (int k = 0; k < 5; k++)
            {
                Assert.True(Math.Abs(expected[k] - newton.Minimum[k]) <= 1e-8 * Math.Max(1.0, Math.Abs(expected[k])), $"c{k}: QR {expected[k]:R}, Newton {newton.Minimum[k]:R}");
            }
        }

        [Fact]
        public void Logistic_regression_descends_to_a_zero_gradient_of_the_plain_loop()
        {
            var random = new Random(9);
            int samples = 5_000;
            double[] x1 = Enumerable.Range(0, samples).Select(_ => (random.NextDouble() * 4) - 2).ToArray();
            double[] x2 = Enumerable.Range(0, samples).Select(_ => (random.NextDouble() * 4) - 2).ToArray();
            double[] label = x1.Zip(x2, (a, b) => random.NextDouble() < 1 / (1 + Math.Exp(-(0.3 + a - b))) ? 1.0 : 0.0).ToArray();
            const double Lambda = 0.01;

            DescentResult newton = GeneratedDataLosses.LogRegMinimize(0, 0, 0, x1, x2, label, Lambda, new DescentOptions { Method = DescentMethod.Newton, MaxSteps = 50, Tolerance = 1e-12 });
            Assert.Equal(StopReason.Converged, newton.StopReason);

            // The gradient at the result, by a plain loop written here: zero.
            double w0 = newton.Minimum[0], w1 = newton.Minimum[1], w2 = newton.Minimum[2];
            double g0 = 0, g1 = 0, g2 = 0;
            for (int i = 0; i < samples; i++)
            {
                double r = (1 / (1 + Math.Exp(-(w0 + (w1 * x1[i]) + (w2 * x2[i]))))) - label[i];
                g0 += r;
                g1 += r * x1[i];
                g2 += r * x2[i];
            }

            Assert.True(Math.Abs(g0 / samples) < 1e-10);
            Assert.True(Math.Abs((g1 / samples) + (2 * Lambda * w1)) < 1e-10);
            Assert.True(Math.Abs((g2 / samples) + (2 * Lambda * w2)) < 1e-10);
        }

        private static Vector<double> LeastSquares(int samples, Func<int, double[]> row, double[] y)
        {
            Matrix<double> design = Matrix<double>.Build.DenseOfRowArrays(Enumerable.Range(0, samples).Select(row));
            return design.QR().Solve(Vector<double>.Build.DenseOfArray(y));
        }
    }
}
