using System;

namespace SymbolicGd
{
    // Turns what the loop found (RunState and its buffers) into the public DescentResult and
    // its LearningRateSummary. Runs once per run, after the loop, so it may allocate.
    internal static class DescentReport
    {
        public static DescentResult Build<TLoss>(TLoss loss, string lossName, Buffers run, DescentOptions options, TrajectoryRecorder? recorder, RunState state)
            where TLoss : ILoss
        {
            var names = loss.ParameterNames;
            double[] minimum = run.Best.ToArray();
            double[]? eigenvalues = null;
            StationaryPointKind? kind = null;
            if (state.BestNorm <= options.Tolerance)
            {
                eigenvalues = SortedEigenvalues(loss, minimum, out bool positiveDefinite);
                kind = eigenvalues is null ? null : Classify(eigenvalues, positiveDefinite);
            }

            bool bad = state.Stop is StopReason.NonFinite or StopReason.NonDifferentiable;
            return new DescentResult
            {
                Minimum = minimum,
                Value = state.BestValue,
                GradientNorm = state.BestNorm,
                MinimumIteration = Math.Max(0, state.BestIteration),
                StopReason = state.Stop,
                Steps = state.Steps,
                LossName = lossName,
                Expression = loss.Expression,
                ParameterNames = names,
                StationaryPoint = kind,
                HessianEigenvalues = eigenvalues,
                Summary = Summarize(loss, run, options, state),
                Trajectory = recorder?.Build(names),
                NonFinite = bad ? new NonFiniteReport(state.BadIteration, state.BadQuantity, run.Next.ToArray()) : null,
                OscillationPoints = state.Stop == StopReason.Oscillating ? new[] { run.Previous.ToArray(), run.Current.ToArray() } : null,
            };
        }

        // The second-order test on ascending eigenvalues. Positive definiteness also counts when
        // Cholesky proves it (relative to the diagonal), since a badly scaled minimum can have a
        // smallest eigenvalue below what the eigen solver resolves relative to L.
        internal static StationaryPointKind Classify(double[] ascending, bool positiveDefinite)
        {
            double l = Math.Max(Math.Abs(ascending[0]), Math.Abs(ascending[^1]));
            double zero = MethodMath.ZeroEigenvalue * l;
            return ascending[^1] < -zero ? StationaryPointKind.Maximum
                : ascending[0] < -zero ? StationaryPointKind.Saddle
                : ascending[0] > zero || positiveDefinite ? StationaryPointKind.Minimum
                : StationaryPointKind.Degenerate;
        }

        private static double[]? SortedEigenvalues<TLoss>(TLoss loss, double[] theta, out bool positiveDefinite)
            where TLoss : ILoss
        {
            positiveDefinite = false;
            int n = theta.Length;
            if (n == 0)
            {
                return null;
            }

            var hessian = new double[n * n];
            loss.Hessian(theta, hessian);
            var values = new double[n];
            if (!SymmetricEigen.Eigenvalues(hessian, n, new double[n * n], values))
            {
                return null;
            }

            Array.Sort(values);
            positiveDefinite = NewtonSystem.TryCholesky(hessian, n, new double[n * n]);
            return values;
        }

