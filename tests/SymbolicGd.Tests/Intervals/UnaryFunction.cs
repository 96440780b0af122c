using System;
using System.Collections.Generic;
using System.Linq;
using System.Numerics;

namespace SymbolicGd.Tests.Intervals
{
    /// <summary>
    /// One function of the language: its interval form, the point code the generator emits for it
    /// (Math.*, SymbolicMath.*, the inline sign), its domain, the points where it has an extremum
    /// or pole (multiples of pi/2 for the periodic ones), and the ulp steps its enclosure of a
    /// point may take.
    /// </summary>
    internal sealed record UnaryFunction(
        string Name,
        Func<Interval, Interval> Enclose,
        Func<double, double> Point,
        Func<double, bool> InDomain,
        int Steps,
        bool Periodic = false,
        Func<ExactReal, ExactReal>? Exact = null)
    {
        public static readonly IReadOnlyList<UnaryFunction> All = new UnaryFunction[]
        {
            new("exp", Interval.Exp, Math.Exp, _ => true, Interval.LibmSteps, Exact: ExactReal.Exp),
            new("log", Interval.Log, Math.Log, x => x > 0.0, Interval.LibmSteps, Exact: ExactReal.Log),
            new("log1p", Interval.Log1p, SymbolicMath.Log1p, x => x > -1.0, Interval.CompositeSteps, Exact: x => ExactReal.Log(ExactReal.One + x)),
            new("sqrt", Interval.Sqrt, Math.Sqrt, x => x >= 0.0, 1),
            new("sin", Interval.Sin, Math.Sin, double.IsFinite, Interval.LibmSteps, Periodic: true),
            new("cos", Interval.Cos, Math.Cos, double.IsFinite, Interval.LibmSteps, Periodic: true),
            new("tan", Interval.Tan, Math.Tan, double.IsFinite, Interval.LibmSteps, Periodic: true),
            new("asin", Interval.Asin, Math.Asin, x => x >= -1.0 && x <= 1.0, Interval.LibmSteps),
            new("acos", Interval.Acos, Math.Acos, x => x >= -1.0 && x <= 1.0, Interval.LibmSteps),
            new("atan", Interval.Atan, Math.Atan, _ => true, Interval.LibmSteps),
            new("sinh", Interval.Sinh, Math.Sinh, _ => true, Interval.LibmSteps),
            new("cosh", Interval.Cosh, Math.Cosh, _ => true, Interval.LibmSteps),
            new("tanh", Interval.Tanh, Math.Tanh, _ => true, Interval.LibmSteps),
            new("abs", Interval.Abs, Math.Abs, _ => true, 0),
            new("sign", Interval.Sign, PointCode.Sign, _ => true, 0),
            new("sigmoid", Interval.Sigmoid, SymbolicMath.Sigmoid, _ => true, Interval.CompositeSteps, Exact: x => ExactReal.One / (ExactReal.One + ExactReal.Exp(-x))),
            new("softplus", Interval.Softplus, SymbolicMath.Softplus, _ => true, Interval.CompositeSteps, Exact: x => ExactReal.Log(ExactReal.One + ExactReal.Exp(x))),
            new("neg", x => -x, x => -x, _ => true, 0),
            new("square", x => Interval.Pow(x, 2), x => x * x, _ => true, 1),
            new("cube", x => Interval.Pow(x, 3), x => x * x * x, _ => true, 2),
            new("pow5", x => Interval.Pow(x, 5), x => PointCode.IntegerPower(x, 5), _ => true, 3),
            new("pow-2", x => Interval.Pow(x, -2), x => 1.0 / (x * x), x => x != 0.0, 2),
            new("pow2.5", x => Interval.Pow(x, 2.5), x => Math.Pow(x, 2.5), x => x >= 0.0, Interval.LibmSteps),
            new("pow-0.3", x => Interval.Pow(x, -0.3), x => Math.Pow(x, -0.3), x => x > 0.0, Interval.LibmSteps),
            new("pow3.0", x => Interval.Pow(x, 3.0), x => Math.Pow(x, 3.0), _ => true, Interval.LibmSteps + 2),
            new("reciprocal", x => 1.0 / x, x => 1.0 / x, x => x != 0.0, 1),
        };

        public static IEnumerable<object[]> Names => All.Select(f => new object[] { f.Name });

        public static UnaryFunction Named(string name) => All.Single(f => f.Name == name);

        public override string ToString() => Name;

        /// <summary>Whether every member of the finite box lies in the domain (for tan: no pole inside).</summary>
        public bool BoxInDomain(Interval box)
        {
            if (Name == "tan")
            {
                return !Poles.ContainsPole(box);
            }

            // Every domain is an interval (or the line less 0), so the ends and 0 decide.
            return InDomain(box.Lower) && InDomain(box.Upper) && (box.Contains(0.0) ? InDomain(0.0) : true);
        }
    }

