using System;

namespace SymbolicGd
{
    // The elementary functions of the loss language, each named like the Math or SymbolicMath
    // function the generator emits for it.
    public readonly partial struct Interval
    {
        /// <summary>|x|: [mignitude, magnitude], exact.</summary>
        /// <param name="x">The argument.</param>
        public static Interval Abs(Interval x) => x._undefined ? Undefined : Make(x.Mignitude, x.Magnitude);

        /// <summary>
        /// The sign of x (1, -1, or 0 at 0), the derivative of abs that the generator emits:
        /// [sign(Lower), sign(Upper)], exact (sign is non-decreasing). A box across 0 gives
        /// [-1, 1]: abs's kink at 0 is not visible in this second-derivative-free enclosure, so a
        /// curvature bound over such a box must account for it separately.
        /// </summary>
        /// <param name="x">The argument.</param>
        public static Interval Sign(Interval x) => x._undefined ? Undefined : Make(SignOf(x._lower), SignOf(x._upper));

        /// <summary>sqrt(x), correctly rounded outward; undefined when x reaches below 0.</summary>
        /// <param name="x">The argument.</param>
        public static Interval Sqrt(Interval x)
        {
            if (x._undefined || x._lower < 0.0)
            {
                return Undefined;
            }

            return Make(IntervalRounding.SqrtDown(x._lower), IntervalRounding.SqrtUp(x._upper));
        }

        /// <summary>e^x (increasing).</summary>
        /// <param name="x">The argument.</param>
        public static Interval Exp(Interval x) =>
            x._undefined ? Undefined : Increasing(Math.Exp(x._lower), Math.Exp(x._upper), LibmSteps, 0.0, double.PositiveInfinity);

        /// <summary>The natural logarithm (increasing); undefined when x reaches 0 or below.</summary>
        /// <param name="x">The argument.</param>
        public static Interval Log(Interval x) =>
            x._undefined || x._lower <= 0.0 ? Undefined : Increasing(Math.Log(x._lower), Math.Log(x._upper), LibmSteps, double.NegativeInfinity, double.PositiveInfinity);

        /// <summary>log(1 + x) as <see cref="SymbolicMath.Log1p"/> computes it (increasing); undefined when x reaches -1 or below.</summary>
        /// <param name="x">The argument.</param>
        public static Interval Log1p(Interval x) =>
            x._undefined || x._lower <= -1.0 ? Undefined : Increasing(SymbolicMath.Log1p(x._lower), SymbolicMath.Log1p(x._upper), CompositeSteps, double.NegativeInfinity, double.PositiveInfinity);

        /// <summary>arcsine (increasing); undefined when x leaves [-1, 1].</summary>
        /// <param name="x">The argument.</param>
        public static Interval Asin(Interval x) =>
            x._undefined || x._lower < -1.0 || x._upper > 1.0 ? Undefined : Increasing(Math.Asin(x._lower), Math.Asin(x._upper), LibmSteps, -2.0, 2.0);

        /// <summary>arccosine (decreasing, in [0, pi]); undefined when x leaves [-1, 1].</summary>
        /// <param name="x">The argument.</param>
        public static Interval Acos(Interval x) =>
            x._undefined || x._lower < -1.0 || x._upper > 1.0 ? Undefined : Increasing(Math.Acos(x._upper), Math.Acos(x._lower), LibmSteps, 0.0, 4.0);

        /// <summary>arctangent (increasing, in (-pi/2, pi/2)).</summary>
        /// <param name="x">The argument.</param>
        public static Interval Atan(Interval x) =>
            x._undefined ? Undefined : Increasing(Math.Atan(x._lower), Math.Atan(x._upper), LibmSteps, -2.0, 2.0);

        /// <summary>Hyperbolic sine (increasing).</summary>
        /// <param name="x">The argument.</param>
        public static Interval Sinh(Interval x) =>
            x._undefined ? Undefined : Increasing(Math.Sinh(x._lower), Math.Sinh(x._upper), LibmSteps, double.NegativeInfinity, double.PositiveInfinity);

        /// <summary>Hyperbolic cosine (even, decreasing then increasing, at least 1).</summary>
        /// <param name="x">The argument.</param>
        public static Interval Cosh(Interval x)
        {
            if (x._undefined)
            {
                return Undefined;
            }

            double lower = x._lower >= 0.0 ? Math.Cosh(x._lower) : x._upper <= 0.0 ? Math.Cosh(x._upper) : 1.0;
            double upper = Math.Max(Math.Cosh(x._lower), Math.Cosh(x._upper));
            return Increasing(lower, upper, LibmSteps, 1.0, double.PositiveInfinity);
        }

        /// <summary>Hyperbolic tangent (increasing, in [-1, 1]).</summary>
        /// <param name="x">The argument.</param>
        public static Interval Tanh(Interval x) =>
            x._undefined ? Undefined : Increasing(Math.Tanh(x._lower), Math.Tanh(x._upper), LibmSteps, -1.0, 1.0);

        /// <summary>The logistic function 1 / (1 + e^-x) as <see cref="SymbolicMath.Sigmoid"/> computes it (increasing, in [0, 1]).</summary>
        /// <param name="x">The argument.</param>
        public static Interval Sigmoid(Interval x) =>
            x._undefined ? Undefined : Increasing(SymbolicMath.Sigmoid(x._lower), SymbolicMath.Sigmoid(x._upper), CompositeSteps, 0.0, 1.0);

        /// <summary>log(1 + e^x) as <see cref="SymbolicMath.Softplus"/> computes it (increasing, at least 0).</summary>
        /// <param name="x">The argument.</param>
        public static Interval Softplus(Interval x) =>
            x._undefined ? Undefined : Increasing(SymbolicMath.Softplus(x._lower), SymbolicMath.Softplus(x._upper), CompositeSteps, 0.0, double.PositiveInfinity);

        // A monotone function's values at the ends of the argument, widened by the function's
        // step count and clipped to its known range.
        private static Interval Increasing(double atLower, double atUpper, int steps, double rangeLower, double rangeUpper)
        {
            if (double.IsNaN(atLower) || double.IsNaN(atUpper))
            {
                // A library result outside the function's documented behaviour: refuse to guess.
                return Undefined;
            }

            double lower = Math.Clamp(IntervalRounding.Down(atLower, steps), rangeLower, rangeUpper);
            double upper = Math.Clamp(IntervalRounding.Up(atUpper, steps), rangeLower, rangeUpper);
            return Make(lower, upper);
        }

        private static double SignOf(double v) => v > 0.0 ? 1.0 : v < 0.0 ? -1.0 : 0.0;
    }
}
