using System.Collections.Generic;
using System.Linq;

namespace SymbolicGd.Generator.Tests
{
    /// <summary>
    /// The user code behind each snapshot. The snapshots are the documentation of what users get:
    /// the losses cover the README's examples, every function of the language and the awkward
    /// names, the diagnostic cases every SGD ID.
    /// </summary>
    internal static class SnapshotCases
    {
        public static readonly IReadOnlyDictionary<string, string> Losses = new SortedDictionary<string, string>(System.StringComparer.Ordinal)
        {
            ["Quadratic"] = Class("""[Loss("(theta - 3)^2")] public static partial double Quadratic(double theta);"""),
            ["Rosenbrock"] = Class("""[Loss("(1 - x)^2 + 100*(y - x^2)^2")] public static partial double Rosenbrock(double x, double y);"""),
            ["SoftplusLogistic"] = Class("""
                // Logistic regression on two labelled points (x = 2, label +1) and (x = -1, label -1).
                [Loss("softplus(-(2*w + b)) + softplus(-w + b)")] public static partial double Logistic(double w, double b);
                """),
            ["ExpLogSqrt"] = Class("""[Loss("exp(a) - log(a^2 + 1) + sqrt(b^2 + 1)")] public static partial double ExpLogSqrt(double a, double b);"""),
            ["Trigonometric"] = Class("""[Loss("sin(x)*cos(y) + tan(x/4)")] public static partial double Trig(double x, double y);"""),
            ["InverseTrigonometric"] = Class("""[Loss("asin(x/2) + acos(x/3) + atan(x*y)")] public static partial double InverseTrig(double x, double y);"""),
            ["Hyperbolic"] = Class("""[Loss("sinh(x) + cosh(y) + tanh(x*y)")] public static partial double Hyperbolic(double x, double y);"""),
            ["SigmoidSoftplus"] = Class("""[Loss("(sigmoid(a) - 0.25)^2 + softplus(a - b)")] public static partial double Logistic(double a, double b);"""),
            ["Pow"] = Class("""[Loss("pow(x, y) + pow(x, 3) + x^-2")] public static partial double Power(double x, double y);"""),
            ["LogSumExp"] = Class("""
                // Cross-entropy of class b over three scores: log-sum-exp, stable, one exp per score.
                [Loss("log(exp(a) + exp(b) + exp(c)) - b")] public static partial double CrossEntropy(double a, double b, double c);
                """),
            ["FiniteAtTheEdges"] = Class("""
                // |x|^3 and a norm: finite second derivatives at 0 and at (1e-200, 0).
                [Loss("(x^2)^1.5 + sqrt(x^2 + y^2)")] public static partial double Edges(double x, double y);
                """),
            ["AbsIsNonSmooth"] = Class("""[Loss("abs(x - 1) + x^2")] public static partial double Kinked(double x);"""),
            ["Constants"] = Class("""[Loss("pi*x^2 + e^x - 1e-3*x + 2.5E+4")] public static partial double WithConstants(double x);"""),
            ["ParameterShadowsConstant"] = Class("""[Loss("(e - pi)^2")] public static partial double Shadow(double e);"""),
            ["SixParameters"] = Class("""
                [Loss("(a - 1)^2 + 2*(b - 2)^2 + 3*(c + 1)^2 + (d - e)^2 + f^2/2 + a*f")]
                public static partial double Bowl(double a, double b, double c, double d, double e, double f);
                """),
            ["OptionalParameter"] = Class("""[Loss("(x - y)^2")] public static partial double Opt(double x, double y = 5.0);"""),
            ["Linear"] = Class("""[Loss("2*x - 3*y + 1")] public static partial double Plane(double x, double y);"""),
            ["DataLineFit"] = "using System;\n" + Class("""
                // Least squares: the Hessian depends on the data alone, so L is computed once per instance.
                [Loss("mean((a + b*x - y)^2)")] public static partial double LineFit(double a, double b, ReadOnlySpan<double> x, ReadOnlySpan<double> y);
                """),
            ["DataLogisticRegression"] = "using System;\n" + Class("""
                // Softplus and sigmoid of one argument from one exp per sample; a fixed penalty weight.
                [Loss("mean(softplus(w0 + w1*x1 + w2*x2) - label*(w0 + w1*x1 + w2*x2)) + lambda*(w1^2 + w2^2)")]
                public static partial double LogReg(double w0, double w1, double w2, ReadOnlySpan<double> x1, ReadOnlySpan<double> x2, ReadOnlySpan<double> label, [Fixed] double lambda);
                """),
            ["DataNamesLikeLocals"] = "using System;\n" + Class("""
                // Parameters named like the generated code's locals, fields and members.
                [Loss("mean((i*start - sums)^2 + samples*t0*acc0 + r0*c0*v0 + h0*s0*end + scratch*length*combined + theta*gradient*options + loss*SampleCount*Value*checked)")]
                public static partial double Names(double i, ReadOnlySpan<double> start, ReadOnlySpan<double> sums, double samples, ReadOnlySpan<double> t0, ReadOnlySpan<double> acc0,
                    ReadOnlySpan<double> r0, ReadOnlySpan<double> c0, [Fixed] double v0, [Fixed] double h0, [Fixed] double s0, ReadOnlySpan<double> end, ReadOnlySpan<double> scratch,
                    [Fixed] double length, [Fixed] double combined, double theta, [Fixed] double gradient, [Fixed] double options, double loss, ReadOnlySpan<double> SampleCount,
                    [Fixed] double Value, [Fixed] double @checked);
                """),
            ["DataSumNoMean"] = "using System;\n" + Class("""
                // A sum over samples (no division by N, so no samples is allowed); a fixed value inside it; kinds in any order.
                [Loss("sum(weight*log(1 + ((t - r)/scale)^2))")] public static partial double Robust(ReadOnlySpan<double> weight, double t, [Fixed] double scale, ReadOnlySpan<double> r);
                """),
            ["NamesLikeKeywordsAndLocals"] = Class("""
                [Loss("checked*gradient + hessian^2 + theta*t0 + options^2 + (t1 - 1)^2")]
                public static partial double Clashes(double @checked, double gradient, double hessian, double theta, double t0, double options, double t1);
                """),
            ["NestedGenericContainers"] = """
                using SymbolicGd;

                namespace Demo.Fitting;

                public partial class Outer<T> where T : class
                {
                    internal partial struct Middle
                    {
                        private partial record Inner
                        {
                            [Loss("(k - 2)^2")] internal static partial double Spring(double k);
                        }

                        [Loss("(k - 2)^2")] private static partial double Spring(double k);
                    }
                }
                """,
        };

