using System;
using System.Collections.Generic;
using System.Linq;
using SymbolicGd.Symbolic.Testing;
using SymbolicGd.Symbolic.Tests.Support;
using Xunit;

namespace SymbolicGd.Symbolic.Tests.Engine
{
    /// <summary>
    /// Derivatives at and near the points where a careless form multiplies 0 by infinity or
    /// divides underflowed squares. Each expectation is the closed form of the mathematics
    /// (written here, independently of the engine); both the interpreter and the emitted C# must
    /// give it. Where the derivative truly does not exist, the result must not pretend it does.
    /// </summary>
    public class FiniteLimitTests
    {
        private const double Tiny = 1e-200;

        public static IEnumerable<object[]> Cases()
        {
            // (x^2)^1.5 = |x|^3: f' = 3 x |x|, f'' = 6 |x|, finite and 0 at 0 (C2 there).
            foreach (double x in new[] { 0.0, Tiny, -Tiny, 1e-3, -2.0 })
            {
                yield return Case("(x^2)^1.5", X, new[] { x }, Math.Pow(Math.Abs(x), 3), new[] { 3 * x * Math.Abs(x) }, new[] { 6 * Math.Abs(x) });
            }

            // (x^2)^2.5 = |x|^5: f' = 5 x |x|^3, f'' = 20 |x|^3.
            foreach (double x in new[] { 0.0, -1.0, 0.5 })
            {
                yield return Case("(x^2)^2.5", X, new[] { x }, Math.Pow(Math.Abs(x), 5), new[] { 5 * x * Math.Pow(Math.Abs(x), 3) }, new[] { 20 * Math.Pow(Math.Abs(x), 3) });
            }

            // Even k: plain powers, (x^2)^1 = x^2 and (x^2)^2 = x^4.
            yield return Case("(x^2)^1", X, new[] { -3.0 }, 9, new[] { -6.0 }, new[] { 2.0 });
            yield return Case("(x^2)^2", X, new[] { -3.0 }, 81, new[] { -108.0 }, new[] { 108.0 });

            // (x^2)^0.5 = sqrt(x^2) = |x|: slope sign(x), curvature 0 away from the kink, for any
            // magnitude (x^2 under- or overflows at 1e-200 and 1e200; |x| does not).
            foreach (string text in new[] { "(x^2)^0.5", "sqrt(x^2)" })
            {
                foreach (double x in new[] { Tiny, -Tiny, 1e200, -3.0 })
                {
                    yield return Case(text, X, new[] { x }, Math.Abs(x), new[] { (double)Math.Sign(x) }, new[] { 0.0 });
                }
            }

            // sqrt(4 x^2) = 2|x|.
            yield return Case("sqrt(4*x^2)", X, new[] { -Tiny }, 2 * Tiny, new[] { -2.0 }, new[] { 0.0 });

            // The norm r = sqrt(x^2 + y^2): gradient n = (x, y)/r, Hessian (I - n n^T)/r, for tiny
            // and huge arguments whose squares under- or overflow.
            foreach ((double x, double y) in new[] { (Tiny, 0.0), (0.0, -Tiny), (3e-200, 4e-200), (3e200, -4e200), (3.0, 4.0), (1e-300, 1e-300) })
            {
                double r = Hypot(x, y), nx = x / r, ny = y / r;
                yield return Case("sqrt(x^2 + y^2)", XY, new[] { x, y }, r, new[] { nx, ny }, new[] { (1 - nx * nx) / r, -nx * ny / r, -nx * ny / r, (1 - ny * ny) / r });
            }

            // Shifted, and scaled by 1/2 inside the root (Ackley's form): sqrt(0.5 r^2) = r/sqrt(2).
            yield return Case("sqrt((x - 1)^2 + (y - 2)^2)", XY, new[] { 1 + 3e-16, 2.0 }, Hypot(1 + 3e-16 - 1, 0), new[] { 1.0, 0.0 }, new[] { 0.0, 0.0, 0.0, 1 / Hypot(1 + 3e-16 - 1, 0) });
            yield return Case("sqrt(0.5*(x^2 + y^2))", XY, new[] { Tiny, 0.0 }, Tiny * Math.Sqrt(0.5), new[] { Math.Sqrt(0.5), 0.0 }, new[] { 0.0, 0.0, 0.0, Math.Sqrt(0.5) / Tiny });

            // Three squares: r = sqrt(x^2 + y^2 + z^2) at (2, 3, 6) * 1e-200: r = 7e-200.
            {
                double[] p = { 2e-200, 3e-200, 6e-200 };
                double r = 7e-200;
                double[] n = p.Select(v => v / r).ToArray();
                var h = new double[9];
                for (int i = 0; i < 3; i++)
                {
                    for (int j = 0; j < 3; j++)
                    {
                        h[i * 3 + j] = ((i == j ? 1 : 0) - n[i] * n[j]) / r;
                    }
                }

                yield return Case("sqrt(x^2 + y^2 + z^2)", XYZ, p, r, n, h);
            }

            // Powers of a norm r = |u| at and beside its zero. f = r^k has gradient k r^(k-1) n and
            // Hessian k r^(k-2) (I + (k - 2) n n^T), n = u/r: both tend to 0 as r -> 0 for k >= 3
            // (r^3's Hessian is 3 r I + 3 u u^T/r, bounded by 6r), so the limits are the values.
            foreach (string text in new[] { "(x^2 + y^2)^1.5", "sqrt(x^2 + y^2)^3" })
            {
                foreach (double[] p in new[] { new[] { 0.0, 0.0 }, new[] { 3e-200, -4e-200 }, new[] { 1e-200, 1e-200 }, new[] { -1e-150, 2e-150 }, new[] { 3e-8, 4e-8 }, new[] { 0.5, -2.0 } })
                {
                    yield return NormPower(text, XY, p, new[] { 0.0, 0.0 }, 3);
                }
            }

            foreach (double[] p in new[] { new[] { 0.0, 0.0 }, new[] { 1e-200, 0.0 }, new[] { 2e-150, -1e-150 }, new[] { 1e-8, 3e-8 }, new[] { 1.0, 1.0 } })
            {
                yield return NormPower("(x^2 + y^2)^2.5", XY, p, new[] { 0.0, 0.0 }, 5);
            }

            foreach (double[] p in new[] { new[] { 1.0, 2.0 }, new[] { 1 + 3e-8, 2 - 4e-8 }, new[] { 0.0, 0.0 } })
            {
                yield return NormPower("((x-1)^2 + (y-2)^2)^1.5", XY, p, new[] { 1.0, 2.0 }, 3);
            }

            foreach (double[] p in new[] { new[] { 0.0, 0.0, 0.0 }, new[] { 2e-200, 3e-200, 6e-200 }, new[] { 2e-150, -3e-150, 6e-150 }, new[] { 2e-8, 3e-8, -6e-8 } })
            {
                yield return NormPower("(x^2 + y^2 + z^2)^1.5", XYZ, p, new[] { 0.0, 0.0, 0.0 }, 3);
            }

            // r^1.5 is differentiable at r = 0 (gradient 1.5 sqrt(r) n -> 0) but its curvature
            // 1.5 r^-0.5 (I - 0.5 n n^T) is infinite there: gradient 0, Hessian not finite.
            yield return Case("(x^2 + y^2)^0.75", XY, new[] { 0.0, 0.0 }, 0, new[] { 0.0, 0.0 }, new[] { double.NaN, double.NaN, double.NaN, double.NaN });
            yield return NormPower("(x^2 + y^2)^0.75", XY, new[] { 3e-150, 4e-150 }, new[] { 0.0, 0.0 }, 1.5);

            // x^2 r: gradient (2 x r + x^2 n_x, x^2 n_y), Hessian
            // [[2 r + 5 x n_x - x n_x^3, 2 x n_y - x n_x^2 n_y], [., x n_x^3]]: all tend to 0 at r = 0.
            foreach ((double x, double y) in new[] { (0.0, 0.0), (3e-150, 4e-150), (-1e-8, 2e-8), (1.5, -2.0) })
            {
                double r = Hypot(x, y), nx = r == 0 ? 0 : x / r, ny = r == 0 ? 0 : y / r;
                double h01 = (2 * x * ny) - (x * nx * nx * ny);
                yield return Case(
                    "x^2 * sqrt(x^2 + y^2)",
                    XY,
                    new[] { x, y },
                    x * x * r,
                    new[] { (2 * x * r) + (x * x * nx), x * x * ny },
                    new[] { (2 * r) + (5 * x * nx) - (x * nx * nx * nx), h01, h01, x * nx * nx * nx });
            }

            // |x|^3 as written: f' = 3 x |x|, f'' = 6 |x|; |x|^1.5: f' = 1.5 sign(x) sqrt|x| (0 at 0,
            // where it exists), f'' = 0.75/sqrt|x| (infinite at 0: no second derivative).
            yield return Case("abs(x)^3", X, new[] { 0.0 }, 0, new[] { 0.0 }, new[] { 0.0 });
            yield return Case("abs(x)^3", X, new[] { -0.5 }, 0.125, new[] { -0.75 }, new[] { 3.0 });
            yield return Case("abs(x)^1.5", X, new[] { 0.0 }, 0, new[] { 0.0 }, new[] { double.NaN });
            yield return Case("abs(x)^1.5", X, new[] { 0.25 }, 0.125, new[] { 0.75 }, new[] { 1.5 });

            // x^x near 0: f' = x^x (1 + log x), f'' = x^x ((1 + log x)^2 + 1/x).
            foreach (double x in new[] { 1e-3, 1e-100 })
            {
                double f = Math.Pow(x, x), l = 1 + Math.Log(x);
                yield return Case("x^x", X, new[] { x }, f, new[] { f * l }, new[] { f * ((l * l) + (1 / x)) });
            }
        }

