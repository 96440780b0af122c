using System;

namespace SymbolicGd
{
    // The one descent loop, generic over the instance form of a loss: GradientDescent calls it
    // with the user's ILoss or with StaticLoss<T> around a static ISymbolicLoss, and the JIT
    // specialises it for each struct, so the calls inside are direct and nothing is allocated
    // per step.
    internal static class DescentLoop
    {
        // A 2-cycle: theta_{t+1} returns to within this fraction of the step length of theta_{t-1}.
        private const double CycleTolerance = 1e-9;

        // Consecutive returning steps that make a cycle (one could be chance).
        private const int CycleConfirmation = 2;

        public static RunState Run<TLoss>(TLoss loss, string lossName, Buffers run, DescentOptions options, TrajectoryRecorder? recorder)
            where TLoss : ILoss
        {
            int n = run.N;
            double? fixedEta = options.LearningRate;
            StepGuard guard = options.Guard;
            DescentStepCallback? onStep = options.OnStep;
            bool warnedWithoutCallback = false;

            // On a quadratic one rise with eta*L > 2 proves divergence; elsewhere the local
            // curvature can mislead for a step or two, so wait for three in a row.
            bool constantHessian = loss.HasConstantHessian;
            int risesToDiverge = constantHessian ? 1 : 3;

            // A constant Hessian's L is read once (a data loss may compute it on first use), never eigen-solved per step.
            double constantLipschitz = constantHessian ? loss.Lipschitz : double.NaN;

            var state = new RunState { StartLipschitz = double.NaN, StartEta = double.NaN, MaxRequestedEtaL = double.NaN, StartRequestedEtaL = double.NaN };
            double previousValue = double.NaN, previousNorm = double.NaN, previousEtaL = double.NaN;
            double lastEta = double.NaN;
            int rises = 0, returns = 0;

            for (int t = 0; ; t++)
            {
                Span<double> theta = run.Current, gradient = run.Gradient;
                double value = double.NaN, lipschitz = double.NaN;
                NonFiniteQuantity? bad = null;
                if (!AllFinite(theta))
                {
                    // Nothing is evaluated at a non-finite theta; pooled buffers may hold old numbers.
                    bad = NonFiniteQuantity.Theta;
                    gradient.Fill(double.NaN);
                }
                else
                {
                    if (constantHessian)
                    {
                        value = loss.ValueAndGradient(theta, gradient);
                        lipschitz = constantLipschitz;
                    }
                    else
                    {
                        value = loss.ValueGradientHessian(theta, gradient, run.Hessian);
                        lipschitz = SymmetricEigen.SpectralRadius(run.Hessian, n, run.Scratch);
                    }

                    bad = !double.IsFinite(value) ? NonFiniteQuantity.Value
                        : !AllFinite(gradient) ? NonFiniteQuantity.Gradient
                        : !double.IsFinite(lipschitz) ? NonFiniteQuantity.Hessian
                        : null;
                }

                double norm = Norm(gradient);
                if (t == 0)
                {
                    gradient.CopyTo(run.StartGradient);
                    state.StartLipschitz = lipschitz;
                    state.StartValue = value;
                }

                if (bad is NonFiniteQuantity quantity)
                {
                    state.Stop = StopReason.NonFinite;
                    state.BadQuantity = quantity;
                    state.BadIteration = t;
                    if (t == 0)
                    {
                        recorder?.AddIterate(theta, value, norm, lipschitz);
                        state.Steps = 0;
                        state.Value = value;
                        state.GradientNorm = norm;
                        run.Current.CopyTo(run.Next);
                    }
                    else
                    {
                        // Keep the last iterate that was finite throughout; the bad one goes to the report.
                        recorder?.Truncate(t);
                        state.Steps = t - 1;
                        state.Value = previousValue;
                        state.GradientNorm = previousNorm;
                        run.Current.CopyTo(run.Next);
                        run.Previous.CopyTo(run.Current);
                    }

                    return state;
                }

                state.MaxLipschitz = Math.Max(state.MaxLipschitz, lipschitz);
                recorder?.AddIterate(theta, value, norm, lipschitz);
                state.Steps = t;
                state.Value = value;
                state.GradientNorm = norm;

                // Divergence is flagged as soon as the loss rises under a step beyond the bound.
                if (t > 0)
                {
                    rises = value > previousValue && previousEtaL > 2.0 ? rises + 1 : 0;
                    if (rises >= risesToDiverge)
                    {
                        state.Stop = StopReason.Diverged;
                        return state;
                    }
                }

                // Automatic steps are 1/L_t; with no curvature there is no scale, so reuse the last step (or 1).
                double requested = fixedEta ?? (lipschitz > 0.0 ? 1.0 / lipschitz : double.IsNaN(lastEta) ? 1.0 : lastEta);
                double requestedEtaL = requested * lipschitz;
                if (t == 0)
                {
                    state.StartRequestedEtaL = requestedEtaL;
                }

                if (norm <= options.Tolerance)
                {
                    state.Stop = StopReason.Converged;
                    return state;
                }

                if (t == options.MaxSteps)
                {
                    state.Stop = returns >= CycleConfirmation ? StopReason.Oscillating : StopReason.MaxSteps;
                    return state;
                }

                bool unstable = lipschitz > 0.0 && requested >= 2.0 / lipschitz;
                double eta = requested;
                bool clamped = false;
                if (unstable)
                {
                    state.UnstableSteps++;
                    switch (guard)
                    {
                        case StepGuard.Clamp:
                            eta = 1.0 / lipschitz;
                            clamped = true;
                            state.ClampedSteps++;
                            break;
                        case StepGuard.Throw:
                            throw UnstableLearningRateException.For(lossName, loss.Expression, loss.ParameterNames, t, theta, requested, lipschitz);
                        case StepGuard.Warn when onStep is null && !warnedWithoutCallback:
                            // Nobody listens on the callback: say it once on the trace instead.
                            warnedWithoutCallback = true;
                            System.Diagnostics.Trace.TraceWarning(UnstableLearningRateException.For(lossName, loss.Expression, loss.ParameterNames, t, theta, requested, lipschitz).Message);
                            break;
                    }
                }

                // The classified eta*L is the worst requested one over the steps taken.
                state.MaxRequestedEtaL = t == 0 ? requestedEtaL : Math.Max(state.MaxRequestedEtaL, requestedEtaL);
                if (t == 0)
                {
                    state.StartEta = eta;
                }

                onStep?.Invoke(new DescentStep(t, theta, value, gradient, norm, lipschitz, requested, eta, clamped, unstable));
                recorder?.SetStep(eta, clamped);

                Span<double> next = run.Next, previous = run.Previous;
                for (int i = 0; i < n; i++)
                {
                    next[i] = theta[i] - (eta * gradient[i]);
                }

                // A 2-cycle returns theta_{t+1} to theta_{t-1} although the step itself is not small.
                if (t > 0)
                {
                    double jump = Distance(next, theta), back = Distance(next, previous);
                    returns = jump > 0.0 && back <= CycleTolerance * jump ? returns + 1 : 0;
                }

                previousEtaL = eta * lipschitz;
                lastEta = eta;
                previousValue = value;
                previousNorm = norm;
                theta.CopyTo(previous);
                next.CopyTo(theta);
            }
        }

        private static bool AllFinite(ReadOnlySpan<double> values)
        {
            for (int i = 0; i < values.Length; i++)
            {
                if (!double.IsFinite(values[i]))
                {
                    return false;
                }
            }

            return true;
        }

        private static double Norm(ReadOnlySpan<double> values)
        {
            // Scaled so that a gradient of 1e200 does not overflow to an infinite norm.
            double scale = 0.0;
            for (int i = 0; i < values.Length; i++)
            {
                scale = Math.Max(scale, Math.Abs(values[i]));
            }

            if (scale == 0.0 || !double.IsFinite(scale))
            {
                return double.IsNaN(scale) ? double.NaN : scale;
            }

            double sum = 0.0;
            for (int i = 0; i < values.Length; i++)
            {
                double v = values[i] / scale;
                sum += v * v;
            }

            return scale * Math.Sqrt(sum);
        }

        private static double Distance(ReadOnlySpan<double> a, ReadOnlySpan<double> b)
        {
            double sum = 0.0;
            for (int i = 0; i < a.Length; i++)
            {
                double d = a[i] - b[i];
                sum += d * d;
            }

            return Math.Sqrt(sum);
        }
    }
}