    /// <summary>The point code the generator emits where it is not a single library call.</summary>
    internal static class PointCode
    {
        public static double Sign(double x) => x > 0.0 ? 1.0 : x < 0.0 ? -1.0 : x * 0.0;

        // The emitter's chain for a constant integer power (ProgramLowering.IntegerPower).
        public static double IntegerPower(double x, long n)
        {
            if (n == 1)
            {
                return x;
            }

            if (n % 2 == 0)
            {
                double half = IntegerPower(x, n / 2);
                return half * half;
            }

            return IntegerPower(x, n - 1) * x;
        }

        // A numerically stable logsumexp as a point formula would compute it.
        public static double LogSumExp(ReadOnlySpan<double> x)
        {
            double m = double.NegativeInfinity;
            foreach (double v in x)
            {
                m = Math.Max(m, v);
            }

            if (double.IsInfinity(m))
            {
                return m;
            }

            double sum = 0.0;
            foreach (double v in x)
            {
                sum += Math.Exp(v - m);
            }

            return m + Math.Log(sum);
        }
    }

    /// <summary>The test's own placement of the multiples of pi/2, from a 2200-bit pi.</summary>
    internal static class Poles
    {
        /// <summary>The doubles nearest to each k*pi/2 inside the box (at most <paramref name="limit"/> of them), and their neighbours.</summary>
        public static IEnumerable<double> QuarterPeriodPointsIn(Interval box, int limit = 8)
        {
            if (!box.IsFinite || box.Magnitude > 1e9)
            {
                yield break;
            }

            ExactReal halfPi = new(ExactReal.Pi.Scaled >> 1);
            long first = (long)Math.Ceiling(box.Lower / (Math.PI / 2)) - 1;
            for (long k = first; k <= first + limit; k++)
            {
                double nearest = new ExactReal(halfPi.Scaled * k).ToDouble();
                foreach (double x in new[] { Math.BitDecrement(nearest), nearest, Math.BitIncrement(nearest) })
                {
                    if (box.Contains(x))
                    {
                        yield return x;
                    }
                }
            }
        }

        /// <summary>Whether some pi/2 + k*pi lies in the finite box (decided exactly: no double but 0 is a multiple of pi/2).</summary>
        public static bool ContainsPole(Interval box)
        {
            if (!box.IsFinite)
            {
                return true;
            }

            ExactReal halfPi = new(ExactReal.Pi.Scaled >> 1);
            return OddMultiplesUpTo(box.Lower, halfPi) != OddMultiplesUpTo(box.Upper, halfPi);
        }

        // With K = floor(x / (pi/2)), the odd multiples k*pi/2 <= x are those with odd k <= K, and
        // floor((K + 1) / 2) counts them up to a constant.
        private static BigInteger OddMultiplesUpTo(double x, ExactReal halfPi)
        {
            BigInteger k = FloorDivide(ExactReal.From(x).Scaled, halfPi.Scaled);
            return FloorDivide(k + 1, 2);
        }

        private static BigInteger FloorDivide(BigInteger a, BigInteger b)
        {
            BigInteger q = BigInteger.DivRem(a, b, out BigInteger r);
            return r.Sign != 0 && (r.Sign < 0) != (b.Sign < 0) ? q - 1 : q;
        }
    }
}
