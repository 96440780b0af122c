using System;

namespace SymbolicGd
{
    // Turns what the loop found (RunState and its buffers) into the public DescentResult and
    // its LearningRateSummary. Runs once per run, after the loop, so it may allocate.
    internal static class DescentReport
    {
        public static DescentResult Build<TLoss>(Buffers run, DescentOptions options, TrajectoryRecorder? recorder, RunState state)
            where TLoss : ISymbolicLoss
        {
            var names = TLoss.ParameterNames;
            double[] minimum = run.Current.ToArray();
            return new DescentResult
            {
                Minimum = minimum,
                Value = state.Value,
                GradientNorm = state.GradientNorm,
                StopReason = state.Stop,
                Steps = state.Steps,
                LossName = typeof(TLoss).Name,
                Expression = TLoss.Expression,
                ParameterNames = names,
                Summary = Summarize<TLoss>(run, options, state),
                Trajectory = recorder?.Build(names),
                NonFinite = state.Stop == StopReason.NonFinite ? new NonFiniteReport(state.BadIteration, state.BadQuantity, run.Next.ToArray()) : null,
                OscillationPoints = state.Stop == StopReason.Oscillating ? new[] { run.Previous.ToArray(), run.Current.ToArray() } : null,
            };
        }

        private static LearningRateSummary Summarize<TLoss>(Buffers run, DescentOptions options, RunState state)
            where TLoss : ISymbolicLoss
        {
            int n = run.N;
            double curvature = state.StartCurvature;
            double etaL = double.IsNaN(state.MaxRequestedEtaL) ? state.StartRequestedEtaL : state.MaxRequestedEtaL;
            double effectiveEta = state.StartEta;
            if (double.IsNaN(effectiveEta) && double.IsFinite(curvature))
            {
                // No step was taken: the rate the first step would have used.
                effectiveEta = options.LearningRate ?? (curvature > 0.0 ? 1.0 / curvature : 1.0);
                if (options.Guard == StepGuard.Clamp && curvature > 0.0 && effectiveEta >= 2.0 / curvature)
                {
                    effectiveEta = 1.0 / curvature;
                }
            }

            LearningRateRegime regime = !double.IsFinite(etaL) ? LearningRateRegime.Unknown
                : state.MaxCurvature == 0.0 ? LearningRateRegime.Flat
                : LearningRateSummary.Classify(etaL);

            double? slowest = null;
            int? predicted = null;
            if (TLoss.HasConstantHessian && double.IsFinite(curvature) && double.IsFinite(effectiveEta) && AllFinite(run.StartGradient))
            {
                var hessian = new double[n * n];
                TLoss.Hessian(run.Current, hessian);
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
                Curvature = curvature,
                MaxCurvature = state.MaxCurvature,
                EtaTimesCurvature = etaL,
                SlowestContractionFactor = slowest,
                HasConstantHessian = TLoss.HasConstantHessian,
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
