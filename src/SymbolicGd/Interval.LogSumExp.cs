using System;

namespace SymbolicGd
{
    // logsumexp(a, b, ...) = log(e^a + e^b + ...), increasing in every argument.
    public readonly partial struct Interval
    {
        /// <summary>log(e^a + e^b), increasing in both arguments; see <see cref="LogSumExp(ReadOnlySpan{Interval})"/>.</summary>
        /// <param name="a">The first argument.</param>
        /// <param name="b">The second argument.</param>
        public static Interval LogSumExp(Interval a, Interval b)
        {
            Span<Interval> args = stackalloc Interval[2] { a, b };
            return LogSumExp(args);
        }

        /// <summary>log(e^a + e^b + e^c), increasing in every argument; see <see cref="LogSumExp(ReadOnlySpan{Interval})"/>.</summary>
        /// <param name="a">The first argument.</param>
        /// <param name="b">The second argument.</param>
        /// <param name="c">The third argument.</param>
        public static Interval LogSumExp(Interval a, Interval b, Interval c)
        {
            Span<Interval> args = stackalloc Interval[3] { a, b, c };
            return LogSumExp(args);
        }

        /// <summary>log of the sum of e^arg over the arguments; see <see cref="LogSumExp(ReadOnlySpan{Interval})"/>.</summary>
        /// <param name="args">The arguments (at least one).</param>
        /// <exception cref="ArgumentException">No arguments.</exception>
        public static Interval LogSumExp(params Interval[] args) => LogSumExp((ReadOnlySpan<Interval>)args);

        /// <summary>
        /// log(sum of e^arg over the arguments), increasing in every argument, so the enclosure is
        /// [logsumexp of the lower bounds, logsumexp of the upper bounds]. Each end is enclosed
        /// rigorously (as m + log(sum of e^(x_i - m)) with m the largest argument, in interval
        /// arithmetic) and then widened by (n + 8) ulp of max(|m|, 1): enough for the rounding of
        /// a point formula m + log(sum) or m + log1p(sum of the others) with n terms.
        /// </summary>
        /// <param name="args">The arguments (at least one).</param>
        /// <exception cref="ArgumentException">No arguments.</exception>
        public static Interval LogSumExp(ReadOnlySpan<Interval> args)
        {
            if (args.Length == 0)
            {
                throw new ArgumentException("logsumexp needs at least one argument.", nameof(args));
            }

            double lowerMax = double.NegativeInfinity, upperMax = double.NegativeInfinity;
            foreach (Interval x in args)
            {
                if (x._undefined)
                {
                    return Undefined;
                }

                lowerMax = Math.Max(lowerMax, x._lower);
                upperMax = Math.Max(upperMax, x._upper);
            }

            double lower = LogSumExpBound(args, lowerMax, upper: false);
            double upper = LogSumExpBound(args, upperMax, upper: true);
            return Make(lower, upper);
        }

        // A lower (upper) bound of the exact logsumexp of the arguments' lower (upper) bounds,
        // minus (plus) the slack for a point formula's rounding.
        private static double LogSumExpBound(ReadOnlySpan<Interval> args, double max, bool upper)
        {
            if (double.IsInfinity(max))
            {
                // +infinity: some term is infinite; -infinity: every term is e^-infinity = 0.
                return max;
            }

            Interval sum = Make(0.0, 0.0);
            foreach (Interval x in args)
            {
                double v = upper ? x._upper : x._lower;
                Interval shifted = double.IsNegativeInfinity(v)
                    ? Make(double.NegativeInfinity, double.NegativeInfinity)
                    : Make(IntervalRounding.AddDown(v, -max), IntervalRounding.AddUp(v, -max));
                sum += Exp(shifted);
            }

            // sum >= 1 less the widening of e^0, so its logarithm is defined.
            Interval total = (Interval)max + Log(sum);
            double scale = Math.Max(Math.Abs(max), 1.0);
            double slack = (args.Length + 8) * (Math.BitIncrement(scale) - scale);
            return upper ? IntervalRounding.AddUp(total._upper, slack) : IntervalRounding.AddDown(total._lower, -slack);
        }
    }
}
