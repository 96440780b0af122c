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

        /// <summary>Straight-line C# statements, one per element, in execution order (no braces around them).</summary>
        public static IReadOnlyList<string> EmitStatements(LossDefinition loss, EmitRequest request)
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

            var targets = new List<string?>();
            (List<Expr> roots, StraightLineProgram program) = Program(loss, request, targets, i => !Identifier.IsMatch(request.Parameters[i]));
            string prefix = ChoosePrefix(request);

            var names = new Dictionary<Op, string>();
            var statements = new List<string>(program.Locals.Count + roots.Count);
            var expression = new StringBuilder();
            foreach (Op local in program.Locals)
            {
                expression.Clear();
                if (local.Kind == OpKind.Parameter)
                {
                    expression.Append(request.Parameters[local.Index]);
                }
                else
                {
                    WriteDefinition(local, expression, names, request);
                }

                string name = prefix + names.Count.ToString(CultureInfo.InvariantCulture);
                names.Add(local, name);
                statements.Add("double " + name + " = " + expression + ";");
            }

            for (int i = 0; i < roots.Count; i++)
            {
                expression.Clear();
                Write(program.Outputs[i], expression, names, request, leftmost: true);
                statements.Add((targets[i] == null ? "return " : targets[i] + " = ") + expression + ";");
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

        // t0, t1, ... unless some tK (or uK, ...) already names something in the request.
        internal static string ChoosePrefix(EmitRequest request)
        {
            var identifiers = new HashSet<string>(StringComparer.Ordinal);
            var sources = new List<string>(request.Parameters);
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

        // The defining expression of a local (its own name is not yet assigned).
        private static void WriteDefinition(Op op, StringBuilder text, Dictionary<Op, string> names, EmitRequest request) =>
            WriteOperation(op, text, names, request, leftmost: true);

        private static void Write(Op op, StringBuilder text, Dictionary<Op, string> names, EmitRequest request, bool leftmost)
        {
            if (names.TryGetValue(op, out string? name))
            {
                text.Append(name);
                return;
            }

            WriteOperation(op, text, names, request, leftmost);
        }

        private static void WriteOperation(Op op, StringBuilder text, Dictionary<Op, string> names, EmitRequest request, bool leftmost)
        {
            switch (op.Kind)
            {
                case OpKind.Constant:
                    {
                        string literal = FormatDouble(op.Value);
                        bool negative = literal[0] == '-' || literal == "double.NegativeInfinity";
                        text.Append(negative && !leftmost ? "(" + literal + ")" : literal);
                        return;
                    }

                case OpKind.Parameter:
                    text.Append(request.Parameters[op.Index]);
                    return;
                case OpKind.Add:
                case OpKind.Subtract:
                    Write(op.A!, text, names, request, leftmost);
                    text.Append(op.Kind == OpKind.Add ? " + " : " - ");
                    WriteOperand(op.B!, text, names, request, Precedence(op.B!, names) <= 1);
                    return;
                case OpKind.Multiply:
                case OpKind.Divide:
                    if (Precedence(op.A!, names) < 2)
                    {
                        WriteOperand(op.A!, text, names, request, parenthesize: true);
                    }
                    else
                    {
                        Write(op.A!, text, names, request, leftmost);
                    }

                    text.Append(op.Kind == OpKind.Multiply ? " * " : " / ");
                    WriteOperand(op.B!, text, names, request, Precedence(op.B!, names) <= 2);
                    return;
                case OpKind.Negate:
                    text.Append('-');
                    WriteOperand(op.A!, text, names, request, Precedence(op.A!, names) <= 3);
                    return;
                case OpKind.Call:
                    text.Append(op.Callee).Append('(');
                    for (int i = 0; i < op.Operands.Length; i++)
                    {
                        text.Append(i == 0 ? string.Empty : ", ");
                        Write(op.Operands[i], text, names, request, leftmost: true);
                    }

                    text.Append(')');
                    return;
                case OpKind.Pow:
                    text.Append("global::System.Math.Pow(");
                    Write(op.A!, text, names, request, leftmost: true);
                    text.Append(", ");
                    Write(op.B!, text, names, request, leftmost: true);
                    text.Append(')');
                    return;
                case OpKind.Sign:
                    {
                        var operand = new StringBuilder();
                        Write(op.A!, operand, names, request, leftmost: false);
                        string a = operand.ToString();
                        text.Append('(').Append(a).Append(" > 0.0 ? 1.0 : ").Append(a).Append(" < 0.0 ? -1.0 : ").Append(a).Append(" * 0.0)");
                        return;
                    }

                case OpKind.Select:
                    text.Append('(');
                    Write(op.A!, text, names, request, leftmost: false);
                    text.Append(" >= 0.0 ? ");
                    Write(op.B!, text, names, request, leftmost: false);
                    text.Append(" : ");
                    Write(op.C!, text, names, request, leftmost: false);
                    text.Append(')');
                    return;
                default:
                    throw new InvalidOperationException("unknown operation " + op.Kind);
            }
        }

        private static void WriteOperand(Op op, StringBuilder text, Dictionary<Op, string> names, EmitRequest request, bool parenthesize)
        {
            if (parenthesize)
            {
                text.Append('(');
                Write(op, text, names, request, leftmost: true);
                text.Append(')');
            }
            else
            {
                Write(op, text, names, request, leftmost: false);
            }
        }

        // 1: additive, 2: multiplicative, 3: unary minus (and negative literals), 4: primary.
        private static int Precedence(Op op, Dictionary<Op, string> names)
        {
            if (names.ContainsKey(op))
            {
                return 4;
            }

            switch (op.Kind)
            {
                case OpKind.Add:
                case OpKind.Subtract:
                    return 1;
                case OpKind.Multiply:
                case OpKind.Divide:
                    return 2;
                case OpKind.Negate:
                    return 3;
                case OpKind.Constant:
                    return FormatDouble(op.Value)[0] == '-' || double.IsNegativeInfinity(op.Value) ? 3 : 4;
                default:
                    return 4;
            }
        }
    }
}
