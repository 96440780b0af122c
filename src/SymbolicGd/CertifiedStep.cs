using System;

namespace SymbolicGd
{
    // The interval working memory of a StepGuard.Certified run: the segment's box and the
    // enclosures of the gradient and Hessian over it, carved out of one block per run.
    internal readonly ref struct IntervalBuffers
    {
        public IntervalBuffers(Span<Interval> block, int n)
        {
            Box = block.Slice(0, n);
            Gradient = block.Slice(n, n);
            Hessian = block.Slice(2 * n, n * n);
        }

        public Span<Interval> Box { get; }

        public Span<Interval> Gradient { get; }

        public Span<Interval> Hessian { get; }

        public static int Length(int n) => (2 * n) + (n * n);
    }

    // StepGuard.Certified for one gradient step (see the remarks on StepGuard.Certified): finds an
    // eta with eta * L_segment < 2, L_segment an interval bound on the curvature along g over the
    // box of the segment theta -> theta - eta g, and whose computed loss does not rise.
    //
    // The search rests on one fact: a shorter step's segment lies in the longer one's box (the
    // rounded points theta_i - eta g_i move monotonically with eta), so a bound L over the longer
    // box bounds the shorter segment too, and any eta' < 2/L is certified by it without another
    // evaluation. So the search keeps a bracket: the largest eta known certified (a trial that
    // passed, or 1/L from a trial that failed with a bound L) and the smallest known to fail.
    // The first trial is taken when it passes; otherwise the next trial is the geometric mean
    // of the bracket (bisection on a log scale: a bracket of 1e170 closes in about 9 trials)
    // until it is within a factor 2, or the failed eta times 1/4 while nothing is certified (a
    // box leaving the domain, or where the gradient may jump, has no bound). A shortened step
    // is then cut to 1/L of its bound when that is shorter: of the etas a bound L certifies, 1/L
    // is the one the descent lemma promises the most decrease for, eta (1 - eta L / 2) |g|^2.
    // The requested eta itself, when it passes, is taken as asked.
    internal static class CertifiedStep
    {
        // A run tries the requested eta, or this times the last accepted one when that is smaller,
        // so that a run whose requested eta is far too large pays about one trial per step: the
        // last step's 1/L_segment, grown by 1.5, passes wherever the curvature grew by less than
        // a third, and the eta taken can still grow by 1.5 per step where it falls.
        public const double Growth = 1.5;

        private const double UndefinedShrink = 0.25;
        private const double RiseShrink = 0.5;
        private const double Bracket = 2.0;

        /// <summary>
        /// The certified eta (with <paramref name="next"/> = theta - eta g, whose loss is not above
        /// <paramref name="value"/>), or NaN when no eta that still changes theta is certified with
        /// a loss that does not rise (the run has stalled). <paramref name="certified"/> is the eta
        /// the bound chose before any halving for a rise by rounding: the next step's trial grows
        /// from it, so that rounding near a minimum does not shrink every later step.
        /// </summary>
        public static double Take<TLoss>(
            TLoss loss,
            ReadOnlySpan<double> theta,
            double value,
            ReadOnlySpan<double> gradient,
            double requested,
            double trial,
            Span<double> next,
            IntervalBuffers intervals,
            ref int evaluations,
            out double segmentLipschitz,
            out double certified)
            where TLoss : ILoss
        {
            // The bracket: the largest eta known certified (with its bound) and the smallest
            // known to fail (no bound, or eta * L >= 2).
            double lower = 0.0, lowerBound = double.NaN, upper = double.PositiveInfinity;
            double eta = trial;
            segmentLipschitz = double.NaN;
            certified = double.NaN;
            while (true)
            {
                bool moved = Advance(theta, gradient, eta, next, out bool finite);
                if (!moved)
                {
                    // Too short to change theta: no use, but every longer step is still open.
                    if (double.IsPositiveInfinity(upper) && eta < requested)
                    {
                        // The run's last steps were tiny (at a kink, say): try what was asked.
                        eta = requested;
                        continue;
                    }

                    if (double.IsPositiveInfinity(upper) || upper <= Bracket * eta || !(eta > 0.0))
                    {
                        break;
                    }

                    lower = eta;
                    lowerBound = double.NaN;
                }
                else
                {
                    double bound = double.NaN;
                    if (finite)
                    {
                        SegmentBox(theta, gradient, eta, next, intervals.Box);
                        Interval enclosure = loss.ValueGradientHessianBounds(intervals.Box, intervals.Gradient, intervals.Hessian);
                        evaluations++;

                        // Defined value and gradient enclosures mean no operation left its domain
                        // in the box, so the loss and its gradient are continuous there (a jump
                        // the Hessian cannot see, such as x/|x|, divides by an interval across 0).
                        bound = enclosure.IsDefined && AllDefined(intervals.Gradient) ? DirectionalCurvature(intervals.Hessian, gradient) : double.NaN;
                    }

                    if (!double.IsNaN(bound) && IntervalRounding.MultiplyUp(eta, bound) < 2.0)
                    {
                        lower = eta;
                        lowerBound = bound;
                        if (double.IsPositiveInfinity(upper))
                        {
                            // The first trial passed: nothing longer is asked for.
                            break;
                        }
                    }
                    else
                    {
                        upper = eta;
                        if (!double.IsNaN(bound))
                        {
                            // bound > 0 here, and 1/bound < eta: certified by this box.
                            double candidate = IntervalRounding.DivideDown(1.0, bound);
                            if (candidate > lower)
                            {
                                lower = candidate;
                                lowerBound = bound;
                            }
                        }
                    }
                }

                if (upper <= Bracket * lower)
                {
                    break;
                }

                eta = lower > 0.0 ? Math.Sqrt(lower) * Math.Sqrt(upper) : upper * UndefinedShrink;
            }

            if (double.IsNaN(lowerBound))
            {
                // Nothing that moves theta is certified.
                return double.NaN;
            }

            eta = lower;
            if (eta < requested && lowerBound > 0.0)
            {
                // Shortened anyway: of the etas this bound certifies, 1/L is the one the descent
                // lemma promises the most decrease for, eta (1 - eta L / 2) |g|^2.
                eta = Math.Min(eta, IntervalRounding.DivideDown(1.0, lowerBound));
            }

            segmentLipschitz = lowerBound;
            certified = eta;
            if (!Advance(theta, gradient, eta, next, out _))
            {
                return double.NaN;
            }

            // The bound holds for every shorter step too, so a rise (of the computed loss, by
            // rounding: the exact loss falls) is answered by halving alone.
            while (!(loss.Value(next) <= value))
            {
                eta *= RiseShrink;
                if (!Advance(theta, gradient, eta, next, out _))
                {
                    return double.NaN;
                }
            }

            return eta;
        }

