using System;
using System.Linq;
using System.Reflection;
using SymbolicGd.Generator.Tests.Infrastructure;
using Xunit;

namespace SymbolicGd.Generator.Tests
{
    /// <summary>
    /// Every span argument of a generated member is checked before anything is read or written:
    /// a span of the wrong length throws an ArgumentException that names the parameter and states
    /// the expected and actual lengths, and the output spans are left as they were.
    /// </summary>
    public sealed class SpanLengthTests
    {
        // Three losses: n = 1; n = 2 with a Hessian that depends on theta; n = 3 with a constant
        // Hessian, which the generated code copies from static data instead of computing.
        private const string Source = """
            using System;
            using System.Linq;
            using SymbolicGd;

            public static partial class Losses
            {
                [Loss("(theta - 3)^2")] public static partial double Quadratic(double theta);
                [Loss("(1 - x)^2 + 100*(y - x^2)^2")] public static partial double Rosenbrock(double x, double y);
                [Loss("x^2 + 2*y^2 + 3*z^2 + x*z")] public static partial double Bowl(double x, double y, double z);
            }

            public static class Probe
            {
                // Calls one member with spans of the given lengths (outputs filled with NaN) and
                // reports what happened: "ok", or the exception's type|parameter|message|untouched.
                public static string Call(string loss, string member, int thetaLength, int gradientLength, int hessianLength)
                {
                    double[] theta = Enumerable.Repeat(0.5, thetaLength).ToArray();
                    double[] gradient = Enumerable.Repeat(double.NaN, gradientLength).ToArray();
                    double[] hessian = Enumerable.Repeat(double.NaN, hessianLength).ToArray();
                    try
                    {
                        Run(loss, member, theta, gradient, hessian);
                        return "ok";
                    }
                    catch (Exception e)
                    {
                        bool untouched = gradient.All(double.IsNaN) && hessian.All(double.IsNaN);
                        return e.GetType().Name + "|" + (e as ArgumentException)?.ParamName + "|" + e.Message + "|" + untouched;
                    }
                }

                private static void Run(string loss, string member, double[] theta, double[] gradient, double[] hessian)
                {
                    switch (loss + "." + member)
                    {
                        case "Quadratic.Gradient": Losses.QuadraticGradient(0.5, gradient); break;
                        case "Quadratic.Hessian": Losses.QuadraticHessian(0.5, hessian); break;
                        case "Rosenbrock.Gradient": Losses.RosenbrockGradient(0.5, 0.5, gradient); break;
                        case "Rosenbrock.Hessian": Losses.RosenbrockHessian(0.5, 0.5, hessian); break;
                        case "Bowl.Gradient": Losses.BowlGradient(0.5, 0.5, 0.5, gradient); break;
                        case "Bowl.Hessian": Losses.BowlHessian(0.5, 0.5, 0.5, hessian); break;
                        default: Struct(loss, member, theta, gradient, hessian); break;
                    }
                }

                private static void Struct(string loss, string member, double[] theta, double[] gradient, double[] hessian)
                {
                    switch (loss)
                    {
                        case "Quadratic": Struct<Losses.QuadraticLoss>(member, theta, gradient, hessian); break;
                        case "Rosenbrock": Struct<Losses.RosenbrockLoss>(member, theta, gradient, hessian); break;
                        default: Struct<Losses.BowlLoss>(member, theta, gradient, hessian); break;
                    }
                }

                private static void Struct<T>(string member, double[] theta, double[] gradient, double[] hessian)
                    where T : struct, ISymbolicLoss, ILoss
                {
                    ILoss instance = default(T);
                    switch (member)
                    {
                        case "Value": T.Value(theta); break;
                        case "ValueAndGradient": T.ValueAndGradient(theta, gradient); break;
                        case "StructHessian": T.Hessian(theta, hessian); break;
                        case "ValueGradientHessian": T.ValueGradientHessian(theta, gradient, hessian); break;
                        case "ILoss.Value": instance.Value(theta); break;
                        case "ILoss.ValueAndGradient": instance.ValueAndGradient(theta, gradient); break;
                        case "ILoss.Hessian": instance.Hessian(theta, hessian); break;
                        case "ILoss.ValueGradientHessian": instance.ValueGradientHessian(theta, gradient, hessian); break;
                        default: throw new InvalidOperationException(member);
                    }
                }
            }
            """;