        public static readonly IReadOnlyDictionary<string, string> Diagnostics = new SortedDictionary<string, string>(System.StringComparer.Ordinal)
        {
            ["SGD0001_Malformed"] = Class("""
                [Loss("(theta - 3")] public static partial double Unclosed(double theta);
                [Loss("theta + * 2")] public static partial double MissingOperand(double theta);
                [Loss("theta $ 2")] public static partial double BadCharacter(double theta);
                """),
            ["SGD0002_UnknownIdentifier"] = Class("""[Loss("(thet - 3)^2")] public static partial double Quadratic(double theta);"""),
            ["SGD0003_UnknownFunction"] = Class("""[Loss("sine(x) + 1")] public static partial double Wave(double x);"""),
            ["SGD0004_WrongArity"] = Class("""
                [Loss("pow(x)")] public static partial double OneArgument(double x);
                [Loss("exp(x, 2)")] public static partial double TwoArguments(double x);
                [Loss("logsumexp()")] public static partial double NoArguments(double x);
                """),
            ["SGD0006_TooComplex"] = Class("[Loss(\"" + new string('(', 300) + "x" + new string(')', 300) + "\")] public static partial double Deep(double x);"),
            ["SGD0007_NotStaticPartial"] = """
                using SymbolicGd;

                public partial class Model
                {
                    [Loss("x^2")] public partial double Instance(double x);

                    [Loss("x^2")] public static double HasBody(double x) => x * x;

                    [Loss("x^2")] public static partial double ImplementedByHand(double x);
                    public static partial double ImplementedByHand(double x) => x * x;

                    public static double Outer(double y)
                    {
                        return Local(y);

                        [Loss("x^2")] static double Local(double x) => x * x;
                    }
                }
                """,
            ["SGD0008_TypeNotPartial"] = """
                using SymbolicGd;

                public static class Losses
                {
                    [Loss("x^2")] public static partial double Square(double x);
                }
                """,
            ["SGD0008_OuterTypeNotPartial"] = """
                using SymbolicGd;

                public static class Outer
                {
                    public static partial class Losses
                    {
                        [Loss("x^2")] public static partial double Square(double x);
                    }
                }
                """,
            ["SGD0016_FileLocalType"] = """
                using SymbolicGd;

                file static partial class Losses
                {
                    [Loss("x^2")] public static partial double Square(double x);
                }
                """,
            ["SGD0018_ColumnOutsideAggregate"] = "using System;\n" + Class("""
                [Loss("mean((a*x - y)^2) + x")] public static partial double Fit(double a, ReadOnlySpan<double> x, ReadOnlySpan<double> y);
                """),
            ["SGD0019_NestedAggregate"] = "using System;\n" + Class("""
                [Loss("mean((x - mean(x))^2 * a)")] public static partial double Spread(double a, ReadOnlySpan<double> x);
                """),
            ["SGD0020_AggregateWithoutColumn"] = "using System;\n" + Class("""
                [Loss("mean((w*x - y)^2) + mean(lambda*w^2)")] public static partial double Ridge(double w, ReadOnlySpan<double> x, ReadOnlySpan<double> y, [Fixed] double lambda);
                """),
            ["SGD0021_AggregateWithoutData"] = Class("""
                [Loss("mean((a - 3)^2)")] public static partial double Bowl(double a);
                """),
            ["SGD0022_DataParameterType"] = "using System;\nusing System.Collections.Generic;\n" + Class("""
                [Loss("mean((a*x - y)^2)")] public static partial double FromArray(double a, double[] x, ReadOnlySpan<double> y);
                [Loss("mean((a*x - y)^2)")] public static partial double FromSpan(double a, Span<double> x, ReadOnlySpan<double> y);
                [Loss("mean((a*x - y)^2)")] public static partial double FromFloats(double a, ReadOnlySpan<float> x, ReadOnlySpan<double> y);
                [Loss("mean((a*x - y)^2)")] public static partial double FromList(double a, IEnumerable<double> x, ReadOnlySpan<double> y);
                """),
            ["SGD0023_FixedNotDouble"] = "using System;\n" + Class("""
                [Loss("mean((w*x - y)^2) + lambda*w^2")] public static partial double Ridge(double w, ReadOnlySpan<double> x, ReadOnlySpan<double> y, [Fixed] float lambda);
                [Loss("mean((w*x - y)^2)")] public static partial double FixedColumn(double w, [Fixed] ReadOnlySpan<double> x, ReadOnlySpan<double> y);
                """),
            ["SGD0024_ColumnNamedLikeFunction"] = "using System;\n" + Class("""
                [Loss("mean((a - exp)^2) + mean(sum*a)")] public static partial double Fit(double a, ReadOnlySpan<double> exp, ReadOnlySpan<double> sum);
                """),
            ["SGD0025_NoVariables"] = "using System;\n" + Class("""
                [Loss("mean(x^2) + k")] public static partial double Energy(ReadOnlySpan<double> x, [Fixed] double k);
                """),
            ["SGD0017_GeneratedNameTaken"] = Class("""
                [Loss("(theta - 3)^2")] public static partial double Quadratic(double theta);
                public static double QuadraticLoss(double theta) => theta;
                [Loss("x^2 + y^2")] public static partial double Bowl(double x, double y);
                [Loss("x^2")] public static partial double BowlGradient(double x);
                """),
            ["SGD0009_ReturnNotDouble"] = Class("""
                [Loss("x^2")] public static partial float Square(double x);
                // The expression is checked too: both problems show at once.
                [Loss("sine(x)")] public static partial int Wave(double x);
                """),
            ["SGD0010_ParameterNotDouble"] = Class("""
                [Loss("x^2 + n")] public static partial double Counted(double x, int n);
                [Loss("x^2")] public static partial double ByReference(ref double x);
                [Loss("x^2")] public static partial double Many(params double[] x);
                """),
            ["SGD0011_NoParameters"] = Class("""[Loss("2")] public static partial double Constant();"""),
            ["SGD0012_DuplicateName"] = Class("""
                [Loss("x^2")] public static partial double Fit(double x);
                [Loss("x^2 + y^2")] public static partial double Fit(double x, double y);
                """),
            ["SGD0013_GenericMethod"] = Class("""[Loss("x^2")] public static partial double Generic<T>(double x) where T : struct;"""),
            ["SGD0014_MissingExpression"] = Class("""[Loss(null!)] public static partial double Nothing(double x);"""),
            ["Location_EscapedString"] = Class("""
                [Loss("\tx\u0041 + \"q\" + sine(x)")] public static partial double Escapes(double x);
                """),
            ["Location_VerbatimString"] = Class("""
                [Loss(@"x +
                    ""q"" + sine(x)")] public static partial double Verbatim(double x);
                """),
            ["Location_ConstantAndRawString"] = Class(""""""
                private const string Expression = "sine(x)";
                [Loss(Expression)] public static partial double FromConstant(double x);
                [Loss("""
                    sine(x)
                    """)] public static partial double FromRawString(double x);
                [Loss("sine" + "(x)")] public static partial double FromConcatenation(double x);
                """"""),
        };

