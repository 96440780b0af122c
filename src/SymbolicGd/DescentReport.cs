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
            double[] minimum = run.Current.ToArray();
            return new DescentResult
            {
                Minimum = minimum,
                Value = state.Value,
                GradientNorm = state.GradientNorm,
                StopReason = state.Stop,
                Steps = state.Steps,
                LossName = lossName,
                Expression = loss.Expression,
                ParameterNames = names,
                Summary = Summarize(loss, run, options, state),
                Trajectory = recorder?.Build(names),
                NonFinite = state.Stop == StopReason.NonFinite ? new NonFiniteReport(state.BadIteration, state.BadQuantity, run.Next.ToArray()) : null,
                OscillationPoints = state.Stop == StopReason.Oscillating ? new[] { run.Previous.ToArray(), run.Current.ToArray() } : null,
            };
        }

        private static LearningRateSummary Summarize<TLoss>(TLoss loss, Buffers run, DescentOptions options, RunState state)
            where TLoss : ILoss
        {
            int n = run.N;
            double lipschitz = state.StartLipschitz;
            double etaL = double.IsNaN(state.MaxRequestedEtaL) ? state.StartRequestedEtaL : state.MaxRequestedEtaL;
            double effectiveEta = state.StartEta;
            if (double.IsNaN(effectiveEta) && double.IsFinite(lipschitz))
            {
                // No step was taken: the rate the first step would have used.
                effectiveEta = options.LearningRate ?? (lipschitz > 0.0 ? 1.0 / lipschitz : 1.0);
                if (options.Guard == StepGuard.Clamp && lipschitz > 0.0 && effectiveEta >= 2.0 / lipschitz)
                {
                    effectiveEta = 1.0 / lipschitz;
                }
            }

            LearningRateRegime regime = !double.IsFinite(etaL) ? LearningRateRegime.Unknown
                : state.MaxLipschitz == 0.0 ? LearningRateRegime.Flat
                : LearningRateSummary.Classify(etaL);

            double? slowest = null;
            int? predicted = null;
            if (loss.HasConstantHessian && double.IsFinite(lipschitz) && double.IsFinite(effectiveEta) && AllFinite(run.StartGradient))
            {
                var hessian = new double[n * n];
                loss.Hessian(run.Current, hessian);
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

            return new LearningRateSummary
            {
                Regime = regime,
                RequestedLearningRate = options.LearningRate,
                EffectiveLearningRate = effectiveEta,
                Lipschitz = lipschitz,
                MaxLipschitz = state.MaxLipschitz,
                EtaTimesLipschitz = etaL,
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
