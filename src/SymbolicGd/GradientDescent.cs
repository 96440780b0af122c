using System;
using System.Buffers;

namespace SymbolicGd
{
    /// <summary>
    /// Gradient descent over a generated loss, guarded by the stability bound 2/L: every step
    /// measures the curvature L_t (the largest absolute Hessian eigenvalue at theta_t, or the
    /// loss's compile-time constant when its Hessian is constant) and keeps, clamps, reports or
    /// refuses a learning rate at or above 2/L_t as <see cref="DescentOptions.Guard"/> says.
    /// </summary>
    public static class GradientDescent
    {
        // Buffers up to this many doubles (8 KB) live on the stack; larger losses rent one pooled array per run.
        private const int StackLimit = 1024;

        // A 2-cycle: theta_{t+1} returns to within this fraction of the step length of theta_{t-1}.
        private const double CycleTolerance = 1e-9;

        // Consecutive returning steps that make a cycle (one could be chance).
        private const int CycleConfirmation = 2;

        private static readonly DescentOptions Defaults = new();

        /// <summary>
        /// Minimises <typeparamref name="TLoss"/> from <paramref name="start"/>. The method is
        /// generic over the loss so the JIT specialises it for each generated loss struct: the loop
        /// makes no virtual calls, invokes no delegate (unless <see cref="DescentOptions.OnStep"/>
        /// is set) and allocates nothing per step unless <see cref="DescentOptions.RecordTrajectory"/> is set.
        /// </summary>
        /// <typeparam name="TLoss">The loss, usually a generated <c>NameLoss</c> struct.</typeparam>
        /// <param name="start">theta_0, one value per parameter of the loss.</param>
        /// <param name="options">Learning rate, guard, limits and recording; null for the defaults (automatic steps).</param>
        /// <returns>Where the run stopped, why, and what the learning rate did.</returns>
        /// <exception cref="ArgumentException"><paramref name="start"/> does not have one value per parameter.</exception>
        /// <exception cref="ArgumentOutOfRangeException">An option is out of range (e.g. a learning rate that is not positive).</exception>
        /// <exception cref="UnstableLearningRateException">Under <see cref="StepGuard.Throw"/>, before a step with eta &gt;= 2/L_t.</exception>
        public static DescentResult Minimize<TLoss>(ReadOnlySpan<double> start, DescentOptions? options = null)
            where TLoss : ISymbolicLoss
        {
            options ??= Defaults;
            options.Validate();
            int n = TLoss.Dimension;
            if (start.Length != n)
            {
                throw new ArgumentException(
                    $"{typeof(TLoss).Name} has {n} parameter(s) ({string.Join(", ", TLoss.ParameterNames)}) but the start point has {start.Length} value(s).",
                    nameof(start));
            }

            // previous, current, next, gradient, gradient at the start; Hessian and eigen scratch.
            int length = (5 * n) + (2 * n * n);
            double[]? rented = null;
            Span<double> buffer = length <= StackLimit
                ? stackalloc double[StackLimit]
                : (rented = ArrayPool<double>.Shared.Rent(length));
            try
            {
                var run = new Buffers(buffer, n);
                start.CopyTo(run.Current);
                TrajectoryRecorder? recorder = options.RecordTrajectory ? new TrajectoryRecorder() : null;
                RunState state = Run<TLoss>(run, options, recorder);
                return DescentReport.Build<TLoss>(run, options, recorder, state);
            }
            finally
            {
                if (rented is not null)
                {
                    ArrayPool<double>.Shared.Return(rented);
                }
            }
        }