        private static LearningRateSummary Summarize<TLoss>(TLoss loss, Buffers run, DescentOptions options, RunState state)
            where TLoss : ILoss
        {
            int n = run.N;
            DescentMethod method = options.Method;
            bool newton = method == DescentMethod.Newton;
            double eta = state.RegimeEta, beta = state.RegimeMomentum, lipschitz = state.RegimeLipschitz, smallest = state.RegimeSmallest;
            double limit = MethodMath.StabilityLimit(method, double.IsNaN(beta) ? 0.0 : beta);

            // The parameters of the first step; when none was taken, what it would have used.
            double effectiveEta = state.StartEta, effectiveBeta = state.StartMomentum;
            if (double.IsNaN(effectiveEta) && !double.IsNaN(eta))
            {
                effectiveEta = eta;
                effectiveBeta = beta;
                bool unstable = newton ? eta >= limit : lipschitz > 0.0 && eta >= limit / lipschitz;
                if (options.Guard == StepGuard.Clamp && unstable)
                {
                    effectiveEta = newton ? 1.0 : 1.0 / lipschitz;
                }
            }

            LearningRateRegime regime;
            double contraction;
            if (!double.IsFinite(lipschitz) || double.IsNaN(eta))
            {
                regime = LearningRateRegime.Unknown;
                contraction = double.NaN;
            }
            else if (lipschitz == 0.0)
            {
                regime = LearningRateRegime.Flat;
                contraction = 1.0;
            }
            else if (smallest < -MethodMath.ZeroEigenvalue * lipschitz)
            {
                regime = LearningRateRegime.NegativeCurvature;
                contraction = MethodMath.Factor(method, eta, beta, smallest);
            }
            else
            {
                regime = method is DescentMethod.GradientDescent or DescentMethod.Newton
                    ? LearningRateSummary.Classify(state.RegimeEtaL)
                    : ClassifyMomentum(state.RegimeEtaL, limit);
                contraction = MethodMath.Factor(method, eta, beta, lipschitz);
            }

            double? slowest = null;
            int? predicted = null;
            if (loss.HasConstantHessian && double.IsFinite(state.StartLipschitz) && double.IsFinite(effectiveEta) && AllFinite(run.StartGradient))
            {
                var hessian = new double[n * n];
                loss.Hessian(run.Best, hessian);
                var eigenvalues = new double[n];
                if (SymmetricEigen.Eigenvalues(hessian, n, new double[n * n], eigenvalues))
                {
                    double worst = 0.0;
                    foreach (double lambda in eigenvalues)
                    {
                        worst = Math.Max(worst, MethodMath.Factor(method, effectiveEta, effectiveBeta, lambda));
                    }

                    slowest = worst;
                    predicted = method switch
                    {
                        DescentMethod.GradientDescent => StepPrediction.StepsToGradientNorm(hessian, n, run.StartGradient, effectiveEta, options.Tolerance),
                        DescentMethod.Newton => NewtonSteps(worst, Norm(run.StartGradient), options.Tolerance),
                        _ => null,
                    };
                }
            }

            double mu = state.StartSmallest, l = state.StartLipschitz;
            return new LearningRateSummary
            {
                Method = method,
                Regime = regime,
                RequestedLearningRate = options.LearningRate,
                EffectiveLearningRate = effectiveEta,
                RequestedMomentum = options.Momentum,
                Momentum = double.IsNaN(beta) ? 0.0 : beta,
                StabilityLimit = limit,
                Lipschitz = l,
                MaxLipschitz = state.MaxLipschitz,
                SmallestEigenvalue = mu,
                ConditionNumber = mu > MethodMath.ZeroEigenvalue * l ? l / mu : null,
                RegimeStep = state.RegimeStep,
                RegimeLipschitz = lipschitz,
                RegimeSmallestEigenvalue = smallest,
                EtaTimesLipschitz = state.RegimeEtaL,
                ContractionFactor = contraction,
                SlowestContractionFactor = slowest,
                MeasuredContractionFactor = Measured(state),
                HasConstantHessian = loss.HasConstantHessian,
                Tolerance = options.Tolerance,
                PredictedSteps = predicted,
                ActualSteps = state.Steps,
                StopReason = state.Stop,
                UnstableSteps = state.UnstableSteps,
                ClampedSteps = state.ClampedSteps,
                BacktrackedSteps = state.BacktrackedSteps,
                Guard = options.Guard,
                ShortenedSteps = state.ShortenedSteps,
                ShorteningFactor = state.ShortenedSteps > 0 ? Math.Exp(state.LogShorteningSum / state.ShortenedSteps) : null,
                SmallestShorteningFactor = state.ShortenedSteps > 0 ? state.SmallestShortening : null,
                MaxSegmentLipschitz = state.MaxSegmentLipschitz,
                IntervalEvaluations = state.IntervalEvaluations,
            };
        }

        private static LearningRateRegime ClassifyMomentum(double etaL, double limit)
        {
            const double Equality = 1e-9;
            return Math.Abs(etaL - limit) <= Equality * limit ? LearningRateRegime.Oscillating
                : etaL > limit ? LearningRateRegime.Diverging
                : LearningRateRegime.Converging;
        }

        // Newton on a positive definite quadratic: g_k = (1 - alpha)^k g_0 exactly.
        private static int? NewtonSteps(double factor, double norm0, double tolerance)
        {
            if (norm0 <= tolerance)
            {
                return 0;
            }

            if (factor >= 1.0 || double.IsNaN(factor))
            {
                return null;
            }

            if (factor == 0.0)
            {
                return 1;
            }

            double k = Math.Ceiling(Math.Log(tolerance / norm0) / Math.Log(factor));
            return k <= int.MaxValue ? (int)Math.Max(1.0, k) : null;
        }

        // (pair norm at the end / pair norm at the checkpoint)^(1/steps) over the last half or more.
        private static double? Measured(RunState state)
        {
            int end = state.FinalPairStep, start = state.EarlyCheckpoint;
            if (state.LateCheckpoint > 0 && 2 * state.LateCheckpoint <= end)
            {
                start = state.LateCheckpoint;
            }

            double from = start == state.LateCheckpoint ? state.LateNorm : state.EarlyNorm;
            if (start < 1 || end <= start || !(from > 0.0) || !double.IsFinite(from) || !double.IsFinite(state.FinalPairNorm))
            {
                return null;
            }

            return Math.Pow(state.FinalPairNorm / from, 1.0 / (end - start));
        }

        private static double Norm(ReadOnlySpan<double> values)
        {
            double sum = 0.0;
            foreach (double v in values)
            {
                sum += v * v;
            }

            return Math.Sqrt(sum);
        }

        private static bool AllFinite(ReadOnlySpan<double> values)
        {
            foreach (double v in values)
            {
                if (!double.IsFinite(v))
                {
                    return false;
                }
            }

            return true;
        }
    }
}