        [Theory]
        [MemberData(nameof(Cases))]
        public void Interpreter_and_emitted_code_give_the_closed_form(string expression, string[] parameters, double[] point, double value, double[] gradient, double[] hessian)
        {
            LossDefinition loss = Compiled.Loss(expression, parameters);
            Check("interpreter", Interpreter.Evaluate(loss.Value, point), Interpreter.Gradient(loss, point), Interpreter.Hessian(loss, point));
            (double v, double[] g, double[] h) = Emitted.Value.Evaluate(expression, parameters, point);
            Check("emitted C#", v, g, h);

            void Check(string what, double actualValue, double[] actualGradient, double[] actualHessian)
            {
                string at = expression + " at (" + string.Join(", ", point.Select(p => p.ToString("R"))) + ") by the " + what;
                AssertAgrees(value, actualValue, "value of " + at);
                for (int i = 0; i < gradient.Length; i++)
                {
                    AssertAgrees(gradient[i], actualGradient[i], $"gradient[{i}] of {at}");
                }

                for (int i = 0; i < hessian.Length; i++)
                {
                    AssertAgrees(hessian[i], actualHessian[i], $"Hessian[{i}] of {at}");
                }
            }
        }

        [Fact]
        public void The_cone_has_no_derivative_at_its_apex_and_says_so()
        {
            // sqrt((x - 1)^2 + (y - 2)^2) at (1, 2): the slope is 1 in every direction, so no
            // gradient exists; a finite number there would be a guess. NaN (0/0) lets the runtime
            // report a kink at the best point it has.
            LossDefinition loss = Compiled.Loss("sqrt((x - 1)^2 + (y - 2)^2)", XY);
            double[] apex = { 1, 2 };
            Assert.Equal(0.0, Interpreter.Evaluate(loss.Value, apex));
            Assert.All(Interpreter.Gradient(loss, apex), g => Assert.True(double.IsNaN(g)));
            (double v, double[] gradient, _) = Emitted.Value.Evaluate("sqrt((x - 1)^2 + (y - 2)^2)", XY, apex);
            Assert.Equal(0.0, v);
            Assert.All(gradient, g => Assert.True(double.IsNaN(g)));
        }

