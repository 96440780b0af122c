using System;
using System.Collections.Generic;
using System.Linq;
using MathNet.Numerics.LinearAlgebra;
using SymbolicGd.Generator.Tests.Infrastructure;
using Xunit;

namespace SymbolicGd.Generator.Tests
{
    /// <summary>
    /// Generated code, compiled and run, agrees with an independent computation: each loss is also
    /// written by hand as a C# lambda, and gradients and Hessians are checked against central
    /// finite differences of that lambda (never of the generated code).
    /// </summary>
    public sealed class CompileAndRunTests
    {
        public sealed record Case(string Name, string Expression, string[] Parameters, Func<double[], double> Reference, double Low, double High);

        public static readonly Dictionary<string, Case> Cases = new[]
        {
            new Case("Quadratic", "(theta - 3)^2", new[] { "theta" }, p => Math.Pow(p[0] - 3, 2), -5, 5),
            new Case("Exotic1", "x^-2 + x^0.5 + sigmoid(3*x) + softplus(-2*x) + e^x*pi", new[] { "x" },
                p => Math.Pow(p[0], -2) + Math.Sqrt(p[0]) + 1 / (1 + Math.Exp(-3 * p[0])) + Math.Log(1 + Math.Exp(-2 * p[0])) + Math.Exp(p[0]) * Math.PI, 0.3, 2),
            new Case("Rosenbrock", "(1 - x)^2 + 100*(y - x^2)^2", new[] { "x", "y" }, p => Math.Pow(1 - p[0], 2) + 100 * Math.Pow(p[1] - p[0] * p[0], 2), -2, 2),
            new Case("Logistic", "softplus(-(2*w + b)) + softplus(-w + b)", new[] { "w", "b" },
                p => Math.Log(1 + Math.Exp(-(2 * p[0] + p[1]))) + Math.Log(1 + Math.Exp(-p[0] + p[1])), -3, 3),
            new Case("ExpLogTrig", "exp(a) - log(a^2 + 1) + sqrt(b^2 + 1) + sin(c)*cos(a) + tan(c/4)", new[] { "a", "b", "c" },
                p => Math.Exp(p[0]) - Math.Log(p[0] * p[0] + 1) + Math.Sqrt(p[1] * p[1] + 1) + Math.Sin(p[2]) * Math.Cos(p[0]) + Math.Tan(p[2] / 4), -2, 2),
            new Case("InverseAndHyperbolic", "asin(x/4) + acos(y/5) + atan(x*z) + sinh(w/3) + cosh(z/2) + tanh(x*w)", new[] { "x", "y", "z", "w" },
                p => Math.Asin(p[0] / 4) + Math.Acos(p[1] / 5) + Math.Atan(p[0] * p[2]) + Math.Sinh(p[3] / 3) + Math.Cosh(p[2] / 2) + Math.Tanh(p[0] * p[3]), -2, 2),
            new Case("FiveMixed", "sigmoid(a*b - c) + pow(d, 1.5) + pow(d, f) + abs(a) + (f - 1)^2/(1 + b^2)", new[] { "a", "b", "c", "d", "f" },
                p => 1 / (1 + Math.Exp(-(p[0] * p[1] - p[2]))) + Math.Pow(p[3], 1.5) + Math.Pow(p[3], p[4]) + Math.Abs(p[0]) + Math.Pow(p[4] - 1, 2) / (1 + p[1] * p[1]), 0.3, 2),
            new Case("SixParameters", "(a - 1)^2 + 2*(b - 2)^2 + 3*(c + 1)^2 + (d - e)^2 + f^2/2 + a*f + a*b*c*d*e*f/10", new[] { "a", "b", "c", "d", "e", "f" },
                p => Math.Pow(p[0] - 1, 2) + 2 * Math.Pow(p[1] - 2, 2) + 3 * Math.Pow(p[2] + 1, 2) + Math.Pow(p[3] - p[4], 2) + p[5] * p[5] / 2 + p[0] * p[5] + p[0] * p[1] * p[2] * p[3] * p[4] * p[5] / 10, -2, 2),
            new Case("KeywordNames", "checked^2*gradient + hessian/(1 + theta^2) + t0*options", new[] { "@checked", "gradient", "hessian", "theta", "t0", "options" },
                p => p[0] * p[0] * p[1] + p[2] / (1 + p[3] * p[3]) + p[4] * p[5], -2, 2),
        }.ToDictionary(c => c.Name);

        public static IEnumerable<object[]> CaseNames => Cases.Keys.Select(k => new object[] { k });

