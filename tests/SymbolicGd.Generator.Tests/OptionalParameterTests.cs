using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using SymbolicGd.Generator.Tests.Infrastructure;
using Xunit;

namespace SymbolicGd.Generator.Tests
{
    /// <summary>
    /// An optional parameter of a loss method stays optional in the generated members whose
    /// parameter list can end with it: NameMinimize, and NameDerivative / NameSecondDerivative
    /// for one parameter. (NameGradient and NameHessian end with a required span, so C# allows
    /// no default before it.)
    /// </summary>
    public sealed class OptionalParameterTests
    {
        [Fact]
        public void OptMinimize_of_one_argument_starts_the_omitted_parameter_at_its_default()
        {
            // (x - y)^2: the gradient (2(x - y), -2(x - y)) keeps x + y fixed, so descent from
            // (0, 5) ends at (2.5, 2.5); from (0, 0), were the default dropped, at (0, 0).
            double[] minimum = Run("""
                using SymbolicGd;
                public static partial class Losses { [Loss("(x - y)^2")] public static partial double Opt(double x, double y = 5.0); }
                public static class Probe { public static double[] Call() => Losses.OptMinimize(0).Minimum; }
                """);

            Assert.Equal(2.5, minimum[0], 9);
            Assert.Equal(2.5, minimum[1], 9);
        }

        [Fact]
        public void A_default_written_as_an_integer_or_a_constant_is_carried_by_value()
        {
            // "= 4" and "= Start" (a const the generated file cannot see): both become 4.0.
            double[] result = Run("""
                using SymbolicGd;
                public static partial class Losses
                {
                    public const double Start = 4;
                    [Loss("(a - b)^2 + (c - a)^2")] public static partial double Three(double a, double b = 4, double c = Start);
                }
                public static class Probe { public static double[] Call() => Losses.ThreeMinimize(1, options: new DescentOptions { MaxSteps = 100000 }).Minimum; }
                """);

            // The gradient sums to zero, so a + b + c = 9 is kept; the minimum has a = b = c = 3.
            Assert.All(result, v => Assert.Equal(3.0, v, 7));
        }

        [Fact]
        public void One_parameter_derivatives_take_the_default_too()
        {
            // (t - 2)^2 at the default t = 5: derivative 2(5 - 2) = 6, second derivative 2.
            double[] result = Run("""
                using SymbolicGd;
                public static partial class Losses { [Loss("(t - 2)^2")] public static partial double Spring(double t = 5); }
                public static class Probe { public static double[] Call() => new[] { Losses.SpringDerivative(), Losses.SpringSecondDerivative(), Losses.Spring() }; }
                """);

            Assert.Equal(new[] { 6.0, 2.0, 9.0 }, result);
        }

        [Fact]
        public void Defaults_of_every_double_spelling_compile_warning_free()
        {
            GeneratorRun run = GeneratorHarness.Run("""
                using SymbolicGd;
                public static partial class Losses
                {
                    [Loss("a + b + c + d + e + f")]
                    public static partial double Spellings(double a, double b = default, double c = -0.0, double d = 1e-300, double e = double.PositiveInfinity, double f = -2.5E+10);
                }
                """);

            Assert.Empty(run.GeneratorDiagnostics);
            Assert.Empty(run.CompilationDiagnostics);

            // The generated defaults are the user's, bit for bit (-0.0 included), as compiled.
            System.Type losses = GeneratorHarness.Load(run.OutputCompilation).GetType("Losses")!;
            ParameterInfo[] written = losses.GetMethod("Spellings")!.GetParameters();
            ParameterInfo[] generated = losses.GetMethod("SpellingsMinimize")!.GetParameters();
            Assert.False(generated[0].HasDefaultValue);
            for (int i = 1; i < written.Length; i++)
            {
                Assert.True(generated[i].HasDefaultValue, generated[i].Name);
                Assert.Equal(System.BitConverter.DoubleToInt64Bits((double)written[i].DefaultValue!), System.BitConverter.DoubleToInt64Bits((double)generated[i].DefaultValue!));
            }
        }

        private static double[] Run(string source)
        {
            GeneratorRun run = GeneratorHarness.Run(source);
            Assert.Empty(run.GeneratorDiagnostics);
            Assert.Empty(run.CompilationDiagnostics);
            MethodInfo call = GeneratorHarness.Load(run.OutputCompilation).GetType("Probe")!.GetMethod("Call")!;
            return (double[])call.Invoke(null, null)!;
        }
    }
}