        [Fact]
        public void A_norm_keeps_NaN_at_its_zero_where_no_derivative_exists()
        {
            // r = sqrt(x^2 + y^2): no gradient at 0 (the cone), and its curvature (I - n n^T)/r is
            // infinite; r^1.5 has the gradient 0 there but an infinite curvature. The limit rule
            // must not make any of these finite.
            foreach (string text in new[] { "sqrt(x^2 + y^2)", "(x^2 + y^2)^0.75", "sqrt(x^2 + y^2 + z^2)" })
            {
                string[] parameters = text.Contains('z') ? XYZ : XY;
                double[] point = new double[parameters.Length];
                LossDefinition loss = Compiled.Loss(text, parameters);
                (double v, double[] g, double[] h) = Emitted.Value.Evaluate(text, parameters, point);
                Assert.Equal(0.0, v);
                foreach ((string what, double[] hessian) in new[] { ("interpreter", Interpreter.Hessian(loss, point)), ("emitted C#", h) })
                {
                    Assert.True(hessian.Where((_, i) => i % (parameters.Length + 1) == 0).All(e => !double.IsFinite(e)), $"diagonal of the Hessian of {text} at 0 by the {what}: {string.Join(", ", hessian)}");
                }

                bool cone = !text.Contains("0.75");
                Assert.All(g, e => Assert.True(cone ? double.IsNaN(e) : e == 0.0, $"gradient of {text} at 0: {e}"));
                Assert.All(Interpreter.Gradient(loss, point), e => Assert.True(cone ? double.IsNaN(e) : e == 0.0, $"interpreted gradient of {text} at 0: {e}"));
            }
        }

