using System;
using System.Linq;
using Complex = System.Numerics.Complex;
using MathNet.Numerics.LinearAlgebra;
using SymbolicGd.Tests.Losses;
using Xunit;

namespace SymbolicGd.Tests
{
    // Heavy ball, Nesterov and Newton (issue 12) against closed forms on quadratics: each
    // method's stability boundary, its iterates, its contraction per step, and Newton's one step.
    public class MethodTests
    {
        private static readonly double[] Start = { -1.0 };

        // Spectral radius of a real 2x2 matrix from its eigenvalues (MathNet), independent of the runtime's root formula.
        private static double SpectralRadius(double a11, double a12, double a21, double a22) =>
            Matrix<double>.Build.DenseOfArray(new[,] { { a11, a12 }, { a21, a22 } }).Evd().EigenValues.Max(c => Complex.Abs(c));

        private static double HeavyBallFactor(double eta, double beta, double lambda) => SpectralRadius(1.0 + beta - (eta * lambda), -beta, 1.0, 0.0);

        private static double NesterovFactor(double eta, double beta, double lambda)
        {
            double a = 1.0 - (eta * lambda);
            return SpectralRadius((1.0 + beta) * a, -beta * a, 1.0, 0.0);
        }

        [Theory]
        [InlineData(DescentMethod.HeavyBall, 0.5, 1.5)]
        [InlineData(DescentMethod.HeavyBall, 0.9, 1.9)]
        [InlineData(DescentMethod.Nesterov, 0.5, 0.75)]
        [InlineData(DescentMethod.Nesterov, 0.9, 1.9 / 2.8)]
        [InlineData(DescentMethod.GradientDescent, null, 1.0)]
        public void Just_below_the_limit_converges_and_just_above_diverges_unguarded(DescentMethod method, double? beta, double boundary)
        {
            // (theta - 3)^2, L = 2: the boundary eta is limit/2 with limit 2, 2(1 + beta), 2(1 + beta)/(1 + 2 beta).
            var below = GradientDescent.Minimize<QuadraticLoss>(Start, new DescentOptions { Method = method, Momentum = beta, LearningRate = 0.99 * boundary, Guard = StepGuard.Off, MaxSteps = 100_000 });
            var above = GradientDescent.Minimize<QuadraticLoss>(Start, new DescentOptions { Method = method, Momentum = beta, LearningRate = 1.01 * boundary, Guard = StepGuard.Off, MaxSteps = 100_000 });

            Assert.Equal(StopReason.Converged, below.StopReason);
            Assert.Equal(3.0, below.Minimum[0], 1e-8);
            Assert.Equal(2.0 * boundary, below.Summary.StabilityLimit, 1e-12);
            Assert.True(below.Summary.SlowestContractionFactor < 1.0);

            // Reported early, long before anything overflows, and the start is the best point seen.
            Assert.Equal(StopReason.Diverged, above.StopReason);
            Assert.True(above.Steps < 50, $"{method}: diverged only after {above.Steps} steps");
            Assert.Equal(LearningRateRegime.Diverging, above.Summary.Regime);
            Assert.True(above.Summary.SlowestContractionFactor > 1.0);
            Assert.Equal(new[] { -1.0 }, above.Minimum);
        }

        [Theory]
        [InlineData(DescentMethod.HeavyBall, 0.5, 1.5, "2(1 + beta) = 3")]
        [InlineData(DescentMethod.Nesterov, 0.5, 0.75, "2(1 + beta)/(1 + 2 beta) = 1.5")]
        public void Above_the_limit_the_guard_clamps_or_refuses_naming_the_method_and_its_limit(DescentMethod method, double beta, double boundary, string limitText)
        {
            var clamped = GradientDescent.Minimize<QuadraticLoss>(Start, new DescentOptions { Method = method, Momentum = beta, LearningRate = 1.01 * boundary, MaxSteps = 100_000 });
            Assert.Equal(StopReason.Converged, clamped.StopReason);
            Assert.Equal(3.0, clamped.Minimum[0], 1e-8);
            Assert.True(clamped.Summary.ClampedSteps > 0);
            Assert.Equal(clamped.Summary.ClampedSteps, clamped.Summary.UnstableSteps);

            var error = Assert.Throws<UnstableLearningRateException>(() =>
                GradientDescent.Minimize<QuadraticLoss>(Start, new DescentOptions { Method = method, Momentum = beta, LearningRate = 1.01 * boundary, Guard = StepGuard.Throw }));
            Assert.Equal(method, error.Method);
            Assert.Equal(beta, error.Momentum);
            Assert.Equal(2.0 * boundary, error.StabilityLimit, 1e-12);
            Assert.Equal(boundary, error.MaxStableLearningRate, 1e-12);
            Assert.Equal(2.0, error.Lipschitz);
            Assert.Contains(method == DescentMethod.HeavyBall ? "of heavy ball with momentum beta = 0.5" : "of Nesterov with momentum beta = 0.5", error.Message, StringComparison.Ordinal);
            Assert.Contains(limitText, error.Message, StringComparison.Ordinal);

            // Just below the limit the guard leaves the step alone.
            var stable = GradientDescent.Minimize<QuadraticLoss>(Start, new DescentOptions { Method = method, Momentum = beta, LearningRate = 0.99 * boundary, Guard = StepGuard.Throw, MaxSteps = 100_000 });
            Assert.Equal(0, stable.Summary.UnstableSteps);
        }

