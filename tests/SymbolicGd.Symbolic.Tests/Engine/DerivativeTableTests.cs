using System;
using System.Collections.Generic;
using SymbolicGd.Symbolic.Testing;
using SymbolicGd.Symbolic.Tests.Support;
using Xunit;

namespace SymbolicGd.Symbolic.Tests.Engine
{
    /// <summary>Classic derivatives with closed forms worked out by hand, checked at several points.</summary>
    public class DerivativeTableTests
    {
        private static readonly double[] Points = { 0.3, 0.75, 1.2, 2.5 };

        // expression, f', f'' (closed forms, single variable x).
        public static IEnumerable<object[]> SingleVariable()
        {
            static object[] Row(string f, Func<double, double> d1, Func<double, double> d2) => new object[] { f, d1, d2 };
            static double Sec2(double x) => 1 / (Math.Cos(x) * Math.Cos(x));
            static double S(double x) => 1 / (1 + Math.Exp(-x));

            yield return Row("x^3 - 2*x^2 + x - 7", x => (3 * x * x) - (4 * x) + 1, x => (6 * x) - 4);
            yield return Row("x^7", x => 7 * Math.Pow(x, 6), x => 42 * Math.Pow(x, 5));
            yield return Row("(x^2 + 1)/(x - 3)", x => ((2 * x * (x - 3)) - ((x * x) + 1)) / ((x - 3) * (x - 3)), x => 20 / Math.Pow(x - 3, 3));
            yield return Row("1/x", x => -1 / (x * x), x => 2 / (x * x * x));
            yield return Row("sin(x^2)", x => 2 * x * Math.Cos(x * x), x => (2 * Math.Cos(x * x)) - (4 * x * x * Math.Sin(x * x)));
            yield return Row("exp(2*x)*log(x)", x => (2 * Math.Exp(2 * x) * Math.Log(x)) + (Math.Exp(2 * x) / x),
                x => Math.Exp(2 * x) * ((4 * Math.Log(x)) + (4 / x) - (1 / (x * x))));
            yield return Row("log(x)", x => 1 / x, x => -1 / (x * x));
            yield return Row("tan(x)", Sec2, x => 2 * Math.Tan(x) * Sec2(x));
            yield return Row("sinh(x)", Math.Cosh, Math.Sinh);
            yield return Row("cosh(x)", Math.Sinh, Math.Cosh);
            yield return Row("tanh(x)", x => 1 / (Math.Cosh(x) * Math.Cosh(x)), x => -2 * Math.Tanh(x) / (Math.Cosh(x) * Math.Cosh(x)));
            yield return Row("asin(x/3)", x => 1 / Math.Sqrt(9 - (x * x)), x => x / Math.Pow(9 - (x * x), 1.5));
            yield return Row("acos(x/3)", x => -1 / Math.Sqrt(9 - (x * x)), x => -x / Math.Pow(9 - (x * x), 1.5));
            yield return Row("atan(x)", x => 1 / (1 + (x * x)), x => -2 * x / Math.Pow(1 + (x * x), 2));
            yield return Row("x^x", x => Math.Pow(x, x) * (Math.Log(x) + 1), x => Math.Pow(x, x) * ((Math.Pow(Math.Log(x) + 1, 2)) + (1 / x)));
            yield return Row("sqrt(x)", x => 0.5 / Math.Sqrt(x), x => -0.25 * Math.Pow(x, -1.5));
            yield return Row("pow(x, 3.5)", x => 3.5 * Math.Pow(x, 2.5), x => 8.75 * Math.Pow(x, 1.5));
            yield return Row("2^x", x => Math.Pow(2, x) * Math.Log(2), x => Math.Pow(2, x) * Math.Log(2) * Math.Log(2));
            yield return Row("e^x", Math.Exp, Math.Exp);
            yield return Row("sigmoid(x)", x => S(x) * (1 - S(x)), x => S(x) * (1 - S(x)) * (1 - (2 * S(x))));
            yield return Row("softplus(x)", S, x => S(x) * (1 - S(x)));
            yield return Row("exp(x)/(1 + exp(x))", x => S(x) * (1 - S(x)), x => S(x) * (1 - S(x)) * (1 - (2 * S(x))));
            yield return Row("log(1 + x^2)", x => 2 * x / (1 + (x * x)), x => (2 - (2 * x * x)) / Math.Pow(1 + (x * x), 2));
            yield return Row("sin(cos(tan(x)))", x => -Math.Cos(Math.Cos(Math.Tan(x))) * Math.Sin(Math.Tan(x)) * Sec2(x),
                x =>
                {
                    double t = Math.Tan(x), c = Math.Cos(t), s2 = Sec2(x);
                    return (-s2 * s2 * ((Math.Sin(c) * Math.Sin(t) * Math.Sin(t)) + (Math.Cos(c) * Math.Cos(t)))) - (2 * Math.Cos(c) * Math.Sin(t) * t * s2);
                });
            yield return Row("cos(x)^2 + sin(x)^2", x => 0, x => 0);
            yield return Row("abs(x)*x", x => 2 * Math.Abs(x), x => 2 * Math.Sign(x));
            yield return Row("(3*x - 1)^4/x", x => ((12 * Math.Pow((3 * x) - 1, 3) * x) - Math.Pow((3 * x) - 1, 4)) / (x * x),
                x =>
                {
                    double u = (3 * x) - 1;
                    return (108 * u * u / x) - (24 * u * u * u / (x * x)) + (2 * Math.Pow(u, 4) / (x * x * x));
                });
            yield return Row("x^(1/3)", x => Math.Pow(x, -2.0 / 3) / 3, x => -2 * Math.Pow(x, -5.0 / 3) / 9);
        }