        [Fact]
        public void X_to_the_x_at_0_keeps_its_one_sided_limits_or_NaN()
        {
            // x^x is defined for x >= 0 only (Math.Pow of a negative base and a non-integer
            // exponent is NaN), tends to 1 at 0, its slope x^x (1 + log x) to -infinity and its
            // curvature x^x ((1 + log x)^2 + 1/x) to +infinity: no derivative exists at 0. The
            // value is the limit; the slope is its limit -infinity (log 0 = -infinity); the
            // curvature is -infinity + infinity = NaN. Neither is finite, so the runtime's kink
            // handling applies; the correct values at 1e-100 are checked above.
            LossDefinition loss = Compiled.Loss("x^x", X);
            double[] zero = { 0.0 };
            Assert.Equal(1.0, Interpreter.Evaluate(loss.Value, zero));
            Assert.Equal(double.NegativeInfinity, Interpreter.Gradient(loss, zero)[0]);
            Assert.False(double.IsFinite(Interpreter.Hessian(loss, zero)[0]));
            (double v, double[] g, double[] h) = Emitted.Value.Evaluate("x^x", X, zero);
            Assert.Equal(1.0, v);
            Assert.Equal(double.NegativeInfinity, g[0]);
            Assert.False(double.IsFinite(h[0]));
        }

        [Fact]
        public void The_slope_of_abs_at_its_kink_is_the_zero_subgradient()
        {
            // |u| has no derivative at u = 0; every slope in [-1, 1] is a subgradient there. The
            // engine uses sign(0) = 0, the one of least magnitude: the same formula then gives the
            // true derivative 0 of |u|^p (p > 1) at 0, and an L1 penalty started at 0 still moves
            // ((w - 3)^2 + abs(w) at 0 has slope -6 + 0, inside [-7, -5]).
            LossDefinition loss = Compiled.Loss("(w - 3)^2 + abs(w)", "w");
            Assert.Equal(-6.0, Interpreter.Gradient(loss, new[] { 0.0 })[0]);
            Assert.Equal(2.0, Interpreter.Hessian(loss, new[] { 0.0 })[0]);
            Assert.Equal(3.0, Interpreter.Gradient(loss, new[] { 4.0 })[0]);
        }

