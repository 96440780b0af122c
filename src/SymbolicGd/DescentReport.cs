using System;

namespace SymbolicGd
{
    // Turns what the loop found (RunState and its buffers) into the public DescentResult and
    // its LearningRateSummary. Runs once per run, after the loop, so it may allocate.
    internal static class DescentReport
    {
        // An eigenvalue within this fraction of L of zero counts as zero (rounding in H and in the solver).
        internal const double ZeroEigenvalue = 1e-10;

        public static DescentResult Build<TLoss>(TLoss loss, string lossName, Buffers run, DescentOptions options, TrajectoryRecorder? recorder, RunState state)
            where TLoss : ILoss
        {
            var names = loss.ParameterNames;
            double[] minimum = run.Best.ToArray();
            double[]? eigenvalues = null;
            StationaryPointKind? kind = null;
            if (state.BestNorm <= options.Tolerance)
            {
                eigenvalues = SortedEigenvalues(loss, minimum);
                kind = eigenvalues is null ? null : Classify(eigenvalues);
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

        // The second-order test on ascending eigenvalues.
        internal static StationaryPointKind Classify(double[] ascending)
        {
            double l = Math.Max(Math.Abs(ascending[0]), Math.Abs(ascending[^1]));
            double zero = ZeroEigenvalue * l;
            return ascending[0] > zero ? StationaryPointKind.Minimum
                : ascending[^1] < -zero ? StationaryPointKind.Maximum
                : ascending[0] < -zero ? StationaryPointKind.Saddle
                : StationaryPointKind.Degenerate;
        }

        private static double[]? SortedEigenvalues<TLoss>(TLoss loss, double[] theta)
            where TLoss : ILoss
        {
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
            return values;
        }

        private static LearningRateSummary Summarize<TLoss>(TLoss loss, Buffers run, DescentOptions options, RunState state)
            where TLoss : ILoss
        {
            int n = run.N;
            double eta = state.RegimeEta, lipschitz = state.RegimeLipschitz, smallest = state.RegimeSmallest;
            double effectiveEta = state.StartEta;
            if (double.IsNaN(effectiveEta) && double.IsFinite(state.StartLipschitz))
            {
                // No step was taken: the rate the first step would have used.
                double l0 = state.StartLipschitz;
                effectiveEta = options.LearningRate ?? (l0 > 0.0 ? 1.0 / l0 : 1.0);
                if (options.Guard == StepGuard.Clamp && l0 > 0.0 && effectiveEta >= 2.0 / l0)
                {
                    effectiveEta = 1.0 / l0;
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
            else if (smallest < -ZeroEigenvalue * lipschitz)
            {
                regime = LearningRateRegime.NegativeCurvature;
                contraction = 1.0 + (eta * -smallest);
            }
            else
            {
                regime = LearningRateSummary.Classify(state.RegimeEtaL);
                contraction = Math.Abs(1.0 - state.RegimeEtaL);
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
                        worst = Math.Max(worst, Math.Abs(1.0 - (effectiveEta * lambda)));
                    }

                    slowest = worst;
                    predicted = StepPrediction.StepsToGradientNorm(hessian, n, run.StartGradient, effectiveEta, options.Tolerance);
                }
            }

            double mu = state.StartSmallest, l = state.StartLipschitz;
            return new LearningRateSummary
            {
                Regime = regime,
                RequestedLearningRate = options.LearningRate,
                EffectiveLearningRate = effectiveEta,
                Lipschitz = l,
                MaxLipschitz = state.MaxLipschitz,
                SmallestEigenvalue = mu,
                ConditionNumber = mu > ZeroEigenvalue * l ? l / mu : null,
                RegimeStep = state.RegimeStep,
                RegimeLipschitz = lipschitz,
                RegimeSmallestEigenvalue = smallest,
                EtaTimesLipschitz = state.RegimeEtaL,
                ContractionFactor = contraction,
                SlowestContractionFactor = slowest,
                HasConstantHessian = loss.HasConstantHessian,
                Tolerance = options.Tolerance,
                PredictedSteps = predicted,
                ActualSteps = state.Steps,
                StopReason = state.Stop,
                UnstableSteps = state.UnstableSteps,
                ClampedSteps = state.ClampedSteps,
            };
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