        [Theory]
        [MemberData(nameof(SingleVariable))]
        public void First_and_second_derivatives_match_closed_forms(string expression, Func<double, double> first, Func<double, double> second)
        {
            LossDefinition loss = Compiled.Loss(expression, "x");
            foreach (double x in Points)
            {
                Assert.True(Close.Enough(first(x), Interpreter.Gradient(loss, new[] { x })[0], 1e-12), $"{expression}: f'({x}) = {loss.GradientExpressions[0]}");
                Assert.True(Close.Enough(second(x), Interpreter.Hessian(loss, new[] { x })[0], 1e-9), $"{expression}: f''({x})");
            }
        }

        [Fact]
        public void Multivariate_partials_match_closed_forms()
        {
            LossDefinition loss = Compiled.Loss("x*y^2 + exp(x*y)", "x", "y");
            foreach (double x in Points)
            {
                foreach (double y in new[] { -0.5, 0.4, 1.1 })
                {
                    double e = Math.Exp(x * y);
                    double[] g = Interpreter.Gradient(loss, new[] { x, y });
                    double[] h = Interpreter.Hessian(loss, new[] { x, y });
                    Assert.True(Close.Enough((y * y) + (y * e), g[0], 1e-12));
                    Assert.True(Close.Enough((2 * x * y) + (x * e), g[1], 1e-12));
                    Assert.True(Close.Enough(y * y * e, h[0], 1e-12));
                    Assert.True(Close.Enough((2 * y) + (e * (1 + (x * y))), h[1], 1e-12));
                    Assert.True(Close.Enough(h[1], h[2], 0));
                    Assert.True(Close.Enough((2 * x) + (x * x * e), h[3], 1e-12));
                }
            }
        }

        [Fact]
        public void Partials_of_a_three_variable_loss_match_closed_forms()
        {
            LossDefinition loss = Compiled.Loss("sin(x)*cos(y) + log(x^2 + z^2) - x/z", "x", "y", "z");
            double[] p = { 0.7, -1.3, 0.9 };
            double r = (p[0] * p[0]) + (p[2] * p[2]);
            double[] g = Interpreter.Gradient(loss, p);
            Assert.True(Close.Enough((Math.Cos(p[0]) * Math.Cos(p[1])) + (2 * p[0] / r) - (1 / p[2]), g[0], 1e-12));
            Assert.True(Close.Enough(-Math.Sin(p[0]) * Math.Sin(p[1]), g[1], 1e-12));
            Assert.True(Close.Enough((2 * p[2] / r) + (p[0] / (p[2] * p[2])), g[2], 1e-12));
            double[] h = Interpreter.Hessian(loss, p);
            Assert.True(Close.Enough(-Math.Cos(p[0]) * Math.Sin(p[1]), h[1], 1e-12));
            Assert.True(Close.Enough((-4 * p[0] * p[2] / (r * r)) + (1 / (p[2] * p[2])), h[2], 1e-12));
        }
    }
}
