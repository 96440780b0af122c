using System;

namespace SymbolicGd
{
    // The one descent loop, generic over the instance form of a loss: GradientDescent calls it
    // with the user's ILoss or with StaticLoss<T> around a static ISymbolicLoss, and the JIT
    // specialises it for each struct, so the calls inside are direct and nothing is allocated
    // per step. Every method shares the bookkeeping (evaluation, best point, guard, divergence,
    // cycles, trajectory); only the update differs.
    internal static class DescentLoop
    {
        // A 2-cycle: theta_{t+1} returns to within this fraction of the step length of theta_{t-1}.
        private const double CycleTolerance = 1e-9;

        // Consecutive returning steps that make a cycle (one could be chance).
        private const int CycleConfirmation = 2;

        // Armijo's sufficient-decrease constant (Nocedal & Wright's usual 1e-4).
        private const double Armijo = 1e-4;

        public static RunState Run<TLoss>(TLoss loss, string lossName, Buffers run, Span<Interval> intervals, DescentOptions options, TrajectoryRecorder? recorder)
            where TLoss : ILoss
        {
            int n = run.N;
            DescentMethod method = options.Method;
            bool newton = method == DescentMethod.Newton;
            bool momentum = method is DescentMethod.HeavyBall or DescentMethod.Nesterov;
            double? fixedEta = options.LearningRate;
            double? fixedBeta = options.Momentum;
            StepGuard guard = options.Guard;
            bool certified = guard == StepGuard.Certified;
            DescentStepCallback? onStep = options.OnStep;
            bool warnedWithoutCallback = false;

            // On a quadratic one rise with eta*L above the limit proves divergence; elsewhere the
            // local curvature can mislead for a step or two, so wait for three in a row.
            bool constantHessian = loss.HasConstantHessian;
            int risesToDiverge = constantHessian ? 1 : 3;

            // Automatic momentum on a non-constant Hessian restarts (drops the momentum for a step)
            // when the loss rises: the local kappa_t it is tuned to can be wrong for the next step.
            bool restart = momentum && fixedBeta is null && !constantHessian;

            // A constant Hessian's L is read once (a data loss may compute it on first use) and its
            // smallest eigenvalue found once, never eigen-solved per step; run.Hessian keeps it.
            double constantLipschitz = double.NaN, constantSmallest = double.NaN;
            if (constantHessian && AllFinite(run.Current))
            {
                loss.Hessian(run.Current, run.Hessian);
                if (Spectrum.Extremes(run.Hessian, n, run.Scratch, run.Tridiagonal, out double smallest, out double largest))
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

            var newtonSystem = new NewtonSystem(run.Factor, run.Eigenvalues, run.Scratch, n);
            var state = new RunState
            {
                BestIteration = -1,
                BestValue = double.NaN,
                BestNorm = double.NaN,
                StartLipschitz = double.NaN,
                StartSmallest = double.NaN,
                StartEta = double.NaN,
                StartMomentum = double.NaN,
                RegimeEta = double.NaN,
                RegimeMomentum = double.NaN,
                RegimeEtaL = double.NaN,
                RegimeRatio = double.NaN,
                RegimeLipschitz = double.NaN,
                RegimeSmallest = double.NaN,
                EarlyNorm = double.NaN,
                LateNorm = double.NaN,
                FinalPairNorm = double.NaN,
                SmallestShortening = 1.0,
                MaxSegmentLipschitz = double.NaN,
            };
            double previousValue = double.NaN, previousNorm = double.NaN;
            bool previousExceeded = false;
            double lastEta = double.NaN, lastCertified = double.NaN;
            int rises = 0, returns = 0;
            run.Current.CopyTo(run.Previous);
            run.Current.CopyTo(run.Base);

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
                        if (Spectrum.Extremes(run.Hessian, n, run.Scratch, run.Tridiagonal, out smallest, out double largest))
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

                Checkpoint(ref state, t, norm, previousNorm);

                // Parameters this step asks for (before the guard): eta (alpha for Newton), beta.
                double requested, beta = 0.0;
                if (newton)
                {
                    requested = fixedEta ?? 1.0;
                }
                else if (momentum)
                {
                    MethodMath.Parameters(method, constantHessian, lipschitz, smallest, fixedEta, fixedBeta, out requested, out beta);
                    if (double.IsNaN(requested))
                    {
                        // No curvature, no scale: reuse the last step (or 1), as gradient descent does.
                        requested = double.IsNaN(lastEta) ? 1.0 : lastEta;
                    }

                    if (restart && t > 0 && value > previousValue)
                    {
                        MethodMath.Parameters(method, constantHessian, lipschitz, smallest, fixedEta, 0.0, out requested, out beta);
                        if (double.IsNaN(requested))
                        {
                            requested = double.IsNaN(lastEta) ? 1.0 : lastEta;
                        }
                    }
                }
                else
                {
                    // Automatic steps are 1/L_t; with no curvature (or one so small that 1/L_t overflows) there is
                    // no scale, so reuse the last step (or 1).
                    requested = fixedEta ?? (MethodMath.HasScale(lipschitz) ? 1.0 / lipschitz : double.IsNaN(lastEta) ? 1.0 : lastEta);
                }

                double limit = MethodMath.StabilityLimit(method, beta);

                // A vanishing gradient is a stationary point even where the Hessian is not finite.
                if (norm <= options.Tolerance)
                {
                    if (t == 0)
                    {
                        // No step was taken: the summary judges the step that would have been.
                        Judge(ref state, t, newton, requested, beta, limit, lipschitz, smallest, force: true);
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
                if (t > 0 && !newton)
                {
                    rises = value > previousValue && previousExceeded ? rises + 1 : 0;
                    if (rises >= risesToDiverge)
                    {
                        state.Stop = StopReason.Diverged;
                        return state;
                    }
                }

                if (t == options.MaxSteps)
                {
                    if (t == 0)
                    {
                        Judge(ref state, t, newton, requested, beta, limit, lipschitz, smallest, force: true);
                    }

                    state.Stop = returns >= CycleConfirmation ? StopReason.Oscillating : StopReason.MaxSteps;
                    return state;
                }

                // Compared as eta >= limit/L rather than eta*L >= limit, so that a huge eta cannot
                // overflow past the test; Newton's alpha is scale-free.
                bool unstable = newton ? requested >= limit : lipschitz > 0.0 && requested >= limit / lipschitz;
                double eta = requested;
                bool clamped = false;
                if (unstable)
                {
                    state.UnstableSteps++;
                    switch (guard)
                    {
                        case StepGuard.Clamp:
                            // 1/L_t is inside every method's limit; Newton's alpha = 1 solves a quadratic.
                            eta = newton ? 1.0 : 1.0 / lipschitz;
                            clamped = true;
                            state.ClampedSteps++;
                            break;
                        case StepGuard.Throw:
                            throw UnstableLearningRateException.For(lossName, loss.Expression, loss.ParameterNames, method, beta, t, theta, requested, lipschitz);
                        case StepGuard.Certified:
                            // Not clamped to 1/L_t: the segment's own curvature decides below.
                            break;
                        case StepGuard.Warn when onStep is null && !warnedWithoutCallback:
                            // Nobody listens on the callback: say it once on the trace instead.
                            warnedWithoutCallback = true;
                            System.Diagnostics.Trace.TraceWarning(UnstableLearningRateException.For(lossName, loss.Expression, loss.ParameterNames, method, beta, t, theta, requested, lipschitz).Message);
                            break;
                    }
                }

                // Certified: the step is found (and next written) before it is reported.
                double segmentLipschitz = double.NaN;
                if (certified)
                {
                    double trial = double.IsNaN(lastCertified) ? requested : Math.Min(requested, CertifiedStep.Growth * lastCertified);
                    eta = CertifiedStep.Take(loss, theta, value, gradient, requested, trial, run.Next, new IntervalBuffers(intervals, n), ref state.IntervalEvaluations, out segmentLipschitz, out lastCertified);
                    if (double.IsNaN(eta))
                    {
                        // No step that still moves theta keeps the computed loss from rising.
                        Judge(ref state, t, newton, requested, beta, limit, lipschitz, smallest, force: t == 0);
                        state.Stop = StopReason.Stalled;
                        return state;
                    }

                    if (eta < requested)
                    {
                        double ratio = eta / requested;
                        state.ShortenedSteps++;
                        state.SmallestShortening = Math.Min(state.SmallestShortening, ratio);
                        state.LogShorteningSum += Math.Log(ratio);
                    }

                    state.MaxSegmentLipschitz = double.IsNaN(state.MaxSegmentLipschitz) ? segmentLipschitz : Math.Max(state.MaxSegmentLipschitz, segmentLipschitz);
                }

                Judge(ref state, t, newton, requested, beta, limit, lipschitz, smallest, force: t == 0);
                onStep?.Invoke(new DescentStep(t, method, theta, value, gradient, norm, lipschitz, smallest, requested, eta, beta, limit, clamped, unstable, segmentLipschitz));

                Span<double> next = run.Next, previous = run.Previous;
                if (newton)
                {
                    if (!constantHessian || !newtonSystem.IsFactored)
                    {
                        newtonSystem.Factor(run.Hessian, lipschitz);
                    }

                    newtonSystem.Solve(gradient, run.Direction, lipschitz);
                    double alpha = LineSearch(loss, theta, value, gradient, run.Direction, next, eta);
                    if (double.IsNaN(alpha))
                    {
                        // No trial point differs from theta any more: nothing lower is representable along d.
                        recorder?.SetStep(double.NaN, clamped, 0.0);
                        state.Stop = StopReason.Stalled;
                        return state;
                    }

                    if (alpha < eta)
                    {
                        state.BacktrackedSteps++;
                    }

                    eta = alpha;
                }
                else if (method == DescentMethod.Nesterov)
                {
                    // theta_{t+1} = y_t - eta g(y_t); y_{t+1} = theta_{t+1} + beta (theta_{t+1} - theta_t).
                    Span<double> thetaT = run.Base;
                    for (int i = 0; i < n; i++)
                    {
                        double advanced = theta[i] - (eta * gradient[i]);
                        next[i] = advanced + (beta * (advanced - thetaT[i]));
                        thetaT[i] = advanced;
                    }
                }
                else if (!certified)
                {
                    // Heavy ball with beta = 0 is gradient descent: theta - eta g + beta (theta - theta_prev).
                    for (int i = 0; i < n; i++)
                    {
                        next[i] = theta[i] - (eta * gradient[i]) + (beta * (theta[i] - previous[i]));
                    }
                }

                if (t == 0)
                {
                    state.StartEta = eta;
                    state.StartMomentum = beta;
                }

                recorder?.SetStep(eta, clamped, beta);
                if (certified)
                {
                    recorder?.SetCertified(requested, segmentLipschitz);
                }

                // A 2-cycle returns theta_{t+1} to theta_{t-1} although the step itself is not small.
                if (t > 0 && !newton)
                {
                    double jump = Distance(next, theta), back = Distance(next, previous);
                    returns = jump > 0.0 && back <= CycleTolerance * jump ? returns + 1 : 0;
                }

                previousExceeded = !newton && lipschitz > 0.0 && eta > limit / lipschitz;
                lastEta = eta;
                previousValue = value;
                previousNorm = norm;
                theta.CopyTo(previous);
                next.CopyTo(theta);
            }
        }

        // Backtracking from alpha along d until the Armijo condition f(x + a d) <= f(x) + c a g.d
        // holds with a strict decrease (a loss that only stays equal is not progress: at the
        // precision floor it would spin forever). Each retry takes the minimiser of the quadratic
        // through f(x), g.d and f(x + a d), kept within [0.1 a, 0.5 a]. Returns the accepted a, with
        // next = x + a d, or NaN when x + a d no longer differs from x in any component.
        private static double LineSearch<TLoss>(TLoss loss, ReadOnlySpan<double> x, double value, ReadOnlySpan<double> gradient, ReadOnlySpan<double> direction, Span<double> next, double alpha)
            where TLoss : ILoss
        {
            double slope = 0.0;
            for (int i = 0; i < x.Length; i++)
            {
                slope += gradient[i] * direction[i];
            }

            double a = alpha;
            while (true)
            {
                bool moved = false;
                for (int i = 0; i < x.Length; i++)
                {
                    next[i] = x[i] + (a * direction[i]);
                    moved |= next[i] != x[i];
                }

                if (!moved || !(a > 0.0))
                {
                    return double.NaN;
                }

                double trial = loss.Value(next);
                if (trial < value && trial <= value + (Armijo * a * slope))
                {
                    return a;
                }

                double curvature = trial - value - (a * slope);
                double interpolated = double.IsFinite(trial) && curvature > 0.0 ? -slope * a * a / (2.0 * curvature) : 0.5 * a;
                a = Math.Clamp(interpolated, 0.1 * a, 0.5 * a);
            }
        }

        // Keeps the step closest to the method's limit (largest requested eta*L_t / limit; alpha/2
        // for Newton) as the one the summary's regime judges.
        private static void Judge(ref RunState state, int t, bool newton, double eta, double beta, double limit, double lipschitz, double smallest, bool force)
        {
            double etaL = newton ? eta : eta * lipschitz;
            double ratio = etaL / limit;
            if (force || ratio > state.RegimeRatio)
            {
                state.RegimeStep = t;
                state.RegimeEta = eta;
                state.RegimeMomentum = beta;
                state.RegimeEtaL = etaL;
                state.RegimeRatio = ratio;
                state.RegimeLipschitz = lipschitz;
                state.RegimeSmallest = smallest;
            }
        }

        // Norm pairs at t = 1 and powers of two (see RunState).
        private static void Checkpoint(ref RunState state, int t, double norm, double previousNorm)
        {
            if (t == 0)
            {
                return;
            }

            double pair = Math.Sqrt((norm * norm) + (previousNorm * previousNorm));
            state.FinalPairNorm = pair;
            state.FinalPairStep = t;
            if ((t & (t - 1)) == 0)
            {
                state.EarlyCheckpoint = state.LateCheckpoint;
                state.EarlyNorm = state.LateNorm;
                state.LateCheckpoint = t;
                state.LateNorm = pair;
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