        [Fact]
        public void Newton_is_held_to_alpha_below_2_and_its_line_search_never_lets_the_loss_rise()
        {
            // On a quadratic a Newton step of length alpha multiplies the error by 1 - alpha.
            var below = GradientDescent.Minimize<QuadraticLoss>(Start, new DescentOptions { Method = DescentMethod.Newton, LearningRate = 1.99, Guard = StepGuard.Off, MaxSteps = 100_000, RecordTrajectory = true });
            Assert.Equal(StopReason.Converged, below.StopReason);
            for (int k = 0; k < 5; k++)
            {
                Assert.Equal(3.0 - (4.0 * Math.Pow(-0.99, k)), below.Trajectory!.Theta[k][0], 1e-12);
            }

            Assert.Equal(0.99, below.Summary.SlowestContractionFactor!.Value, 1e-12);
            Assert.Equal(LearningRateRegime.Overshooting, below.Summary.Regime);

            // Above the limit: the loss would rise, so the line search shortens the step and the run converges anyway.
            var above = GradientDescent.Minimize<QuadraticLoss>(Start, new DescentOptions { Method = DescentMethod.Newton, LearningRate = 2.01, Guard = StepGuard.Off, RecordTrajectory = true });
            Assert.Equal(StopReason.Converged, above.StopReason);
            Assert.True(above.Summary.BacktrackedSteps > 0);
            Assert.Equal(LearningRateRegime.Diverging, above.Summary.Regime);
            Assert.True(above.Trajectory!.Loss.Zip(above.Trajectory.Loss.Skip(1), (a, b) => b < a).All(falling => falling));

            var clamped = GradientDescent.Minimize<QuadraticLoss>(Start, new DescentOptions { Method = DescentMethod.Newton, LearningRate = 2.01 });
            Assert.Equal(1, clamped.Steps);
            Assert.Equal(1, clamped.Summary.ClampedSteps);
            Assert.Equal(3.0, clamped.Minimum[0], 1e-14);

            var error = Assert.Throws<UnstableLearningRateException>(() =>
                GradientDescent.Minimize<QuadraticLoss>(Start, new DescentOptions { Method = DescentMethod.Newton, LearningRate = 2.01, Guard = StepGuard.Throw }));
            Assert.Equal(DescentMethod.Newton, error.Method);
            Assert.Equal(2.0, error.StabilityLimit);
            Assert.Contains("Newton's stability limit alpha < 2", error.Message, StringComparison.Ordinal);
        }

        [Theory]
        [InlineData(0.5, 0.01)]
        [InlineData(0.3, 0.015)]
        [InlineData(0.8, 0.02)]
        public void Heavy_ball_iterates_follow_the_update_rule_and_contract_as_the_closed_form_says(double beta, double eta)
        {
            // 0.5 (100 x^2 + y^2): eigenvalues 100 and 1.
            var result = GradientDescent.Minimize<AnisotropicLoss>([1.0, 1.0], new DescentOptions { Method = DescentMethod.HeavyBall, Momentum = beta, LearningRate = eta, Tolerance = 1e-12, MaxSteps = 100_000, RecordTrajectory = true });

            Assert.Equal(StopReason.Converged, result.StopReason);
            double x = 1.0, y = 1.0, xPrevious = 1.0, yPrevious = 1.0;
            for (int t = 0; t <= Math.Min(result.Steps, 200); t++)
            {
                Assert.Equal(x, result.Trajectory!.Theta[t][0], 1e-12);
                Assert.Equal(y, result.Trajectory.Theta[t][1], 1e-12);
                double xNext = x - (eta * 100.0 * x) + (beta * (x - xPrevious));
                double yNext = y - (eta * y) + (beta * (y - yPrevious));
                (xPrevious, yPrevious, x, y) = (x, y, xNext, yNext);
            }

            double predicted = Math.Max(HeavyBallFactor(eta, beta, 100.0), HeavyBallFactor(eta, beta, 1.0));
            Assert.Equal(predicted, result.Summary.SlowestContractionFactor!.Value, 1e-12);
            Assert.Equal(HeavyBallFactor(eta, beta, 100.0), result.Summary.ContractionFactor, 1e-12);
            Assert.Equal(predicted, result.Summary.MeasuredContractionFactor!.Value, 0.01 * predicted);
        }

