using System;

namespace SymbolicGd
{
    // The building blocks the generator's lowering emits besides the language's own functions:
    // Math.Max (the shift of softplus and logsumexp), SymbolicMath.Hypot (norms) and the branch
    // (a >= 0.0 ? b : c) that picks a stable formula by a sign. Each encloses the point call of
    // the same name for every choice of points in its arguments.
    public readonly partial struct Interval
    {
        /// <summary>max(a, b) as <see cref="Math.Max(double, double)"/>: [max of the lower bounds, max of the upper bounds], exact.</summary>
        /// <param name="a">One argument.</param>
        /// <param name="b">The other.</param>
        public static Interval Max(Interval a, Interval b) =>
            a._undefined || b._undefined ? Undefined : Make(Math.Max(a._lower, b._lower), Math.Max(a._upper, b._upper));

        /// <summary>
        /// sqrt(a^2 + b^2) as <see cref="SymbolicMath.Hypot(double, double)"/> computes it: the
        /// norm is increasing in each |argument|, so the bounds are the point function at the
        /// arguments' mignitudes and magnitudes (exact), widened by 5 steps each way for its
        /// rounding (squares, sum and square root: within 2.5 ulp).
        /// </summary>
        /// <param name="a">The first argument.</param>
        /// <param name="b">The second argument.</param>
        public static Interval Hypot(Interval a, Interval b) =>
            a._undefined || b._undefined ? Undefined
            : Norm(SymbolicMath.Hypot(a.Mignitude, b.Mignitude), SymbolicMath.Hypot(a.Magnitude, b.Magnitude));

        /// <summary>sqrt(a^2 + b^2 + c^2) as <see cref="SymbolicMath.Hypot(double, double, double)"/> computes it; see <see cref="Hypot(Interval, Interval)"/>.</summary>
        /// <param name="a">The first argument.</param>
        /// <param name="b">The second argument.</param>
        /// <param name="c">The third argument.</param>
        public static Interval Hypot(Interval a, Interval b, Interval c) =>
            a._undefined || b._undefined || c._undefined ? Undefined
            : Norm(SymbolicMath.Hypot(a.Mignitude, b.Mignitude, c.Mignitude), SymbolicMath.Hypot(a.Magnitude, b.Magnitude, c.Magnitude));

        /// <summary>sqrt(a^2 + b^2 + c^2 + d^2) as <see cref="SymbolicMath.Hypot(double, double, double, double)"/> computes it; see <see cref="Hypot(Interval, Interval)"/>.</summary>
        /// <param name="a">The first argument.</param>
        /// <param name="b">The second argument.</param>
        /// <param name="c">The third argument.</param>
        /// <param name="d">The fourth argument.</param>
        public static Interval Hypot(Interval a, Interval b, Interval c, Interval d) =>
            a._undefined || b._undefined || c._undefined || d._undefined ? Undefined
            : Norm(SymbolicMath.Hypot(a.Mignitude, b.Mignitude, c.Mignitude, d.Mignitude), SymbolicMath.Hypot(a.Magnitude, b.Magnitude, c.Magnitude, d.Magnitude));

        /// <summary>
        /// The branch <c>(condition &gt;= 0.0 ? nonNegative : negative)</c> that generated code uses
        /// to pick a stable formula: <paramref name="nonNegative"/> when every member of
        /// <paramref name="condition"/> is at least 0, <paramref name="negative"/> when every
        /// member is below 0, and the hull of both when the condition straddles 0 (either branch
        /// may be taken somewhere in the box). The branch that cannot be taken does not matter,
        /// even when undefined.
        /// </summary>
        /// <param name="condition">The tested value.</param>
        /// <param name="nonNegative">The result where the condition is at least 0.</param>
        /// <param name="negative">The result where the condition is below 0.</param>
        public static Interval IfNonNegative(Interval condition, Interval nonNegative, Interval negative) =>
            condition._undefined ? Undefined
            : condition._lower >= 0.0 ? nonNegative
            : condition._upper < 0.0 ? negative
            : Hull(nonNegative, negative);

        /// <summary>
        /// <see cref="SymbolicMath.ZeroAtNormZero"/> over a box: <paramref name="value"/> where the
        /// norm is positive throughout, 0 where it is 0 throughout, and the hull of both where it
        /// may be either (undefined when the value is: a division by a norm that reaches 0 has
        /// no finite enclosure).
        /// </summary>
        /// <param name="norm">The norm, never negative.</param>
        /// <param name="value">The product, enclosed as written.</param>
        public static Interval ZeroAtNormZero(Interval norm, Interval value) =>
            norm._undefined ? Undefined
            : norm._lower > 0.0 ? value
            : norm._upper == 0.0 ? new Interval(0.0, 0.0, undefined: false)
            : Hull(value, new Interval(0.0, 0.0, undefined: false));

        // A norm's point values at the smallest and largest magnitudes, widened; never below 0.
        private static Interval Norm(double atSmallest, double atLargest) =>
            Make(Math.Max(IntervalRounding.Down(atSmallest, LibmSteps), 0.0), IntervalRounding.Up(atLargest, LibmSteps));
    }
}