        private static readonly Lazy<MethodInfo> Probe = new(() =>
        {
            GeneratorRun run = GeneratorHarness.Run(Source);
            Assert.Empty(run.CompilationDiagnostics);
            return GeneratorHarness.Load(run.OutputCompilation).GetType("Probe")!.GetMethod("Call")!;
        });

        public static TheoryData<string, int> Losses => new() { { "Quadratic", 1 }, { "Rosenbrock", 2 }, { "Bowl", 3 } };

        [Theory]
        [MemberData(nameof(Losses))]
        public void Exact_lengths_are_accepted_by_every_member(string loss, int n)
        {
            foreach (string member in new[] { "Gradient", "Hessian", "Value", "ValueAndGradient", "StructHessian", "ValueGradientHessian", "ILoss.Value", "ILoss.ValueAndGradient", "ILoss.Hessian", "ILoss.ValueGradientHessian" })
            {
                Assert.Equal("ok", Call(loss, member, n, n, n * n));
            }
        }

        [Theory]
        [MemberData(nameof(Losses))]
        public void A_wrong_theta_is_rejected_before_anything_is_written(string loss, int n)
        {
            foreach (string member in new[] { "Value", "ValueAndGradient", "StructHessian", "ValueGradientHessian", "ILoss.Value", "ILoss.ValueAndGradient", "ILoss.Hessian", "ILoss.ValueGradientHessian" })
            {
                foreach (int length in new[] { n - 1, n + 1 })
                {
                    AssertRejected(Call(loss, member, length, n, n * n), "theta", n, length, member);
                }
            }
        }

        [Theory]
        [MemberData(nameof(Losses))]
        public void A_wrong_gradient_is_rejected_before_anything_is_written(string loss, int n)
        {
            foreach (string member in new[] { "Gradient", "ValueAndGradient", "ValueGradientHessian", "ILoss.ValueAndGradient", "ILoss.ValueGradientHessian" })
            {
                foreach (int length in new[] { n - 1, n + 1, 0 })
                {
                    AssertRejected(Call(loss, member, n, length, n * n), "gradient", n, length, member);
                }
            }
        }

        [Theory]
        [MemberData(nameof(Losses))]
        public void A_wrong_Hessian_is_rejected_before_anything_is_written(string loss, int n)
        {
            foreach (string member in new[] { "Hessian", "StructHessian", "ValueGradientHessian", "ILoss.Hessian", "ILoss.ValueGradientHessian" })
            {
                // n instead of n*n (a gradient-sized buffer), one short, one long.
                foreach (int length in new[] { n, n * n - 1, n * n + 1 }.Where(l => l != n * n).Distinct())
                {
                    AssertRejected(Call(loss, member, n, n, length), "hessian", n * n, length, member);
                }
            }
        }

        private static string Call(string loss, string member, int theta, int gradient, int hessian) =>
            (string)Probe.Value.Invoke(null, new object[] { loss, member, theta, gradient, hessian })!;

        private static void AssertRejected(string outcome, string parameter, int expected, int actual, string member)
        {
            string[] parts = outcome.Split('|');
            Assert.True(parts.Length == 4, member + ": expected an exception, got " + outcome);
            Assert.Equal("ArgumentException", parts[0]);
            Assert.Equal(parameter, parts[1]);
            Assert.Contains("'" + parameter + "'", parts[2]);
            Assert.Contains("exactly " + expected + " elements", parts[2]);
            Assert.Contains("has " + actual + ".", parts[2]);
            Assert.Equal("True", parts[3]);
        }
    }
}