        [Fact]
        public void Descent_on_x_squared_to_the_1_5_stays_finite_at_every_iterate()
        {
            // f = |x|^3 from 1 with steps 1/L, L = f'' = 6|x|: x <- x - 3x|x|/(6|x|) = x/2, until
            // the slope 3x^2 underflows to 0 (near x = 1e-162, where the issue's run ended
            // NonFinite). Every iterate must have a finite gradient and Hessian.
            LossDefinition loss = Compiled.Loss("(x^2)^1.5", X);
            double x = 1;
            int steps = 0;
            while (true)
            {
                double g = Interpreter.Gradient(loss, new[] { x })[0];
                double h = Interpreter.Hessian(loss, new[] { x })[0];
                Assert.True(double.IsFinite(g) && double.IsFinite(h), $"step {steps}: x = {x:R}, f' = {g}, f'' = {h}");
                if (g == 0)
                {
                    break;
                }

                if (Math.Abs(g) > 1e-290)
                {
                    Assert.True(Math.Abs(x - (g / h) - (x / 2)) <= 1e-15 * Math.Abs(x), $"step {steps}: x = {x:R}, next {x - (g / h):R}");
                }

                x -= g / h;
                steps++;
            }

            Assert.InRange(x, 1e-165, 1e-160);
            Assert.InRange(steps, 530, 545);
        }

        private static readonly string[] X = { "x" };
        private static readonly string[] XY = { "x", "y" };
        private static readonly string[] XYZ = { "x", "y", "z" };

        private static readonly Lazy<EmittedLosses> Emitted = new Lazy<EmittedLosses>(() =>
            new EmittedLosses(Cases().Select(c => ((string)c[0], (string[])c[1]))
                .Concat(new[] { ("sqrt((x - 1)^2 + (y - 2)^2)", XY), ("x^x", X), ("sqrt(x^2 + y^2 + z^2)", XYZ) })));

        private static object[] Case(string expression, string[] parameters, double[] point, double value, double[] gradient, double[] hessian) =>
            new object[] { expression, parameters, point, value, gradient, hessian };

        // |u|^k, u = p - c: gradient k r^(k-1) n, Hessian k r^(k-2) (I + (k - 2) n n^T), n = u/r,
        // written with n (|n| <= 1) so that the test's own arithmetic neither under- nor overflows;
        // at r = 0 (k > 2) the limits, all 0.
        private static object[] NormPower(string expression, string[] parameters, double[] p, double[] c, double k)
        {
            int d = p.Length;
            double[] u = p.Select((v, i) => v - c[i]).ToArray();
            double r = u.Length == 2 ? Hypot(u[0], u[1]) : Norm(u);
            double[] n = u.Select(v => r == 0 ? 0 : v / r).ToArray();
            var gradient = new double[d];
            var hessian = new double[d * d];
            for (int i = 0; i < d; i++)
            {
                gradient[i] = k * Math.Pow(r, k - 1) * n[i];
                for (int j = 0; j < d; j++)
                {
                    hessian[(i * d) + j] = k * Math.Pow(r, k - 2) * ((i == j ? 1 : 0) + ((k - 2) * n[i] * n[j]));
                }
            }

            return Case(expression, parameters, p, Math.Pow(r, k), gradient, hessian);
        }

        // The norm by scaling with the largest magnitude (exact enough for these test points).
        private static double Norm(double[] u)
        {
            double m = u.Max(Math.Abs);
            return m == 0 ? 0 : m * Math.Sqrt(u.Sum(v => (v / m) * (v / m)));
        }

        // sqrt(x^2 + y^2) by scaling with the larger magnitude, exact for these test points.
        private static double Hypot(double x, double y)
        {
            double m = Math.Max(Math.Abs(x), Math.Abs(y));
            return m == 0 ? 0 : m * Math.Sqrt(((x / m) * (x / m)) + ((y / m) * (y / m)));
        }

        // A few ulps relative; exact zeros and NaN (no derivative) must match as such.
        private static void AssertAgrees(double expected, double actual, string what)
        {
            if (double.IsNaN(expected))
            {
                Assert.False(double.IsFinite(actual), $"{what}: {actual:R}, but no finite value exists");
                return;
            }

            double tolerance = 1e-14 * Math.Max(Math.Abs(expected), Math.Abs(actual));
            Assert.True(Math.Abs(expected - actual) <= tolerance || (Math.Abs(expected) < 1e-300 && Math.Abs(actual) < 1e-300), $"{what}: {actual:R}, expected {expected:R}");
        }
    }
}
