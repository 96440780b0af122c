using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace SymbolicGd.Symbolic
{
    /// <summary>
    /// Emits a loss as straight-line C# statements: one local per shared operation (shared across
    /// value, gradient and Hessian), integer powers as multiplications, invariant round-trip
    /// double literals, fully qualified calls. Output depends only on the loss and the request,
    /// byte for byte.
    /// </summary>
    /// <remarks>
    /// For <c>(1 - x)^2 + 100*(y - x^2)^2</c> with Parameters = ["x", "y"], GradientSpan =
    /// "gradient" and ReturnValue (EmitterTests pins these statements):
    /// <code>
    /// double t0 = 1.0 - x;
    /// double t1 = y - x * x;
    /// gradient[0] = -400.0 * t1 * x - 2.0 * t0;
    /// gradient[1] = 200.0 * t1;
    /// return t0 * t0 + 100.0 * (t1 * t1);
    /// </code>
    /// The statements carry no indentation or line breaks: laying them out is the caller's job.
    /// </remarks>
    internal static class CSharpEmitter
    {
        private static readonly Regex Identifier = new Regex("^@?[A-Za-z_][A-Za-z0-9_]*$", RegexOptions.CultureInvariant);
        private static readonly Regex IdentifierToken = new Regex("[A-Za-z_][A-Za-z0-9_]*", RegexOptions.CultureInvariant);
        private static readonly string[] Prefixes = { "t", "u", "v", "w", "tmp", "local" };

        /// <summary>The argument checks of every emitter: a loss without errors and one parameter expression per variable.</summary>
        internal static void RequireEmittable(LossDefinition loss, EmitRequest request)
        {
            if (loss == null)
            {
                throw new ArgumentNullException(nameof(loss));
            }

            if (request == null)
            {
                throw new ArgumentNullException(nameof(request));
            }

            if (loss.HasErrors)
            {
                throw new ArgumentException("the loss has errors; nothing can be emitted", nameof(loss));
            }

            if (request.Parameters.Count != loss.Dimension)
            {
                throw new ArgumentException("expected " + loss.Dimension.ToString(CultureInfo.InvariantCulture) + " parameter expressions", nameof(request));
            }
        }

        /// <summary>Straight-line C# statements, one per element, in execution order (no braces around them).</summary>
        public static IReadOnlyList<string> EmitStatements(LossDefinition loss, EmitRequest request)
        {
            RequireEmittable(loss, request);

            var targets = new List<string?>();
            (List<Expr> roots, StraightLineProgram program) = Program(loss, request, targets, i => !Identifier.IsMatch(request.Parameters[i]));
            string prefix = ChoosePrefix(request);

            var names = new Dictionary<Op, string>();
            var printer = new OpPrinter(names, op => Leaf(op, request));
            var statements = new List<string>(program.Locals.Count + roots.Count);
            foreach (Op local in program.Locals)
            {
                string expression = local.Kind == OpKind.Parameter ? request.Parameters[local.Index] : printer.Definition(local);
                string name = prefix + names.Count.ToString(CultureInfo.InvariantCulture);
                names.Add(local, name);
                statements.Add("double " + name + " = " + expression + ";");
            }

            for (int i = 0; i < roots.Count; i++)
            {
                statements.Add((targets[i] == null ? "return " : targets[i] + " = ") + printer.Expression(program.Outputs[i]) + ";");
            }

            return statements;
        }

        /// <summary>"3.0", "0.1", "-2.5E-07", "double.NaN": invariant culture, round-trip exact, always a double literal.</summary>
        public static string FormatDouble(double value)
        {
            if (double.IsNaN(value))
            {
                return "double.NaN";
            }

            if (double.IsPositiveInfinity(value))
            {
                return "double.PositiveInfinity";
            }

            if (double.IsNegativeInfinity(value))
            {
                return "double.NegativeInfinity";
            }

            string text = value.ToString("R", CultureInfo.InvariantCulture);
            if (text.IndexOf('.') < 0 && text.IndexOf('E') < 0)
            {
                text += ".0";
            }

            return text;
        }

        /// <summary>
        /// The outputs the request asks for, in emission order: gradient, the full Hessian
        /// row-major, then the returned one; each one's target is added to
        /// <paramref name="targets"/> (null for the return).
        /// </summary>
        internal static List<Expr> Outputs(LossOutputs outputs, EmitRequest request, List<string?> targets)
        {
            var roots = new List<Expr>();
            int n = outputs.Dimension;
            if (request.GradientSpan != null)
            {
                for (int i = 0; i < n; i++)
                {
                    roots.Add(outputs.Gradient[i]);
                    targets.Add(request.GradientSpan + "[" + i.ToString(CultureInfo.InvariantCulture) + "]");
                }
            }

            if (request.HessianSpan != null)
            {
                for (int i = 0; i < n; i++)
                {
                    for (int j = 0; j < n; j++)
                    {
                        roots.Add(outputs.Hessian(i, j));
                        targets.Add(request.HessianSpan + "[" + ((i * n) + j).ToString(CultureInfo.InvariantCulture) + "]");
                    }
                }
            }

            Expr? returned = request.ReturnValue ? outputs.Value
                : request.ReturnGradientIndex is int g ? outputs.Gradient[g]
                : request.ReturnSecondDerivative ? outputs.Hessian(0, 0)
                : null;
            if (returned != null)
            {
                roots.Add(returned);
                targets.Add(null);
            }

            return roots;
        }

        /// <summary>
        /// The program for the request: the factored outputs with the fewest operations when they
        /// need fewer than the simplified ones (a factored sum can cost a sharing elsewhere).
        /// </summary>
        internal static (List<Expr> Roots, StraightLineProgram Program) Program(LossDefinition loss, EmitRequest request, List<string?> targets, Func<int, bool> parameterNeedsLocal)
        {
            List<Expr> roots = Outputs(loss.Outputs, request, targets);
            if (loss.IsDataLoss)
            {
                // The sums come from the pass over the data; the factored forms have other sums.
                return (roots, StraightLineProgram.Build(roots, parameterNeedsLocal, Accumulators(request)));
            }

            StraightLineProgram program = StraightLineProgram.Build(roots, parameterNeedsLocal);
            foreach (LossOutputs form in loss.Factored)
            {
                List<Expr> factoredRoots = Outputs(form, request, new List<string?>());
                StraightLineProgram factored = StraightLineProgram.Build(factoredRoots, parameterNeedsLocal);
                if (factored.OperationCount < program.OperationCount)
                {
                    (roots, program) = (factoredRoots, factored);
                }
            }

            return (roots, program);
        }

        private static Dictionary<Expr, int> Accumulators(EmitRequest request)
        {
            var accumulators = new Dictionary<Expr, int>();
            for (int k = 0; k < request.Sums.Count; k++)
            {
                accumulators.Add(request.Sums[k], k);
            }

            return accumulators;
        }

        private static string Leaf(Op op, EmitRequest request) => op.Kind switch
        {
            OpKind.Parameter => request.Parameters[op.Index],
            OpKind.Fixed => request.FixedValues[op.Index],
            OpKind.SampleCount => request.SampleCount ?? throw new InvalidOperationException("the request names no sample count"),
            OpKind.Accumulator => (request.SumsSpan ?? throw new InvalidOperationException("the request names no sums")) + "[" + op.Index.ToString(CultureInfo.InvariantCulture) + "]",
            _ => throw new InvalidOperationException("a column is read only in the pass over the samples"),
        };

        // t0, t1, ... unless some tK (or uK, ...) already names something in the request.
        internal static string ChoosePrefix(EmitRequest request)
        {
            var identifiers = new HashSet<string>(StringComparer.Ordinal);
            var sources = new List<string>(request.Parameters);
            sources.AddRange(request.FixedValues);
            sources.AddRange(request.ReservedNames);
            if (request.SumsSpan != null)
            {
                sources.Add(request.SumsSpan);
            }
            if (request.GradientSpan != null)
            {
                sources.Add(request.GradientSpan);
            }

            if (request.HessianSpan != null)
            {
                sources.Add(request.HessianSpan);
            }

            foreach (string source in sources)
            {
                foreach (Match match in IdentifierToken.Matches(source))
                {
                    identifiers.Add(match.Value);
                }
            }

            foreach (string candidate in Prefixes)
            {
                if (!Collides(candidate, identifiers))
                {
                    return candidate;
                }
            }

            string prefix = "t_";
            while (Collides(prefix, identifiers))
            {
                prefix += "_";
            }

            return prefix;
        }

        private static bool Collides(string prefix, HashSet<string> identifiers)
        {
            foreach (string identifier in identifiers)
            {
                if (identifier.Length > prefix.Length && identifier.StartsWith(prefix, StringComparison.Ordinal) && IsDigits(identifier, prefix.Length))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool IsDigits(string text, int start)
        {
            for (int i = start; i < text.Length; i++)
            {
                if (text[i] < '0' || text[i] > '9')
                {
                    return false;
                }
            }

            return true;
        }
    }
}
