using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Text;

namespace SymbolicGd.Symbolic.Tests.Support
{
    /// <summary>
    /// Several losses emitted as fused value+gradient+Hessian methods, compiled together once, and
    /// run at any point: the emitted-code side of tests that also check the interpreter.
    /// </summary>
    internal sealed class EmittedLosses
    {
        private readonly Type _type;
        private readonly Dictionary<string, (int Index, int Dimension)> _methods = new Dictionary<string, (int, int)>(StringComparer.Ordinal);

        public EmittedLosses(IEnumerable<(string Expression, string[] Parameters)> losses)
        {
            var source = new StringBuilder("public static class EmittedLosses\n{\n");
            foreach ((string expression, string[] parameters) in losses)
            {
                string key = Key(expression, parameters);
                if (_methods.ContainsKey(key))
                {
                    continue;
                }

                LossDefinition loss = Compiled.Loss(expression, parameters);
                int k = _methods.Count;
                _methods.Add(key, (k, parameters.Length));
                string[] reads = Enumerable.Range(0, parameters.Length).Select(i => "p[" + i + "]").ToArray();
                source.Append("    public static double F").Append(k).Append("(double[] p, double[] g, double[] h)\n    {\n")
                    .Append(Emitted.Text(loss, new EmitRequest { Parameters = reads, ReturnValue = true, GradientSpan = "g", HessianSpan = "h" }))
                    .Append("    }\n");
            }

            _type = EmittedCode.Compile(source.Append("}\n").ToString()).GetType("EmittedLosses")!;
        }

        /// <summary>Value, gradient and row-major Hessian of the emitted code at the point.</summary>
        public (double Value, double[] Gradient, double[] Hessian) Evaluate(string expression, string[] parameters, double[] point)
        {
            (int index, int n) = _methods[Key(expression, parameters)];
            var gradient = new double[n];
            var hessian = new double[n * n];
            MethodInfo method = _type.GetMethod("F" + index, BindingFlags.Public | BindingFlags.Static)!;
            double value = (double)method.Invoke(null, new object[] { point, gradient, hessian })!;
            return (value, gradient, hessian);
        }

        private static string Key(string expression, string[] parameters) => expression + "|" + string.Join(",", parameters);
    }
}