        private static RunState Run<TLoss>(Buffers run, DescentOptions options, TrajectoryRecorder? recorder)
            where TLoss : ISymbolicLoss
        {
            int n = run.N;
            double? fixedEta = options.LearningRate;
            StepGuard guard = options.Guard;
            DescentStepCallback? onStep = options.OnStep;
            bool warnedWithoutCallback = false;

            // On a quadratic one rise with eta*L > 2 proves divergence; elsewhere the local
            // curvature can mislead for a step or two, so wait for three in a row.
            int risesToDiverge = TLoss.HasConstantHessian ? 1 : 3;

            var state = new RunState { StartCurvature = double.NaN, StartEta = double.NaN, MaxRequestedEtaL = double.NaN, StartRequestedEtaL = double.NaN };
            double previousValue = double.NaN, previousNorm = double.NaN, previousEtaL = double.NaN;
            double lastEta = double.NaN;
            int rises = 0, returns = 0;

            for (int t = 0; ; t++)
            {
                Span<double> theta = run.Current, gradient = run.Gradient;
                double value = double.NaN, curvature = double.NaN;
                NonFiniteQuantity? bad = null;
                if (!AllFinite(theta))
                {
                    // Nothing is evaluated at a non-finite theta; pooled buffers may hold old numbers.
                    bad = NonFiniteQuantity.Theta;
                    gradient.Fill(double.NaN);
                }
                else
                {
                    if (TLoss.HasConstantHessian)
                    {
                        value = TLoss.ValueAndGradient(theta, gradient);
                        curvature = TLoss.ConstantLipschitz;
                    }
                    else
                    {
                        value = TLoss.ValueGradientHessian(theta, gradient, run.Hessian);
                        curvature = SymmetricEigen.SpectralRadius(run.Hessian, n, run.Scratch);
                    }

                    bad = !double.IsFinite(value) ? NonFiniteQuantity.Value
                        : !AllFinite(gradient) ? NonFiniteQuantity.Gradient
                        : !double.IsFinite(curvature) ? NonFiniteQuantity.Hessian
                        : null;
                }

                double norm = Norm(gradient);
                if (t == 0)
                {
                    gradient.CopyTo(run.StartGradient);
                    state.StartCurvature = curvature;
                    state.StartValue = value;
                }

                if (bad is NonFiniteQuantity quantity)
                {
                    state.Stop = StopReason.NonFinite;
                    state.BadQuantity = quantity;
                    state.BadIteration = t;
                    if (t == 0)
                    {
                        recorder?.AddIterate(theta, value, norm, curvature);
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

                state.MaxCurvature = Math.Max(state.MaxCurvature, curvature);
                recorder?.AddIterate(theta, value, norm, curvature);
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
                double requested = fixedEta ?? (curvature > 0.0 ? 1.0 / curvature : double.IsNaN(lastEta) ? 1.0 : lastEta);
                double requestedEtaL = requested * curvature;
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

                bool unstable = curvature > 0.0 && requested >= 2.0 / curvature;
                double eta = requested;
                bool clamped = false;
                if (unstable)
                {
                    state.UnstableSteps++;
                    switch (guard)
                    {
                        case StepGuard.Clamp:
                            eta = 1.0 / curvature;
                            clamped = true;
                            state.ClampedSteps++;
                            break;
                        case StepGuard.Throw:
                            throw UnstableLearningRateException.For<TLoss>(t, theta, requested, curvature);
                        case StepGuard.Warn when onStep is null && !warnedWithoutCallback:
                            // Nobody listens on the callback: say it once on the trace instead.
                            warnedWithoutCallback = true;
                            System.Diagnostics.Trace.TraceWarning(UnstableLearningRateException.For<TLoss>(t, theta, requested, curvature).Message);
                            break;
                    }
                }

                // The classified eta*L is the worst requested one over the steps taken.
                state.MaxRequestedEtaL = t == 0 ? requestedEtaL : Math.Max(state.MaxRequestedEtaL, requestedEtaL);
                if (t == 0)
                {
                    state.StartEta = eta;
                }

                onStep?.Invoke(new DescentStep(t, theta, value, gradient, norm, curvature, requested, eta, clamped, unstable));
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

                previousEtaL = eta * curvature;
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
