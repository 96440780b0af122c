using System;
using System.Linq;
using System.Reflection;
using SymbolicGd.Generator.Tests.Infrastructure;

namespace SymbolicGd.Generator.Tests.Infrastructure
{
    /// <summary>
    /// One generated loss compiled into an in-memory assembly, with calls into every generated
    /// member. Spans cannot cross reflection, so the compiled code includes a small probe class
    /// that turns the span-based members into array-returning ones.
    /// </summary>
    internal sealed class LossUnderTest
    {
        private readonly Type _probe;
        private readonly Type _losses;
        private readonly string _name;

        private LossUnderTest(Assembly assembly, string name, int dimension)
        {
            _probe = assembly.GetType("Probe")!;
            _losses = assembly.GetType("Losses")!;
            _name = name;
            Dimension = dimension;
        }

        public int Dimension { get; }

        /// <summary>Generates and compiles <c>[Loss(expression)] Name(double p0, ...)</c> with the given parameter identifiers.</summary>
        public static LossUnderTest Compile(string name, string expression, params string[] parameters)
        {
            int n = parameters.Length;
            string declared = string.Join(", ", parameters.Select(p => "double " + p));
            string args = string.Join(", ", Enumerable.Range(0, n).Select(i => "p[" + i + "]"));
            string source = $$"""
                using System;
                using SymbolicGd;

                public static partial class Losses
                {
                    [Loss({{Microsoft.CodeAnalysis.CSharp.SymbolDisplay.FormatLiteral(expression, true)}})]
                    public static partial double {{name}}({{declared}});
                }

                public static class Probe
                {
                    public static double Method(double[] p) => Losses.{{name}}({{args}});
                    public static double[] MethodGradient(double[] p) { var g = new double[{{n}}]; Losses.{{name}}Gradient({{args}}, g); return g; }
                    public static double[] MethodHessian(double[] p) { var h = new double[{{n * n}}]; Losses.{{name}}Hessian({{args}}, h); return h; }
                    public static double StructValue(double[] p) => Losses.{{name}}Loss.Value(p);
                    public static double[] StructValueAndGradient(double[] p) { var g = new double[{{n + 1}}]; g[{{n}}] = Losses.{{name}}Loss.ValueAndGradient(p, g.AsSpan(0, {{n}})); return g; }
                    public static double[] StructHessian(double[] p) { var h = new double[{{n * n}}]; Losses.{{name}}Loss.Hessian(p, h); return h; }
                    public static double[] StructAll(double[] p) { var r = new double[{{1 + n + n * n}}]; r[0] = Losses.{{name}}Loss.ValueGradientHessian(p, r.AsSpan(1, {{n}}), r.AsSpan({{1 + n}}, {{n * n}})); return r; }
                    public static double[] Minimize(double[] p) { var r = Losses.{{name}}Minimize({{args}}, new DescentOptions { MaxSteps = 10000 }); return System.Linq.Enumerable.ToArray(System.Linq.Enumerable.Append(r.Minimum, r.StopReason == StopReason.Converged ? 1.0 : 0.0)); }
                    public static int Dimension() => Losses.{{name}}Loss.Dimension;
                    public static bool HasConstantHessian() => Losses.{{name}}Loss.HasConstantHessian;
                    public static double ConstantLipschitz() => Losses.{{name}}Loss.ConstantLipschitz;
                    public static string Expression() => Losses.{{name}}Loss.Expression;
                    public static string[] ParameterNames() => System.Linq.Enumerable.ToArray(Losses.{{name}}Loss.ParameterNames);
                    public static int GradientExpressionCount() => Losses.{{name}}Loss.GradientExpressions.Count;
                    private static ILoss Instance => default(Losses.{{name}}Loss);
                    private static double Generic<T>(T loss, double[] p) where T : ILoss => loss.Value(p);
                    public static double InstanceValue(double[] p) => Instance.Value(p);
                    public static double GenericValue(double[] p) => Generic(default(Losses.{{name}}Loss), p);
                    public static double[] InstanceValueAndGradient(double[] p) { var g = new double[{{n + 1}}]; g[{{n}}] = Instance.ValueAndGradient(p, g.AsSpan(0, {{n}})); return g; }
                    public static double[] InstanceHessian(double[] p) { var h = new double[{{n * n}}]; Instance.Hessian(p, h); return h; }
                    public static double[] InstanceAll(double[] p) { var r = new double[{{1 + n + n * n}}]; r[0] = Instance.ValueGradientHessian(p, r.AsSpan(1, {{n}}), r.AsSpan({{1 + n}}, {{n * n}})); return r; }
                    public static int InstanceDimension() => Instance.Dimension;
                    public static string InstanceExpression() => Instance.Expression;
                    public static string[] InstanceParameterNames() => System.Linq.Enumerable.ToArray(Instance.ParameterNames);
                    public static bool InstanceHasConstantHessian() => Instance.HasConstantHessian;
                    public static double InstanceLipschitz() => Instance.Lipschitz;
                }
                """;
            GeneratorRun run = GeneratorHarness.Run(source);
            if (run.GeneratorDiagnostics.Any(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error && d.DefaultSeverity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error))
            {
                throw new InvalidOperationException("Generator reported: " + string.Join("\n", run.GeneratorDiagnostics));
            }

            // Warnings (abs is non-smooth) are expected for some losses; compile them as warnings.
            var compilation = run.OutputCompilation.WithOptions(run.OutputCompilation.Options.WithGeneralDiagnosticOption(Microsoft.CodeAnalysis.ReportDiagnostic.Default));
            return new LossUnderTest(GeneratorHarness.Load(compilation), name, n);
        }

        public double Value(double[] p) => Call<double>("Method", p);

        public double[] Gradient(double[] p) => Call<double[]>("MethodGradient", p);

        public double[] Hessian(double[] p) => Call<double[]>("MethodHessian", p);

        public double Derivative(double p) => (double)_losses.GetMethod(_name + "Derivative")!.Invoke(null, new object[] { p })!;

        public double SecondDerivative(double p) => (double)_losses.GetMethod(_name + "SecondDerivative")!.Invoke(null, new object[] { p })!;

        public bool HasDerivativeMethods => _losses.GetMethod(_name + "Derivative") is not null;

        public double StructValue(double[] p) => Call<double>("StructValue", p);

        /// <summary>NameMinimize from <paramref name="p"/>: the minimum found, then 1 when it converged.</summary>
        public double[] Minimize(double[] p) => Call<double[]>("Minimize", p);

        public double[] StructValueAndGradient(double[] p) => Call<double[]>("StructValueAndGradient", p);

        public double[] StructHessian(double[] p) => Call<double[]>("StructHessian", p);

        public double[] StructAll(double[] p) => Call<double[]>("StructAll", p);

        /// <summary>A probe that takes the point, by name (e.g. "InstanceValue": through <c>ILoss</c>).</summary>
        public T At<T>(string probe, double[] p) => Call<T>(probe, p);

        public T Get<T>(string probe) => (T)_probe.GetMethod(probe)!.Invoke(null, null)!;

        public object? Constant(string name) => _losses.GetNestedType(_name + "Loss")!.GetField(name)?.GetRawConstantValue();

        private T Call<T>(string probe, double[] p) => (T)_probe.GetMethod(probe)!.Invoke(null, new object[] { p.ToArray() })!;
    }
}
