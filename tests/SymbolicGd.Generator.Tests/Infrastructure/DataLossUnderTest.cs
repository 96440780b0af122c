using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace SymbolicGd.Generator.Tests.Infrastructure
{
    /// <summary>The kind of a data loss parameter as the test declares it.</summary>
    internal enum Kind
    {
        Variable,
        Column,
        Fixed,
    }

    /// <summary>
    /// One generated data loss compiled into an in-memory assembly. The span members are reached
    /// through a generated probe (spans cannot cross reflection); the struct is built by reflection
    /// and used through <see cref="ILoss"/>, as the runtime uses it.
    /// </summary>
    internal sealed class DataLossUnderTest
    {
        private readonly Type _probe;
        private readonly Type _lossType;

        private DataLossUnderTest(Assembly assembly, string name, (Kind Kind, string Name)[] parameters, string source)
        {
            _probe = assembly.GetType("Probe")!;
            _lossType = assembly.GetType("Losses")!.GetNestedType(name + "Loss")!;
            Parameters = parameters;
            GeneratedSource = source;
        }

        public (Kind Kind, string Name)[] Parameters { get; }

        public int Dimension => Parameters.Count(p => p.Kind == Kind.Variable);

        /// <summary>The generated file.</summary>
        public string GeneratedSource { get; }

        /// <summary>
        /// Generates and compiles <c>[Loss(expression)] Name(...)</c> with the parameters in the given
        /// order and kinds, against .NET 10 (vector exp and log) or .NET 8 reference assemblies.
        /// </summary>
        public static DataLossUnderTest Compile(string name, string expression, (Kind Kind, string Name)[] parameters, bool net8 = false)
        {
            string declared = string.Join(", ", parameters.Select(p => p.Kind switch
            {
                Kind.Column => "ReadOnlySpan<double> " + p.Name,
                Kind.Fixed => "[Fixed] double " + p.Name,
                _ => "double " + p.Name,
            }));
            int v = 0, c = 0, f = 0;
            string args = string.Join(", ", parameters.Select(p => p.Kind switch
            {
                Kind.Column => "c[" + c++ + "]",
                Kind.Fixed => "f[" + f++ + "]",
                _ => "t[" + v++ + "]",
            }));
            int n = v;
            string source = $$"""
                using System;
                using SymbolicGd;

                public static partial class Losses
                {
                    [Loss({{SymbolDisplay.FormatLiteral(expression, true)}})]
                    public static partial double {{name}}({{declared}});
                }

                public static class Probe
                {
                    public static double Value(double[] t, double[][] c, double[] f) => Losses.{{name}}({{args}});
                    public static double[] Gradient(double[] t, double[][] c, double[] f) { var g = new double[{{n}}]; Losses.{{name}}Gradient({{args}}, g); return g; }
                    public static double[] Hessian(double[] t, double[][] c, double[] f) { var h = new double[{{n * n}}]; Losses.{{name}}Hessian({{args}}, h); return h; }
                    public static DescentResult Minimize(double[] t, double[][] c, double[] f, DescentOptions options) => Losses.{{name}}Minimize({{args.Replace("c[", "(ReadOnlyMemory<double>)c[")}}, options);
                }
                """;
            CSharpCompilation compilation = net8
                ? CSharpCompilation.Create(
                    "UserAssembly",
                    new[] { CSharpSyntaxTree.ParseText(source, GeneratorHarness.ParseOptions, "Source0.cs") },
                    Net80.References.All.Append(MetadataReference.CreateFromFile(typeof(ILoss).Assembly.Location)),
                    GeneratorHarness.CreateCompilation(source).Options)
                : GeneratorHarness.CreateCompilation(source);
            GeneratorRun run = GeneratorHarness.Run(compilation);
            // Warnings (abs is non-smooth) are errors under the harness's options; only real errors count.
            Diagnostic[] errors = run.GeneratorDiagnostics.Where(d => d.DefaultSeverity == DiagnosticSeverity.Error).ToArray();
            if (errors.Length > 0)
            {
                throw new InvalidOperationException("Generator reported: " + string.Join("\n", errors.Select(d => d.ToString())));
            }

            Diagnostic[] problems = run.CompilationDiagnostics.ToArray();
            string generated = run.Source(name + ".g.cs");
            if (problems.Length > 0)
            {
                throw new InvalidOperationException("The generated code does not compile cleanly:\n" + string.Join("\n", problems.Select(d => d.ToString())) + "\n" + generated);
            }

            return new DataLossUnderTest(GeneratorHarness.Load(run.OutputCompilation), name, parameters, generated);
        }

        public double Value(double[] theta, double[][] columns, double[] fixedValues) => Call<double>("Value", theta, columns, fixedValues);

        public double[] Gradient(double[] theta, double[][] columns, double[] fixedValues) => Call<double[]>("Gradient", theta, columns, fixedValues);

        public double[] Hessian(double[] theta, double[][] columns, double[] fixedValues) => Call<double[]>("Hessian", theta, columns, fixedValues);

        public DescentResult Minimize(double[] theta, double[][] columns, double[] fixedValues, DescentOptions options) => Call<DescentResult>("Minimize", theta, columns, fixedValues, options);

        /// <summary>new NameLoss(columns as memory, fixed values), in declaration order, boxed as ILoss.</summary>
        public ILoss Create(double[][] columns, double[] fixedValues)
        {
            var arguments = new List<object>();
            int c = 0, f = 0;
            foreach ((Kind kind, _) in Parameters)
            {
                if (kind == Kind.Column)
                {
                    arguments.Add(new ReadOnlyMemory<double>(columns[c++]));
                }
                else if (kind == Kind.Fixed)
                {
                    arguments.Add(fixedValues[f++]);
                }
            }

            try
            {
                return (ILoss)Activator.CreateInstance(_lossType, arguments.ToArray())!;
            }
            catch (TargetInvocationException exception) when (exception.InnerException is not null)
            {
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(exception.InnerException).Throw();
                throw;
            }
        }

        /// <summary>SampleCount of a loss built by <see cref="Create"/>.</summary>
        public int SampleCount(ILoss loss) => (int)_lossType.GetProperty("SampleCount")!.GetValue(loss)!;

        private T Call<T>(string probe, params object[] arguments)
        {
            try
            {
                return (T)_probe.GetMethod(probe)!.Invoke(null, arguments)!;
            }
            catch (TargetInvocationException exception) when (exception.InnerException is not null)
            {
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(exception.InnerException).Throw();
                throw;
            }
        }
    }
}