        /// <summary>Compiler diagnostics a case is allowed beside its SGD ones, because the user code itself is wrong C#.</summary>
        public static readonly IReadOnlyDictionary<string, string[]> ExpectedCompilerErrors = new Dictionary<string, string[]>
        {
            // The generated part reopens the type as partial, so the compiler adds CS0260 ("missing
            // partial modifier") at the same name as SGD0008: no C# can add a member to a type
            // declared without 'partial', and a generator cannot silence a compiler error.
            ["SGD0008_TypeNotPartial"] = new[] { "CS0260" },
            ["SGD0008_OuterTypeNotPartial"] = new[] { "CS0260" },

            // A file-local type cannot be extended from the generated file.
            ["SGD0016_FileLocalType"] = new[] { "CS8795" },
        };

        public static IEnumerable<object[]> LossNames => Losses.Keys.Select(k => new object[] { k });

        public static IEnumerable<object[]> DiagnosticNames => Diagnostics.Keys.Select(k => new object[] { k });

        private static string Class(string members) =>
            "using SymbolicGd;\n\npublic static partial class Losses\n{\n" + Indent(members) + "}\n";

        private static string Indent(string members) =>
            string.Concat(members.Replace("\r\n", "\n").Split('\n').Select(line => line.Length == 0 ? "\n" : "    " + line + "\n"));
    }
}