        [Theory]
        [InlineData(0.5, 0.01)]
        [InlineData(0.3, 0.012)]
        [InlineData(0.8, 0.005)]
        public void Nesterov_iterates_are_the_look_ahead_points_and_contract_as_the_closed_form_says(double beta, double eta)
        {
            var result = GradientDescent.Minimize<AnisotropicLoss>([1.0, 1.0], new DescentOptions { Method = DescentMethod.Nesterov, Momentum = beta, LearningRate = eta, Tolerance = 1e-12, MaxSteps = 100_000, RecordTrajectory = true });

            Assert.Equal(StopReason.Converged, result.StopReason);

            // theta_{-1} = theta_0; y_t = theta_t + beta (theta_t - theta_{t-1}); theta_{t+1} = y_t - eta grad(y_t).
            double[] theta = { 1.0, 1.0 }, thetaPrevious = { 1.0, 1.0 };
            double[] h = { 100.0, 1.0 };
            for (int t = 0; t <= Math.Min(result.Steps, 200); t++)
            {
                for (int i = 0; i < 2; i++)
                {
                    double yi = theta[i] + (beta * (theta[i] - thetaPrevious[i]));
                    Assert.Equal(yi, result.Trajectory!.Theta[t][i], 1e-12);
                    thetaPrevious[i] = theta[i];
                    theta[i] = yi - (eta * h[i] * yi);
                }
            }

            double predicted = Math.Max(NesterovFactor(eta, beta, 100.0), NesterovFactor(eta, beta, 1.0));
            Assert.Equal(predicted, result.Summary.SlowestContractionFactor!.Value, 1e-12);
            Assert.Equal(predicted, result.Summary.MeasuredContractionFactor!.Value, 0.01 * predicted);
        }

        [Fact]
        public void Gradient_descent_measures_the_contraction_it_predicts()
        {
            // Booth with eta = 1/18: the slow direction (eigenvalue 2) shrinks by 8/9 per step.
            var result = GradientDescent.Minimize<BoothLoss>([0.0, 0.0], new DescentOptions { LearningRate = 1.0 / 18.0 });

            Assert.Equal(8.0 / 9.0, result.Summary.SlowestContractionFactor!.Value, 1e-12);
            Assert.Equal(8.0 / 9.0, result.Summary.MeasuredContractionFactor!.Value, 1e-7);
            Assert.Contains("predicted 0.888889 (slowest direction), measured 0.888889", result.ToString(), StringComparison.Ordinal);
        }

        [Fact]
        public void Automatic_parameters_on_a_constant_Hessian_are_the_closed_forms()
        {
            // L = 100, mu = 1, kappa = 100, sqrt kappa = 10.
            var heavy = GradientDescent.Minimize<AnisotropicLoss>([1.0, 1.0], new DescentOptions { Method = DescentMethod.HeavyBall });
            Assert.Equal(4.0 / 121.0, heavy.Summary.EffectiveLearningRate, 1e-15);
            Assert.Equal(81.0 / 121.0, heavy.Summary.Momentum, 1e-15);
            Assert.Equal(9.0 / 11.0, heavy.Summary.SlowestContractionFactor!.Value, 1e-6);
            Assert.Equal(100.0, heavy.Summary.ConditionNumber);

            var nesterov = GradientDescent.Minimize<AnisotropicLoss>([1.0, 1.0], new DescentOptions { Method = DescentMethod.Nesterov });
            Assert.Equal(0.01, nesterov.Summary.EffectiveLearningRate, 1e-15);
            Assert.Equal(9.0 / 11.0, nesterov.Summary.Momentum, 1e-15);

            // Nesterov at eta = 1/L and that beta: the slow factor is the larger root of
            // z^2 - (1 + beta)(0.99) z + beta (0.99), about 1 - 1/sqrt(kappa).
            Assert.Equal(NesterovFactor(0.01, 9.0 / 11.0, 1.0), nesterov.Summary.SlowestContractionFactor!.Value, 1e-12);
        }