        /// <summary>
        /// An upper bound, at least 0, on g^T H g / |g|^2 for every H in the enclosure
        /// <paramref name="hessian"/> (row-major, symmetric), rounded up; NaN when an entry is
        /// undefined or the bound is not finite. g is scaled by a power of two first, so neither
        /// tiny nor huge gradients underflow or overflow, and each off-diagonal entry is used once
        /// (2 g_i g_j H_ij), which keeps the interval sum as tight as the entries allow.
        /// </summary>
        internal static double DirectionalCurvature(ReadOnlySpan<Interval> hessian, ReadOnlySpan<double> gradient)
        {
            int n = gradient.Length;
            double largest = 0.0;
            for (int i = 0; i < n; i++)
            {
                largest = Math.Max(largest, Math.Abs(gradient[i]));
            }

            if (!(largest > 0.0) || !double.IsFinite(largest))
            {
                return double.NaN;
            }

            int exponent = Math.ILogB(largest);
            Interval quadratic = 0.0, squares = 0.0;
            for (int i = 0; i < n; i++)
            {
                Interval ui = Math.ScaleB(gradient[i], -exponent);
                Interval square = Interval.Pow(ui, 2);
                squares += square;
                quadratic += hessian[(i * n) + i] * square;
                for (int j = i + 1; j < n; j++)
                {
                    Interval uj = Math.ScaleB(gradient[j], -exponent);
                    quadratic += 2.0 * (ui * uj) * hessian[(i * n) + j];
                }
            }

            Interval curvature = quadratic / squares;
            return curvature.IsFinite ? Math.Max(curvature.Upper, 0.0) : double.NaN;
        }

        // The box of the segment from theta to the computed next point, widened by 2 ulp of the
        // largest magnitude in each coordinate's update, so that it also holds the exact segment
        // theta - t g, 0 <= t <= eta: the computed eta g_i and theta_i - eta g_i are each within
        // half an ulp of it (the sum at most twice as large). A shorter step's widened box still
        // lies inside a longer one's.
        private static void SegmentBox(ReadOnlySpan<double> theta, ReadOnlySpan<double> gradient, double eta, ReadOnlySpan<double> next, Span<Interval> box)
        {
            Interval.FromSegment(theta, next, box);
            for (int i = 0; i < theta.Length; i++)
            {
                double largest = Math.Max(Math.Abs(theta[i]), Math.Abs(eta * gradient[i]));
                double slack = 2.0 * (Math.BitIncrement(largest) - largest);
                box[i] = new Interval(IntervalRounding.AddDown(box[i].Lower, -slack), IntervalRounding.AddUp(box[i].Upper, slack));
            }
        }

        private static bool AllDefined(ReadOnlySpan<Interval> enclosures)
        {
            foreach (Interval enclosure in enclosures)
            {
                if (!enclosure.IsDefined)
                {
                    return false;
                }
            }

            return true;
        }

        // next = theta - eta g, the update of gradient descent; false when no coordinate moved.
        private static bool Advance(ReadOnlySpan<double> theta, ReadOnlySpan<double> gradient, double eta, Span<double> next, out bool finite)
        {
            bool moved = false;
            finite = true;
            for (int i = 0; i < theta.Length; i++)
            {
                next[i] = theta[i] - (eta * gradient[i]);
                moved |= next[i] != theta[i];
                finite &= double.IsFinite(next[i]);
            }

            return moved && eta > 0.0;
        }
    }
}
