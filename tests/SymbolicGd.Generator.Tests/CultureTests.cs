using System.Globalization;
using System.Linq;
using System.Text;
using SymbolicGd.Generator.Tests.Infrastructure;
using Xunit;

namespace SymbolicGd.Generator.Tests
{
    /// <summary>
    /// Generated code must not depend on the machine's culture: de-DE writes "2,5" and fi-FI writes
    /// U+2212 as the minus sign, either of which would break number literals.
    /// </summary>
    public sealed class CultureTests
    {
        private const string Source = """
            using SymbolicGd;

            public static partial class Losses
            {
                [Loss("2.5*(x - 0.125)^2 + 1e-3*y^2 - 2.5E+4*x*y + 0.1")] public static partial double Scaled(double x, double y);
                [Loss("(theta - 3)^2")] public static partial double Quadratic(double theta);
                [Loss("-x^-2 + sigmoid(-1.5*x)")] public static partial double Negatives(double x);
                [Loss("sine(x) + 1,5")] public static partial double Broken(double x);
                [Loss("mean((2.5*a + 0.125*x - y)^2) - 1e-3*lambda*a^2")] public static partial double Data(double a, System.ReadOnlySpan<double> x, System.ReadOnlySpan<double> y, [Fixed] double lambda);
            }
            """;

        [Theory]
        [InlineData("de-DE")]
        [InlineData("fi-FI")]
        [InlineData("ar-SA")]
        public void Output_is_byte_identical_under_any_culture(string cultureName)
        {
            string invariant = RunUnder(CultureInfo.InvariantCulture);
            string local = RunUnder(new CultureInfo(cultureName));

            Assert.Equal(invariant, local);
            Assert.DoesNotContain("\u2212", local);
        }

        private static string RunUnder(CultureInfo culture)
        {
            CultureInfo previous = CultureInfo.CurrentCulture, previousUi = CultureInfo.CurrentUICulture;
            try
            {
                CultureInfo.CurrentCulture = culture;
                CultureInfo.CurrentUICulture = culture;
                GeneratorRun run = GeneratorHarness.Run(Source);
                var builder = new StringBuilder();
                foreach (var source in run.Sources.OrderBy(s => s.HintName, System.StringComparer.Ordinal))
                {
                    builder.Append(source.HintName).Append('\n').Append(source.SourceText).Append('\n');
                }

                builder.Append(Snapshot.FormatDiagnostics(run.GeneratorDiagnostics, run.OutputCompilation));
                return builder.ToString();
            }
            finally
            {
                CultureInfo.CurrentCulture = previous;
                CultureInfo.CurrentUICulture = previousUi;
            }
        }
    }
}