        [Theory]
        [MemberData(nameof(CaseNames))]
        public void Values_gradients_and_Hessians_match_finite_differences(string name)
        {
            Case c = Cases[name];
            LossUnderTest loss = LossUnderTest.Compile(c.Name, c.Expression, c.Parameters);
            var random = new Random(name.Length * 7919 + 17);

            for (int trial = 0; trial < 8; trial++)
            {
                double[] p = Enumerable.Range(0, loss.Dimension).Select(_ => c.Low + (c.High - c.Low) * random.NextDouble()).ToArray();
                double expectedValue = c.Reference(p);
                double[] expectedGradient = FiniteDifferences.Gradient(c.Reference, p);
                double[] expectedHessian = FiniteDifferences.Hessian(c.Reference, p);

                AssertClose(expectedValue, loss.Value(p), 1e-12, "value", p);
                AssertClose(expectedGradient, loss.Gradient(p), 1e-6, "gradient", p);
                AssertClose(expectedHessian, loss.Hessian(p), 1e-4, "Hessian", p);
            }
        }

        [Theory]
        [MemberData(nameof(CaseNames))]
        public void Every_generated_member_agrees_with_the_others(string name)
        {
            Case c = Cases[name];
            LossUnderTest loss = LossUnderTest.Compile(c.Name, c.Expression, c.Parameters);
            int n = loss.Dimension;
            double[] p = Enumerable.Range(0, n).Select(i => c.Low + (c.High - c.Low) * (i + 1) / (n + 2.0)).ToArray();
            double value = loss.Value(p);
            double[] gradient = loss.Gradient(p);
            double[] hessian = loss.Hessian(p);

            Assert.Equal(value, loss.StructValue(p), 14);
            double[] valueAndGradient = loss.StructValueAndGradient(p);
            Assert.Equal(value, valueAndGradient[n], 14);
            AssertClose(gradient, valueAndGradient.Take(n).ToArray(), 1e-14, "ValueAndGradient", p);
            AssertClose(hessian, loss.StructHessian(p), 1e-14, "struct Hessian", p);
            double[] all = loss.StructAll(p);
            Assert.Equal(value, all[0], 14);
            AssertClose(gradient, all.Skip(1).Take(n).ToArray(), 1e-14, "ValueGradientHessian gradient", p);
            AssertClose(hessian, all.Skip(1 + n).ToArray(), 1e-14, "ValueGradientHessian Hessian", p);
            for (int i = 0; i < n; i++)
            {
                for (int j = 0; j < n; j++)
                {
                    Assert.Equal(hessian[i * n + j], hessian[j * n + i]);
                }
            }

            Assert.Equal(n, loss.Get<int>("Dimension"));
            Assert.Equal(c.Expression, loss.Get<string>("Expression"));
            Assert.Equal(c.Parameters.Select(s => s.TrimStart('@')), loss.Get<string[]>("ParameterNames"));
            Assert.Equal(n, loss.Get<int>("GradientExpressionCount"));
            Assert.Equal(n == 1, loss.HasDerivativeMethods);
            if (n == 1)
            {
                Assert.Equal(gradient[0], loss.Derivative(p[0]), 14);
                Assert.Equal(hessian[0], loss.SecondDerivative(p[0]), 14);
            }
        }

        [Theory]
        [MemberData(nameof(CaseNames))]
        public void The_instance_form_ILoss_computes_the_loss_too(string name)
        {
            // Through ILoss (an interface reference, and a constrained generic call), checked against
            // the hand-written reference and finite differences like the static members.
            Case c = Cases[name];
            LossUnderTest loss = LossUnderTest.Compile(c.Name, c.Expression, c.Parameters);
            int n = loss.Dimension;
            double[] p = Enumerable.Range(0, n).Select(i => c.Low + (c.High - c.Low) * (i + 1) / (n + 2.0)).ToArray();
            double[] expectedGradient = FiniteDifferences.Gradient(c.Reference, p);
            double[] expectedHessian = FiniteDifferences.Hessian(c.Reference, p);

            AssertClose(c.Reference(p), loss.At<double>("InstanceValue", p), 1e-12, "ILoss.Value", p);
            AssertClose(c.Reference(p), loss.At<double>("GenericValue", p), 1e-12, "Value over T : ILoss", p);
            double[] valueAndGradient = loss.At<double[]>("InstanceValueAndGradient", p);
            AssertClose(c.Reference(p), valueAndGradient[n], 1e-12, "ILoss.ValueAndGradient", p);
            AssertClose(expectedGradient, valueAndGradient.Take(n).ToArray(), 1e-6, "ILoss.ValueAndGradient", p);
            AssertClose(expectedHessian, loss.At<double[]>("InstanceHessian", p), 1e-4, "ILoss.Hessian", p);
            double[] all = loss.At<double[]>("InstanceAll", p);
            AssertClose(c.Reference(p), all[0], 1e-12, "ILoss.ValueGradientHessian", p);
            AssertClose(expectedGradient, all.Skip(1).Take(n).ToArray(), 1e-6, "ILoss.ValueGradientHessian gradient", p);
            AssertClose(expectedHessian, all.Skip(1 + n).ToArray(), 1e-4, "ILoss.ValueGradientHessian Hessian", p);
            Assert.Equal(c.Parameters.Length, loss.Get<int>("InstanceDimension"));
            Assert.Equal(c.Expression, loss.Get<string>("InstanceExpression"));
            Assert.Equal(c.Parameters.Select(s => s.TrimStart('@')), loss.Get<string[]>("InstanceParameterNames"));
        }

