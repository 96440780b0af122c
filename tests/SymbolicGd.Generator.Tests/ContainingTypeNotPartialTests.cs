using System.Linq;
using Microsoft.CodeAnalysis;
using SymbolicGd.Generator.Tests.Infrastructure;
using Xunit;

namespace SymbolicGd.Generator.Tests
{
    /// <summary>
    /// One mistake, one complaint: a loss in a type (or inside a type) that is not partial gets
    /// SGD0008 at that type's name, and the compiler adds nothing but CS0260 ("missing partial
    /// modifier") at the same name. No C# can add a member to a type declared without 'partial',
    /// and a generator cannot silence a compiler error, so CS0260 cannot be avoided; what is
    /// avoided is CS0751 and CS8795 at the method, which sent the user to the wrong place.
    /// </summary>
    public sealed class ContainingTypeNotPartialTests
    {
        [Theory]
        [InlineData("the type itself", "public static class Losses { [Loss(\"x^2\")] public static partial double Square(double x); }", "Losses")]
        [InlineData("the outer type", "public static class Outer { public static partial class Losses { [Loss(\"x^2\")] public static partial double Square(double x); } }", "Outer")]
        [InlineData("a generic outer struct", "public struct Outer<T> { public static partial class Losses { [Loss(\"x^2\")] public static partial double Square(double x); } }", "Outer")]
        [InlineData("an outer record", "public record Outer(int Id) { public static partial class Losses { [Loss(\"x^2\")] public static partial double Square(double x); } }", "Outer")]
        [InlineData("two levels out", "namespace N { public class A { public partial class B { internal static partial class Losses { [Loss(\"x^2\")] internal static partial double Square(double x); } } } }", "A")]
        public void A_type_that_is_not_partial_gives_SGD0008_and_the_compilers_CS0260_at_its_name_only(string where, string code, string type)
        {
            _ = where;
            string source = "using SymbolicGd;\n" + code;
            GeneratorRun run = GeneratorHarness.Run(source);

            Diagnostic sgd = Assert.Single(run.GeneratorDiagnostics);
            Diagnostic compiler = Assert.Single(run.CompilationDiagnostics.Where(d => d.Severity == DiagnosticSeverity.Error));
            Assert.Equal("SGD0008", sgd.Id);
            Assert.Equal("CS0260", compiler.Id);
            Assert.Equal(type, NameAt(source, sgd));
            Assert.Equal(sgd.Location.SourceSpan, compiler.Location.SourceSpan);
            Assert.Empty(run.CompilationDiagnostics.Where(d => d.Severity == DiagnosticSeverity.Warning));
        }

        [Fact]
        public void Two_types_that_are_not_partial_give_one_pair_each()
        {
            const string source = "using SymbolicGd;\npublic class Outer { public static class Losses { [Loss(\"x^2\")] public static partial double Square(double x); } }";
            GeneratorRun run = GeneratorHarness.Run(source);

            Diagnostic[] errors = run.CompilationDiagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToArray();
            Assert.All(run.GeneratorDiagnostics, d => Assert.Equal("SGD0008", d.Id));
            Assert.All(errors, d => Assert.Equal("CS0260", d.Id));
            Assert.Equal(new[] { "Losses", "Outer" }, run.GeneratorDiagnostics.Select(d => NameAt(source, d)).OrderBy(s => s));
            Assert.Equal(run.GeneratorDiagnostics.Select(d => d.Location.SourceSpan).OrderBy(s => s.Start), errors.Select(d => d.Location.SourceSpan).OrderBy(s => s.Start));
        }

        [Fact]
        public void Other_problems_of_the_loss_are_still_reported_beside_it()
        {
            const string source = "using SymbolicGd;\npublic static class Outer { public static partial class Losses { [Loss(\"sine(x)\")] public static partial int Wave(double x); } }";
            GeneratorRun run = GeneratorHarness.Run(source);

            Assert.Equal(new[] { "SGD0003", "SGD0008", "SGD0009" }, run.GeneratorDiagnostics.Select(d => d.Id).OrderBy(id => id));
            Assert.Equal(new[] { "CS0260" }, run.CompilationDiagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.Id));
        }

        private static string NameAt(string source, Diagnostic diagnostic) =>
            source.Substring(diagnostic.Location.SourceSpan.Start, diagnostic.Location.SourceSpan.Length);
    }
}