        [Fact]
        public void On_kappa_100_automatic_momentum_takes_at_least_five_times_fewer_steps_than_gradient_descent()
        {
            var options = new DescentOptions { MaxSteps = 100_000, Tolerance = 1e-8 };
            int gd = GradientDescent.Minimize<AnisotropicLoss>([1.0, 1.0], options).Steps;
            var heavy = GradientDescent.Minimize<AnisotropicLoss>([1.0, 1.0], options with { Method = DescentMethod.HeavyBall });
            var nesterov = GradientDescent.Minimize<AnisotropicLoss>([1.0, 1.0], options with { Method = DescentMethod.Nesterov });

            // Gradient descent at 1/L shrinks the slow direction by 0.99 per step: 1833 steps (ClosedFormConvergenceTests).
            Assert.Equal(1833, gd);
            Assert.Equal(StopReason.Converged, heavy.StopReason);
            Assert.Equal(StopReason.Converged, nesterov.StopReason);
            Assert.True(5 * heavy.Steps <= gd, $"heavy ball {heavy.Steps} steps vs gradient descent {gd}");
            Assert.True(5 * nesterov.Steps <= gd, $"Nesterov {nesterov.Steps} steps vs gradient descent {gd}");
        }

        [Fact]
        public void Newton_solves_a_quadratic_in_one_step()
        {
            var booth = GradientDescent.Minimize<BoothLoss>([0.0, 0.0], new DescentOptions { Method = DescentMethod.Newton });
            Assert.Equal(StopReason.Converged, booth.StopReason);
            Assert.Equal(1, booth.Steps);
            Assert.Equal(1.0, booth.Minimum[0], 1e-14);
            Assert.Equal(3.0, booth.Minimum[1], 1e-14);
            Assert.Equal(1, booth.Summary.PredictedSteps);
            Assert.Equal(LearningRateRegime.Optimal, booth.Summary.Regime);
        }

        [Theory]
        [InlineData(2, 1)]
        [InlineData(4, 2)]
        [InlineData(6, 3)]
        public void Newton_solves_random_positive_definite_quadratics_in_one_step(int n, int seed)
        {
            var random = new Random(seed);
            var q = Matrix<double>.Build.Dense(n, n, (_, _) => (random.NextDouble() * 2.0) - 1.0).QR().Q;
            var lambda = Enumerable.Range(0, n).Select(_ => Math.Exp((random.NextDouble() * 6.0) - 3.0)).ToArray();
            var a = q * Matrix<double>.Build.DenseOfDiagonalArray(lambda) * q.Transpose();
            var flat = new double[n * n];
            for (int i = 0; i < n; i++)
            {
                for (int j = 0; j < n; j++)
                {
                    flat[(i * n) + j] = 0.5 * (a[i, j] + a[j, i]);
                }
            }

            var b = Enumerable.Range(0, n).Select(_ => (random.NextDouble() * 4.0) - 2.0).ToArray();
            var solution = Matrix<double>.Build.Dense(n, n, (i, j) => flat[(i * n) + j]).Solve(Vector<double>.Build.DenseOfArray(b));

            var result = GradientDescent.Minimize(new MatrixQuadraticLoss(flat, b), new double[n], new DescentOptions { Method = DescentMethod.Newton, Tolerance = 1e-9 });

            Assert.Equal(StopReason.Converged, result.StopReason);
            Assert.Equal(1, result.Steps);
            for (int i = 0; i < n; i++)
            {
                Assert.Equal(solution[i], result.Minimum[i], 1e-9);
            }
        }

