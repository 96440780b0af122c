using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using SymbolicGd.Generator.Tests.Infrastructure;
using Xunit;

namespace SymbolicGd.Generator.Tests
{
    /// <summary>
    /// Every place a user may put a loss: the generated code must compile with warnings as errors
    /// (and XML docs checked) and the generator must report nothing.
    /// </summary>
    public sealed class ContainerShapeTests
    {
        public static readonly Dictionary<string, string[]> Shapes = new()
        {
            ["GlobalNamespace"] = new[] { """
                using SymbolicGd;
                public static partial class Losses { [Loss("(theta - 3)^2")] public static partial double Quadratic(double theta); }
                """ },
            ["BlockNamespace"] = new[] { """
                using SymbolicGd;
                namespace Demo.Block { public static partial class Losses { [Loss("(theta - 3)^2")] public static partial double Quadratic(double theta); } }
                """ },
            ["FileScopedNamespace"] = new[] { """
                using SymbolicGd;
                namespace Demo.FileScoped;
                public static partial class Losses { [Loss("(theta - 3)^2")] public static partial double Quadratic(double theta); }
                """ },
            ["NestedTypes"] = new[] { """
                using SymbolicGd;
                namespace Demo;
                public partial class A { public partial struct B { internal partial record C { public partial record struct D { public partial interface IE { }
                    [Loss("x^2 + y")] public static partial double Deep(double x, double y); } } } }
                """ },
            ["GenericContainingTypes"] = new[] { """
                using System.Collections.Generic;
                using SymbolicGd;
                namespace Demo;
                public partial class Outer<TKey, TValue> where TKey : notnull where TValue : class, new()
                {
                    public Dictionary<TKey, TValue> Items { get; } = new();
                    public partial struct Inner<T> where T : struct { [Loss("(x - 1)^2 * 3")] public static partial double Fit(double x); }
                    [Loss("(x - 1)^2")] public static partial double Fit(double x);
                }
                """ },
            ["PartialStructsAndRecords"] = new[] { """
                using SymbolicGd;
                namespace Demo;
                public readonly partial struct S { [Loss("x^2")] public static partial double L(double x); }
                public partial record R(int Id) { [Loss("x^2")] public static partial double L(double x); }
                public partial record struct RS(int Id) { [Loss("x^2")] public static partial double L(double x); }
                public sealed partial class Sealed { [Loss("x^2")] public static partial double L(double x); }
                """ },
            ["Accessibilities"] = new[] { """
                using SymbolicGd;
                namespace Demo;
                public partial class Model
                {
                    [Loss("x^2")] public static partial double Public(double x);
                    [Loss("x^2")] internal static partial double Internal(double x);
                    [Loss("x^2")] private static partial double Private(double x);
                    [Loss("x^2")] protected static partial double Protected(double x);
                    [Loss("x^2")] protected internal static partial double ProtectedInternal(double x);
                    [Loss("x^2")] private protected static partial double PrivateProtected(double x);
                    public static double UsePrivate(double x) => Private(x) + PrivateGradientOf(x);
                    private static double PrivateGradientOf(double x) { System.Span<double> g = stackalloc double[1]; PrivateGradient(x, g); return g[0] + PrivateLoss.Dimension; }
                }
                internal static partial class InternalLosses { [Loss("x^2")] public static partial double Public(double x); }
                """ },
            ["NamesThatShadowFrameworkTypes"] = new[] { """
                using SymbolicGd;
                namespace Demo
                {
                    public class System { }
                    public class Math { }
                    public class Span<T> { }
                    public class SymbolicMath { }
                    public class GradientDescent { }
                    public static partial class Losses
                    {
                        [Loss("softplus(x) + sigmoid(y) + log(1 + x^2) + exp(-y)")] public static partial double Shadowed(double x, double y);
                    }
                }
                """ },
            ["KeywordAndLocalNames"] = new[] { """
                using SymbolicGd;
                public static partial class Losses
                {
                    [Loss("checked^2 + class*gradient + hessian*theta + t0 + u0 + options*value")]
                    public static partial double Names(double @checked, double @class, double gradient, double hessian, double theta, double t0, double u0, double options, double value);
                    [Loss("(gradient - 1)^2")] public static partial double @event(double gradient);
                }
                """ },
            ["LossesSplitOverFiles"] = new[]
            {
                """
                using SymbolicGd;
                namespace Demo;
                public static partial class Losses { [Loss("(a - 1)^2")] public static partial double First(double a); }
                """,
                """
                using SymbolicGd;
                namespace Demo;
                public static partial class Losses { [Loss("(b - 2)^2")] public static partial double Second(double b); }
                """,
            },
            ["HintNamesThatDifferOnlyByCaseOrNesting"] = new[] { """
                using SymbolicGd;
                namespace A { public partial class B { public static partial class C { [Loss("x^2")] public static partial double M(double x); } } }
                namespace a { public partial class B { public static partial class C { [Loss("x^2")] public static partial double M(double x); } } }
                public static partial class Losses
                {
                    [Loss("x^2")] public static partial double Fit(double x);
                    [Loss("x^4")] public static partial double fit(double x);
                }
                """ },
            ["ExtensionDefaultsAndAttributes"] = new[] { """
                using System.Diagnostics.CodeAnalysis;
                using SymbolicGd;
                namespace Demo;
                public static partial class DoubleExtensions
                {
                    /// <summary>Documented by the user.</summary>
                    [Loss("(x - 1)^2"), ExcludeFromCodeCoverage] public static partial double Squared(this double x);
                    [Loss("x*y")] public static partial double WithDefault(double x, double y = 2.0);
                    [Loss("global^2 + var + nameof")] public static partial double Contextual(double global, double var, double nameof);
                }
                """ },
            ["UnicodeNames"] = new[] { """
                using SymbolicGd;
                namespace Démo;
                public static partial class Pertes { [Loss("(θ - 1)^2 + λ*θ")] public static partial double Énergie(double θ, double λ); }
                """ },
            ["PragmaSuppressesWarning"] = new[] { """
                using SymbolicGd;
                public static partial class Losses
                {
                #pragma warning disable SGD0005 // abs is intended here
                    [Loss("abs(x) + x^2")] public static partial double Kinked(double x);
                #pragma warning restore SGD0005
                }
                """ },
        };

        public static IEnumerable<object[]> ShapeNames => Shapes.Keys.Select(k => new object[] { k });

        [Theory]
        [MemberData(nameof(ShapeNames))]
        public void Generated_code_compiles_without_any_warning(string shape)
        {
            GeneratorRun run = GeneratorHarness.Run(Shapes[shape]);

            Assert.Empty(run.CompilationDiagnostics);
            Assert.NotEmpty(run.Sources);
            Assert.DoesNotContain(run.GeneratorDiagnostics, d => d.Severity == DiagnosticSeverity.Error && !d.IsSuppressed);
            GeneratorHarness.Load(run.OutputCompilation);
        }

        [Fact]
        public void Pragma_warning_disable_suppresses_a_generator_warning_at_its_location()
        {
            GeneratorRun run = GeneratorHarness.Run(Shapes["PragmaSuppressesWarning"]);

            Diagnostic warning = Assert.Single(run.GeneratorDiagnostics);
            Assert.Equal("SGD0005", warning.Id);
            Assert.True(warning.IsSuppressed);
            Assert.True(warning.Location.IsInSource);
        }
    }
}
