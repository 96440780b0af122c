using System;
using System.Buffers;

namespace SymbolicGd
{
    /// <summary>
    /// Descent over a loss, guarded by the largest stable learning rate: every step measures L_t
    /// (the largest absolute Hessian eigenvalue at theta_t, or the loss's constant L when its
    /// Hessian is constant) and keeps, clamps, reports or refuses a learning rate at or above the
    /// method's limit (2/L_t for gradient descent) as <see cref="DescentOptions.Guard"/> says.
    /// <see cref="DescentOptions.Method"/> chooses gradient descent (the default), heavy ball,
    /// Nesterov or Newton. A loss comes in one of two forms, and one descent loop serves both: a
    /// type with static members (<see cref="ISymbolicLoss"/>, every generated <c>NameLoss</c>) or
    /// an instance (<see cref="ILoss"/>, e.g. a data loss built over its columns).
    /// </summary>
    public static class GradientDescent
    {
        // Buffers up to this many doubles (8 KB) live on the stack; larger losses rent one pooled array per run.
        private const int StackLimit = 1024;

        // Interval buffers (StepGuard.Certified) up to this many intervals (6 KB) live on the stack.
        private const int IntervalStackLimit = 256;

        private static readonly DescentOptions Defaults = new();

        /// <summary>
        /// Minimises <typeparamref name="TLoss"/> from <paramref name="start"/>. The method is
        /// generic over the loss so the JIT specialises it for each generated loss struct: the loop
        /// makes no virtual calls, invokes no delegate (unless <see cref="DescentOptions.OnStep"/>
        /// is set) and allocates nothing per step unless <see cref="DescentOptions.RecordTrajectory"/> is set.
        /// </summary>
        /// <typeparam name="TLoss">The loss, usually a generated <c>NameLoss</c> struct.</typeparam>
        /// <param name="start">theta_0, one value per parameter of the loss.</param>
        /// <param name="options">Method, learning rate, momentum, guard, limits and recording; null for the defaults (gradient descent, automatic steps).</param>
        /// <returns>Where the run stopped, why, and what the learning rate did.</returns>
        /// <exception cref="ArgumentException"><paramref name="start"/> does not have one value per parameter.</exception>
        /// <exception cref="ArgumentOutOfRangeException">An option is out of range (e.g. a learning rate that is not positive).</exception>
        /// <exception cref="UnstableLearningRateException">Under <see cref="StepGuard.Throw"/>, before a step at or above the method's limit (eta &gt;= 2/L_t for gradient descent).</exception>
        public static DescentResult Minimize<TLoss>(ReadOnlySpan<double> start, DescentOptions? options = null)
            where TLoss : ISymbolicLoss =>
            Run(new StaticLoss<TLoss>(), typeof(TLoss).Name, start, options);

        /// <summary>
        /// Minimises <paramref name="loss"/> from <paramref name="start"/>: the instance form of
        /// <see cref="Minimize{TLoss}(ReadOnlySpan{double}, DescentOptions?)"/>, for losses whose
        /// instances carry data (columns, fixed values). The same loop runs: specialised for a
        /// struct <typeparamref name="TLoss"/>, with no virtual calls and no allocation per step.
        /// When <see cref="ILoss.HasConstantHessian"/> is true, <see cref="ILoss.Lipschitz"/> is
        /// read once per run and no eigenvalue is computed per step.
        /// </summary>
        /// <typeparam name="TLoss">The loss type, usually a generated <c>NameLoss</c> struct.</typeparam>
        /// <param name="loss">The loss.</param>
        /// <param name="start">theta_0, one value per parameter of the loss.</param>
        /// <param name="options">Method, learning rate, momentum, guard, limits and recording; null for the defaults (gradient descent, automatic steps).</param>
        /// <returns>Where the run stopped, why, and what the learning rate did.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="loss"/> is null.</exception>
        /// <exception cref="ArgumentException"><paramref name="start"/> does not have one value per parameter.</exception>
        /// <exception cref="ArgumentOutOfRangeException">An option is out of range (e.g. a learning rate that is not positive).</exception>
        /// <exception cref="UnstableLearningRateException">Under <see cref="StepGuard.Throw"/>, before a step at or above the method's limit (eta &gt;= 2/L_t for gradient descent).</exception>
        public static DescentResult Minimize<TLoss>(TLoss loss, ReadOnlySpan<double> start, DescentOptions? options = null)
            where TLoss : ILoss
        {
            if (loss is null)
            {
                throw new ArgumentNullException(nameof(loss));
            }

            return Run(loss, LossNames.Of(loss), start, options);
        }

        private static DescentResult Run<TLoss>(TLoss loss, string lossName, ReadOnlySpan<double> start, DescentOptions? options)
            where TLoss : ILoss
        {
            options ??= Defaults;
            options.Validate();
            int n = loss.Dimension;
            RuntimeArguments.Length(start, n, nameof(start), lossName, loss.ParameterNames);
            bool certified = options.Guard == StepGuard.Certified;
            if (certified && !loss.HasIntervalBounds)
            {
                throw new ArgumentException(
                    $"StepGuard.Certified needs interval bounds of the loss's Hessian (ValueGradientHessianBounds), and '{lossName}' has none: only losses generated from a closed-form [Loss] expression provide them, not data losses or hand-written ones. Use StepGuard.Clamp.",
                    nameof(options));
            }

            // Every vector and matrix of the run in one block.
            int length = Buffers.Length(n);
            double[]? rented = null;
            Span<double> buffer = length <= StackLimit
                ? stackalloc double[StackLimit]
                : (rented = ArrayPool<double>.Shared.Rent(length));
            int intervalLength = certified ? IntervalBuffers.Length(n) : 0;
            Interval[]? rentedIntervals = null;
            Span<Interval> intervals = intervalLength <= IntervalStackLimit
                ? stackalloc Interval[intervalLength]
                : (rentedIntervals = ArrayPool<Interval>.Shared.Rent(intervalLength));
            try
            {
                var run = new Buffers(buffer, n);
                start.CopyTo(run.Current);
                TrajectoryRecorder? recorder = options.RecordTrajectory ? new TrajectoryRecorder() : null;
                RunState state = DescentLoop.Run(loss, lossName, run, intervals, options, recorder);
                return DescentReport.Build(loss, lossName, run, options, recorder, state);
            }
            finally
            {
                if (rented is not null)
                {
                    ArrayPool<double>.Shared.Return(rented);
                }

                if (rentedIntervals is not null)
                {
                    ArrayPool<Interval>.Shared.Return(rentedIntervals);
                }
            }
        }
    }
}