        [Fact]
        public void Newton_converges_quadratically_near_a_non_degenerate_minimum()
        {
            // Rosenbrock: the Hessian at (1, 1) has eigenvalues 0.4 and 1001.6, both positive. Newton's
            // error obeys e_{t+1} <= |H^-1| (M/2) e_t^2 with M the Lipschitz constant of the Hessian:
            // its derivatives [[2400 x, -400], [-400, 0]] and [[-400, 0], [0, 0]] give M < 2500 near
            // (1, 1), and |H^-1| = 1/0.4 = 2.5, so C = 3125 < 4000.
            var result = GradientDescent.Minimize<RosenbrockLoss>([1.2, 1.2], new DescentOptions { Method = DescentMethod.Newton, Tolerance = 1e-13, RecordTrajectory = true });

            Assert.Equal(StopReason.Converged, result.StopReason);
            double[] error = result.Trajectory!.Theta.Select(p => Math.Sqrt(Math.Pow(p[0] - 1.0, 2) + Math.Pow(p[1] - 1.0, 2))).ToArray();
            int checkedSteps = 0;
            for (int t = 0; t + 1 < error.Length; t++)
            {
                if (error[t] < 1e-3)
                {
                    Assert.True(error[t + 1] <= 4000.0 * error[t] * error[t], $"step {t}: error {error[t]:R} -> {error[t + 1]:R}");
                    checkedSteps++;
                }
            }

            Assert.True(checkedSteps >= 3);
            Assert.True(error[^1] / error[^2] < 1e-4);
            Assert.Equal(StationaryPointKind.Minimum, result.StationaryPoint);
        }

        [Fact]
        public void Newton_from_the_standard_Rosenbrock_start_needs_fewer_than_50_steps()
        {
            var result = GradientDescent.Minimize<RosenbrockLoss>([-1.2, 1.0], new DescentOptions { Method = DescentMethod.Newton });

            Assert.Equal(StopReason.Converged, result.StopReason);
            Assert.True(result.Steps < 50, $"{result.Steps} steps");
            Assert.Equal(1.0, result.Minimum[0], 1e-9);
            Assert.Equal(1.0, result.Minimum[1], 1e-9);
        }

        [Fact]
        public void Newton_turns_negative_curvature_around_instead_of_climbing_to_the_maximum()
        {
            // (x^2 - 1)^2 from 0.1: f'' = 12 x^2 - 4 = -3.88 < 0. Pure Newton, x - f'/f'', would move
            // to the maximum at 0; with |f''| the step goes downhill, towards the minimum at 1.
            var well = GradientDescent.Minimize<DoubleWellLoss>([0.1], new DescentOptions { Method = DescentMethod.Newton, RecordTrajectory = true });
            double x = 0.1, g = 4.0 * x * ((x * x) - 1.0), h = (12.0 * x * x) - 4.0;
            Assert.Equal(x - (g / Math.Abs(h)), well.Trajectory!.Theta[1][0], 1e-14);
            Assert.Equal(StopReason.Converged, well.StopReason);
            Assert.Equal(1.0, well.Minimum[0], 1e-9);
            Assert.Equal(StationaryPointKind.Minimum, well.StationaryPoint);

            // x^2 - y^2 from (1, 0.001): x is solved in one step, y doubles each step (1 + alpha with alpha = 1).
            var saddle = GradientDescent.Minimize<HyperbolicSaddleLoss>([1.0, 0.001], new DescentOptions { Method = DescentMethod.Newton, MaxSteps = 10, RecordTrajectory = true });
            for (int k = 1; k <= 10; k++)
            {
                Assert.Equal(0.0, saddle.Trajectory!.Theta[k][0], 1e-15);
                Assert.Equal(0.001 * Math.Pow(2.0, k), saddle.Trajectory.Theta[k][1], 1e-12);
            }

            Assert.Equal(LearningRateRegime.NegativeCurvature, saddle.Summary.Regime);
            Assert.Equal(2.0, saddle.Summary.ContractionFactor);
        }

        [Fact]
        public void Newton_runs_on_a_data_loss()
        {
            // Least squares over data: Newton is exact in one step (normal equations).
            double[] x = Enumerable.Range(0, 20).Select(i => i / 4.0).ToArray();
            double[] y = x.Select((v, i) => 2.0 - (0.7 * v) + (i % 2 == 0 ? 0.1 : -0.1)).ToArray();
            double mx = x.Average(), my = y.Average();
            double slope = x.Zip(y, (a, b) => (a - mx) * (b - my)).Sum() / x.Sum(a => (a - mx) * (a - mx));
            var line = GradientDescent.Minimize(new LineFitLoss(x, y), [0.0, 0.0], new DescentOptions { Method = DescentMethod.Newton, Tolerance = 1e-12 });
            Assert.Equal(1, line.Steps);
            Assert.Equal(my - (slope * mx), line.Minimum[0], 1e-12);
            Assert.Equal(slope, line.Minimum[1], 1e-12);

            // Logistic regression over data: converges in a handful of steps to a point where the
            // gradient, recomputed here from its definition, vanishes.
            double[] labels = x.Select((v, i) => v + (i % 3 == 0 ? 1.5 : 0.0) > 2.6 ? 1.0 : 0.0).ToArray();
            var logistic = GradientDescent.Minimize(new LogisticDataLoss(x, labels), [0.0, 0.0], new DescentOptions { Method = DescentMethod.Newton, Tolerance = 1e-12 });
            Assert.Equal(StopReason.Converged, logistic.StopReason);
            Assert.True(logistic.Steps < 15, $"{logistic.Steps} steps");
            double ga = 0.0, gb = 0.0;
            for (int i = 0; i < x.Length; i++)
            {
                double p = 1.0 / (1.0 + Math.Exp(-(logistic.Minimum[0] + (logistic.Minimum[1] * x[i]))));
                ga += (p - labels[i]) / x.Length;
                gb += (p - labels[i]) * x[i] / x.Length;
            }

            Assert.True(Math.Sqrt((ga * ga) + (gb * gb)) < 1e-11);
            Assert.Equal(StationaryPointKind.Minimum, logistic.StationaryPoint);
        }

