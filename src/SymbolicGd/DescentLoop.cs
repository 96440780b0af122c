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

            // A constant Hessian's L is read once (a data loss may compute it on first use) and its
            // smallest eigenvalue found once, never eigen-solved per step.
            double constantLipschitz = double.NaN, constantSmallest = double.NaN;
            if (constantHessian && AllFinite(run.Current))
            {
                loss.Hessian(run.Current, run.Hessian);
                if (SymmetricEigen.Extremes(run.Hessian, n, run.Scratch, out double smallest, out double largest))
                {
                    constantSmallest = smallest;
                    constantLipschitz = loss.Lipschitz;
                    if (!(constantLipschitz >= 0.0))
                    {
                        // A hand-written loss that does not know its L: the eigenvalues do.
                        constantLipschitz = Math.Max(-smallest, largest);
                    }
                }
            }

            var state = new RunState
            {
                BestIteration = -1,
                BestValue = double.NaN,
                BestNorm = double.NaN,
                StartLipschitz = double.NaN,
                StartSmallest = double.NaN,
                StartEta = double.NaN,
                RegimeEtaL = double.NaN,
                RegimeEta = double.NaN,
                RegimeLipschitz = double.NaN,
                RegimeSmallest = double.NaN,
            };
            double previousValue = double.NaN;
            bool previousExceeded = false;
            double lastEta = double.NaN;
            int rises = 0, returns = 0;

            for (int t = 0; ; t++)
            {
                Span<double> theta = run.Current, gradient = run.Gradient;
                double value = double.NaN, lipschitz = double.NaN, smallest = double.NaN;
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
                        smallest = constantSmallest;
                    }
                    else
                    {
                        value = loss.ValueGradientHessian(theta, gradient, run.Hessian);
                        if (SymmetricEigen.Extremes(run.Hessian, n, run.Scratch, out smallest, out double largest))
                        {
                            lipschitz = Math.Max(-smallest, largest);
                        }
                    }

                    bad = !double.IsFinite(value) ? NonFiniteQuantity.Value
                        : !AllFinite(gradient) ? NonFiniteQuantity.Gradient
                        : null;
                }

                double norm = Norm(gradient);
                if (t == 0)
                {
                    gradient.CopyTo(run.StartGradient);
                    state.StartLipschitz = lipschitz;
                    state.StartSmallest = smallest;
                    state.StartValue = value;
                }

                if (bad is NonFiniteQuantity.Theta or NonFiniteQuantity.Value)
                {
                    // The bad iterate is not counted and never becomes the minimum; the report keeps it.
                    state.Stop = StopReason.NonFinite;
                    state.BadQuantity = bad.Value;
                    state.BadIteration = t;
                    theta.CopyTo(run.Next);
                    if (t == 0)
                    {
                        recorder?.AddIterate(theta, value, norm, lipschitz);
                        state.Steps = 0;
                        state.FinalNorm = norm;
                        theta.CopyTo(run.Best);
                        state.BestIteration = 0;
                        state.BestValue = value;
                        state.BestNorm = norm;
                    }
                    else
                    {
                        recorder?.Truncate(t);
                        state.Steps = t - 1;
                        run.Previous.CopyTo(run.Current);
                    }

                    return state;
                }

                // The value is finite here, so the iterate counts, even where the loss has a kink.
                recorder?.AddIterate(theta, value, norm, lipschitz);
                state.Steps = t;
                state.FinalNorm = norm;
                if (state.BestIteration < 0 || value <= state.BestValue)
                {
                    theta.CopyTo(run.Best);
                    state.BestIteration = t;
                    state.BestValue = value;
                    state.BestNorm = norm;
                }

                if (bad is NonFiniteQuantity.Gradient)
                {
                    return NonDifferentiable(ref state, t, NonFiniteQuantity.Gradient, theta, run);
                }

                // A vanishing gradient is a stationary point even where the Hessian is not finite.
                if (norm <= options.Tolerance)
                {
                    if (t == 0)
                    {
                        // No step was taken: the summary judges the step that would have been.
                        Judge(ref state, t, fixedEta ?? (lipschitz > 0.0 ? 1.0 / lipschitz : 1.0), lipschitz, smallest, force: true);
                    }

                    state.Stop = StopReason.Converged;
                    return state;
                }

                if (!double.IsFinite(lipschitz))
                {
                    return NonDifferentiable(ref state, t, NonFiniteQuantity.Hessian, theta, run);
                }

                state.MaxLipschitz = Math.Max(state.MaxLipschitz, lipschitz);

                // Divergence is flagged as soon as the loss rises under a step beyond the limit.
                if (t > 0)
                {
                    rises = value > previousValue && previousExceeded ? rises + 1 : 0;
                    if (rises >= risesToDiverge)
                    {
                        state.Stop = StopReason.Diverged;
                        return state;
                    }
                }

                // Automatic steps are 1/L_t; with no curvature there is no scale, so reuse the last step (or 1).
                double requested = fixedEta ?? (lipschitz > 0.0 ? 1.0 / lipschitz : double.IsNaN(lastEta) ? 1.0 : lastEta);
                if (t == options.MaxSteps)
                {
                    if (t == 0)
                    {
                        Judge(ref state, t, requested, lipschitz, smallest, force: true);
                    }

                    state.Stop = returns >= CycleConfirmation ? StopReason.Oscillating : StopReason.MaxSteps;
                    return state;
                }

                // Compared as eta >= 2/L rather than eta*L >= 2, so that a huge eta cannot overflow past the test.
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

                Judge(ref state, t, requested, lipschitz, smallest, force: t == 0);
                if (t == 0)
                {
                    state.StartEta = eta;
                }

                onStep?.Invoke(new DescentStep(t, theta, value, gradient, norm, lipschitz, smallest, requested, eta, clamped, unstable));
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

                previousExceeded = lipschitz > 0.0 && eta > 2.0 / lipschitz;
                lastEta = eta;
                previousValue = value;
                theta.CopyTo(previous);
                next.CopyTo(theta);
            }
        }

        // Keeps the step with the largest requested eta*L_t as the one the summary's regime judges.
        private static void Judge(ref RunState state, int t, double eta, double lipschitz, double smallest, bool force)
        {
            double etaL = eta * lipschitz;
            if (force || etaL > state.RegimeEtaL)
            {
                state.RegimeStep = t;
                state.RegimeEta = eta;
                state.RegimeEtaL = etaL;
                state.RegimeLipschitz = lipschitz;
                state.RegimeSmallest = smallest;
            }
        }

        private static RunState NonDifferentiable(ref RunState state, int t, NonFiniteQuantity quantity, ReadOnlySpan<double> theta, Buffers run)
        {
            state.Stop = StopReason.NonDifferentiable;
            state.BadQuantity = quantity;
            state.BadIteration = t;
            theta.CopyTo(run.Next);
            return state;
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