        [Fact]
        public void ILoss_Lipschitz_is_L_for_a_constant_Hessian_and_NaN_otherwise()
        {
            // (theta - 3)^2: the Hessian is the constant 2, so L = 2.
            LossUnderTest quadratic = LossUnderTest.Compile("Quadratic", "(theta - 3)^2", "theta");
            Assert.True(quadratic.Get<bool>("InstanceHasConstantHessian"));
            Assert.Equal(2.0, quadratic.Get<double>("InstanceLipschitz"));

            LossUnderTest rosenbrock = LossUnderTest.Compile("Rosenbrock", "(1 - x)^2 + 100*(y - x^2)^2", "x", "y");
            Assert.False(rosenbrock.Get<bool>("InstanceHasConstantHessian"));
            Assert.True(double.IsNaN(rosenbrock.Get<double>("InstanceLipschitz")));
        }

        [Fact]
        public void Constant_Hessian_gives_the_Lipschitz_constant_and_the_stable_learning_rate()
        {
            // Hessian [[2, 1, 0], [1, 4, 0], [0, 0, -6]]: L is the largest |eigenvalue|, here 6.
            LossUnderTest loss = LossUnderTest.Compile("Bowl", "x^2 + x*y + 2*y^2 - 3*z^2 + x - 7", "x", "y", "z");
            double[,] hessian = { { 2, 1, 0 }, { 1, 4, 0 }, { 0, 0, -6 } };
            double expectedL = Matrix<double>.Build.DenseOfArray(hessian).Evd().EigenValues.Max(v => v.Magnitude);

            Assert.True(loss.Get<bool>("HasConstantHessian"));
            Assert.Equal(expectedL, loss.Get<double>("ConstantLipschitz"), 12);
            Assert.Equal(expectedL, (double)loss.Constant("Lipschitz")!, 12);
            Assert.Equal(2 / expectedL, (double)loss.Constant("MaxStableLearningRate")!, 12);
        }

        [Fact]
        public void Non_constant_Hessian_has_no_Lipschitz_constant()
        {
            LossUnderTest loss = LossUnderTest.Compile("Rosenbrock", "(1 - x)^2 + 100*(y - x^2)^2", "x", "y");

            Assert.False(loss.Get<bool>("HasConstantHessian"));
            Assert.True(double.IsNaN(loss.Get<double>("ConstantLipschitz")));
            Assert.Null(loss.Constant("Lipschitz"));
            Assert.Null(loss.Constant("MaxStableLearningRate"));
        }

        [Fact]
        public void Seed_quadratic_derivative_at_minus_one_is_minus_eight()
        {
            LossUnderTest loss = LossUnderTest.Compile("Quadratic", "(theta - 3)^2", "theta");

            Assert.Equal(-8.0, loss.Derivative(-1.0));
            Assert.Equal(2.0, loss.SecondDerivative(-1.0));
            Assert.Equal(16.0, loss.Value(new[] { -1.0 }));
        }

        [Fact]
        public void NameMinimize_runs_the_runtime_descent_on_the_generated_loss_type()
        {
            // Minimum of (x - 1)^2 + 3*(y + 2)^2 + x*y: solve [2 1; 1 6] [x y] = [2, -12].
            LossUnderTest loss = LossUnderTest.Compile("Bowl", "(x - 1)^2 + 3*(y + 2)^2 + x*y", "x", "y");
            double x = (2 * 6 - 1 * -12) / 11.0, y = (2 * -12 - 1 * 2) / 11.0;

            double[] result = loss.Minimize(new[] { 5.0, 5.0 });

            Assert.Equal(1.0, result[2]);
            Assert.Equal(x, result[0], 6);
            Assert.Equal(y, result[1], 6);
        }

        private static void AssertClose(double expected, double actual, double tolerance, string what, double[] at)
        {
            double scale = Math.Max(1.0, Math.Abs(expected));
            Assert.True(Math.Abs(expected - actual) <= tolerance * scale, $"{what} at ({string.Join(", ", at)}): expected {expected:R}, got {actual:R}");
        }

        private static void AssertClose(double[] expected, double[] actual, double tolerance, string what, double[] at)
        {
            Assert.Equal(expected.Length, actual.Length);
            double scale = Math.Max(1.0, expected.Max(Math.Abs));
            for (int i = 0; i < expected.Length; i++)
            {
                Assert.True(Math.Abs(expected[i] - actual[i]) <= tolerance * scale, $"{what}[{i}] at ({string.Join(", ", at)}): expected {expected[i]:R}, got {actual[i]:R}");
            }
        }
    }
}