        [Fact]
        public void Newton_stops_as_stalled_when_no_decrease_is_possible_at_machine_precision()
        {
            // cosh(x) from 1: x - tanh x converges cubically to 0, where cosh is 1 + x^2/2. Once x is
            // about 1e-23 the loss is exactly 1 in double precision at x and at every trial point, so
            // the zero gradient the tolerance 0 asks for cannot be reached by lowering the loss.
            var result = GradientDescent.Minimize<CoshLoss>([1.0], new DescentOptions { Method = DescentMethod.Newton, Tolerance = 0.0, MaxSteps = 1000 });

            Assert.Equal(StopReason.Stalled, result.StopReason);
            Assert.True(result.Steps < 10, $"{result.Steps} steps");
            Assert.Equal(1.0, result.Value);
            Assert.True(Math.Abs(result.Minimum[0]) < 1e-15);
            Assert.Contains("stalled after", result.ToString(), StringComparison.Ordinal);
            Assert.Contains("cannot decrease further here in double precision", result.ToString(), StringComparison.Ordinal);
        }

        [Fact]
        public void Options_refuse_momentum_outside_the_momentum_methods_and_outside_0_to_1()
        {
            Assert.Throws<ArgumentException>(() => GradientDescent.Minimize<QuadraticLoss>(Start, new DescentOptions { Momentum = 0.5 }));
            Assert.Throws<ArgumentException>(() => GradientDescent.Minimize<QuadraticLoss>(Start, new DescentOptions { Method = DescentMethod.Newton, Momentum = 0.5 }));
            Assert.Throws<ArgumentOutOfRangeException>(() => GradientDescent.Minimize<QuadraticLoss>(Start, new DescentOptions { Method = DescentMethod.HeavyBall, Momentum = 1.0 }));
            Assert.Throws<ArgumentOutOfRangeException>(() => GradientDescent.Minimize<QuadraticLoss>(Start, new DescentOptions { Method = DescentMethod.Nesterov, Momentum = -0.1 }));
            Assert.Throws<ArgumentOutOfRangeException>(() => GradientDescent.Minimize<QuadraticLoss>(Start, new DescentOptions { Method = (DescentMethod)7 }));
        }

        [Fact]
        public void The_summary_names_the_method_its_limit_and_the_predicted_and_measured_contraction()
        {
            var result = GradientDescent.Minimize<AnisotropicLoss>([1.0, 1.0], new DescentOptions { Method = DescentMethod.HeavyBall, Momentum = 0.5, LearningRate = 0.01 });
            string text = result.ToString();

            Assert.Contains("method: heavy ball, momentum beta = 0.5, stable for eta*L < 2(1 + beta) = 3", text, StringComparison.Ordinal);
            Assert.Contains("max stable eta 2(1 + beta)/L = 0.03", text, StringComparison.Ordinal);
            Assert.Contains("converging (eta*L < 3)", text, StringComparison.Ordinal);
            Assert.Contains("per step: predicted ", text, StringComparison.Ordinal);
            Assert.Contains(", measured ", text, StringComparison.Ordinal);

            var newton = GradientDescent.Minimize<RosenbrockLoss>([-1.2, 1.0], new DescentOptions { Method = DescentMethod.Newton });
            Assert.Contains("method: Newton, stable for alpha < 2", newton.ToString(), StringComparison.Ordinal);
            Assert.Contains("the line search shortened", newton.ToString(), StringComparison.Ordinal);
        }
    }
}
