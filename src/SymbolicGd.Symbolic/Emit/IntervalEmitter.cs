using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace SymbolicGd.Symbolic
{
    /// <summary>
    /// The interval twin of <see cref="CSharpEmitter"/>: the same straight-line program (the same
    /// operations, the same locals, so the same common subexpressions) over
    /// <c>SymbolicGd.Interval</c> instead of double, so that it encloses what the point code
    /// computes at every point of a box. Each operation maps to its enclosure
    /// (docs/design/interval.md), in the tightest form that still contains the point code's
    /// double: x * x and the multiplication chains of integer powers become
    /// <c>Interval.Pow(x, n)</c> (x * x cannot know its factors are equal, so it does not start
    /// at 0 across 0), and the spelled-out stable forms of sigmoid and softplus (built around one
    /// exp(-|z|)) become <c>Interval.Sigmoid(z)</c> and <c>Interval.Softplus(z)</c>, which are
    /// monotone and so exact up to rounding, where the spelled-out parts would each see the
    /// whole box and lose that the parts depend on the same z.
    /// </summary>
    /// <remarks>
    /// For <c>(1 - x)^2 + 100*(y - x^2)^2</c> with Parameters = ["box[0]", "box[1]"] and value,
    /// gradient and Hessian requested:
    /// <code>
    /// global::SymbolicGd.Interval t0 = box[0];
    /// global::SymbolicGd.Interval t1 = box[1];
    /// global::SymbolicGd.Interval t2 = 1.0 - t0;
    /// global::SymbolicGd.Interval t3 = global::SymbolicGd.Interval.Pow(t0, 2);
    /// ...
    /// return global::SymbolicGd.Interval.Pow(t2, 2) + 100.0 * global::SymbolicGd.Interval.Pow(t4, 2);
    /// </code>
    /// Doubles convert to point intervals implicitly, so literals stay literals.
    /// </remarks>
    internal static class IntervalEmitter
    {
        private const string Interval = "global::SymbolicGd.Interval";
        private const string SigmoidCallee = "global::SymbolicGd.SymbolicMath.Sigmoid";

        private static readonly Regex Identifier = new Regex("^@?[A-Za-z_][A-Za-z0-9_]*$", RegexOptions.CultureInvariant);

        // Every function the lowering calls, by the name Interval gives its enclosure.
        private static readonly Dictionary<string, string> Callees = BuildCallees();

        /// <summary>
        /// The interval statements for <paramref name="request"/>: locals and every output but
        /// the returned one in <see cref="IntervalStatements.Statements"/>, the test of whether
        /// the gradient may jump in the box in <see cref="IntervalStatements.JumpCondition"/>,
        /// and the return last.
        /// </summary>
        public static IntervalStatements EmitStatements(LossDefinition loss, EmitRequest request)
        {
            CSharpEmitter.RequireEmittable(loss, request);

            var targets = new List<string?>();
            (List<Expr> roots, StraightLineProgram program) = CSharpEmitter.Program(loss, request, targets, i => !Identifier.IsMatch(request.Parameters[i]));
            var writer = new Writer(request);

            // What the interval code reaches: a fused form reads only its z, a power chain only its
            // base, so the exps and products inside them need no interval local of their own.
            var reachable = new HashSet<Op>();
            var stack = new Stack<Op>(program.Outputs);
            while (stack.Count > 0)
            {
                Op op = stack.Pop();
                if (reachable.Add(op))
                {
                    foreach (Op operand in writer.Operands(op))
                    {
                        stack.Push(operand);
                    }
                }
            }

            string prefix = CSharpEmitter.ChoosePrefix(request);
            var statements = new List<string>(program.Locals.Count + roots.Count);
            var expression = new StringBuilder();
            foreach (Op local in program.Locals)
            {
                if (!reachable.Contains(local))
                {
                    continue;
                }

                expression.Clear();
                if (local.Kind == OpKind.Parameter)
                {
                    expression.Append(request.Parameters[local.Index]);
                }
                else
                {
                    writer.WriteOperation(local, expression, leftmost: true);
                }

                string name = prefix + writer.Names.Count.ToString(CultureInfo.InvariantCulture);
                writer.Names.Add(local, name);
                statements.Add(Interval + " " + name + " = " + expression + ";");
            }

            string? returned = null;
            for (int i = 0; i < roots.Count; i++)
            {
                expression.Clear();
                writer.Write(program.Outputs[i], expression, leftmost: true);
                if (targets[i] == null)
                {
                    returned = "return " + expression + ";";
                }
                else
                {
                    statements.Add(targets[i] + " = " + expression + ";");
                }
            }

            return new IntervalStatements(statements, JumpCondition(program, targets, request, writer), returned);
        }

        // The gradient jumps where the argument of a sign term (the derivative of abs) changes
        // sign: a sign the value or the gradient reads, whose argument's enclosure has members on
        // both sides of 0 (touching 0 from one side is no jump: there the argument's derivative
        // along the segment vanishes or the segment ends). A sign read only by the Hessian makes
        // the Hessian jump, which its enclosure [-1, 1] of the sign already covers.
        private static string? JumpCondition(StraightLineProgram program, List<string?> targets, EmitRequest request, Writer writer)
        {
            string gradientPrefix = request.GradientSpan + "[";
            var signs = new List<Op>();
            var seen = new HashSet<Op>();
            var stack = new Stack<Op>();
            for (int i = 0; i < program.Outputs.Length; i++)
            {
                string? target = targets[i];
                if (target == null || (request.GradientSpan != null && target.StartsWith(gradientPrefix, StringComparison.Ordinal)))
                {
                    stack.Push(program.Outputs[i]);
                }
            }

            while (stack.Count > 0)
            {
                Op op = stack.Pop();
                if (!seen.Add(op))
                {
                    continue;
                }

                if (op.Kind == OpKind.Sign)
                {
                    signs.Add(op);
                }

                foreach (Op operand in writer.Operands(op))
                {
                    stack.Push(operand);
                }
            }

            signs.Sort((a, b) => a.Id.CompareTo(b.Id));
            var terms = new List<string>();
            foreach (Op sign in signs)
            {
                // The operand of a sign test is a local (the point code reads it three times) or a
                // constant, whose sign cannot change.
                if (sign.A!.Kind == OpKind.Constant)
                {
                    continue;
                }

                string argument = writer.Names[sign.A];
                terms.Add(argument + ".Lower < 0.0 && " + argument + ".Upper > 0.0");
            }

            return terms.Count switch
            {
                0 => null,
                1 => terms[0],
                _ => "(" + string.Join(") || (", terms) + ")",
            };
        }

        private static Dictionary<string, string> BuildCallees()
        {
            var map = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (string name in new[] { "Exp", "Log", "Sqrt", "Sin", "Cos", "Tan", "Asin", "Acos", "Atan", "Sinh", "Cosh", "Tanh", "Abs", "Max" })
            {
                map.Add("global::System.Math." + name, Interval + "." + name);
            }

            foreach (string name in new[] { "Sigmoid", "Softplus", "Log1p", "Hypot", "ZeroAtNormZero" })
            {
                map.Add("global::SymbolicGd.SymbolicMath." + name, Interval + "." + name);
            }

            return map;
        }

        /// <summary>The interval form of a point callee; an unknown one is an internal error (a diagnostic), never wrong code.</summary>
        internal static string IntervalCallee(string pointCallee) =>
            Callees.TryGetValue(pointCallee, out string? callee)
                ? callee
                : throw new InvalidOperationException("no interval enclosure for the call of " + pointCallee);

        // Writes operations in interval form; the names of the locals written so far are in Names.
        private sealed class Writer : InfixWriter
        {
            private readonly EmitRequest _request;
            private readonly Dictionary<Op, (Op Base, long Exponent)> _chains = new Dictionary<Op, (Op Base, long Exponent)>();
            private readonly Dictionary<Op, Fused?> _fused = new Dictionary<Op, Fused?>();

            public Writer(EmitRequest request)
                : base(new Dictionary<Op, string>())
            {
                _request = request;
            }

            private enum Fused
            {
                Sigmoid,
                Softplus,
            }

            /// <summary>The operations the interval form of <paramref name="op"/> reads.</summary>
            public IEnumerable<Op> Operands(Op op)
            {
                if (FusedKind(op) != null)
                {
                    return new[] { SingleOperand(op) };
                }

                (Op b, long n) = Chain(op);
                return n >= 2 ? new[] { b } : op.Operands;
            }

            /// <inheritdoc/>
            public override void WriteOperation(Op op, StringBuilder text, bool leftmost)
            {
                if (FusedKind(op) is Fused fused)
                {
                    text.Append(Interval).Append(fused == Fused.Sigmoid ? ".Sigmoid(" : ".Softplus(");
                    Write(SingleOperand(op), text, leftmost: true);
                    text.Append(')');
                    return;
                }

                (Op chainBase, long exponent) = Chain(op);
                if (exponent >= 2)
                {
                    text.Append(Interval).Append(".Pow(");
                    Write(chainBase, text, leftmost: true);
                    text.Append(", ").Append(exponent.ToString(CultureInfo.InvariantCulture)).Append(')');
                    return;
                }

                switch (op.Kind)
                {
                    case OpKind.Constant:
                        WriteLiteral(op.Value, text, leftmost);
                        return;

                    case OpKind.Parameter:
                        text.Append(_request.Parameters[op.Index]);
                        return;
                    case OpKind.Call:
                        WriteCall(IntervalCallee(op.Callee!), op.Operands, text);
                        return;
                    case OpKind.Pow:
                        // A constant exponent is a double literal: Interval.Pow(Interval, double),
                        // Math.Pow's semantics; a varying one Interval.Pow(Interval, Interval).
                        WriteCall(Interval + ".Pow", op.Operands, text);
                        return;
                    case OpKind.Sign:
                        WriteCall(Interval + ".Sign", op.Operands, text);
                        return;
                    case OpKind.Select:
                        WriteCall(Interval + ".IfNonNegative", op.Operands, text);
                        return;
                    default:
                        if (!TryWriteArithmetic(op, text, leftmost))
                        {
                            throw new InvalidOperationException("unknown operation " + op.Kind);
                        }

                        return;
                }
            }

            private static Op SingleOperand(Op fused) => fused.Kind == OpKind.Multiply ? fused.A!.A! : fused.A!.A!.A!;

            // Locals, calls, integer powers and the fused sigmoid and softplus are primary.
            protected override int Precedence(Op op) =>
                Names.ContainsKey(op) || FusedKind(op) != null || Chain(op).Exponent >= 2 ? 4 : ArithmeticPrecedence(op);

            // op as ProgramLowering.IntegerPower builds b^n: b * b for n = 2, h * h for an even n
            // with h = b^(n/2), and b^(n-1) * b for an odd n. Only that exact structure counts, so
            // that Interval.Pow, which follows the same chain with outward rounding, contains the
            // point code's products. (op, 1) for anything else.
            private (Op Base, long Exponent) Chain(Op op)
            {
                if (_chains.TryGetValue(op, out (Op Base, long Exponent) known))
                {
                    return known;
                }

                (Op Base, long Exponent) result = (op, 1);
                if (op.Kind == OpKind.Multiply && FusedKind(op) == null)
                {
                    if (op.A == op.B)
                    {
                        (Op b, long k) = Chain(op.A!);
                        result = (b, 2 * k);
                    }
                    else
                    {
                        (Op b, long k) = Chain(op.A!);
                        if (k >= 2 && k % 2 == 0 && b == op.B)
                        {
                            result = (b, k + 1);
                        }
                    }
                }

                _chains[op] = result;
                return result;
            }

            // The spelled-out stable forms of ProgramLowering.SharedExp, by structure:
            //   sigmoid(z)  = (z >= 0 ? 1 : e) * r
            //   softplus(z) = max(z, 0) + log(d) + (e - (d - 1)) * r
            // with e = exp(-|z|), d = 1 + e, r = 1 / d.
            private Fused? FusedKind(Op op)
            {
                if (_fused.TryGetValue(op, out Fused? known))
                {
                    return known;
                }

                Fused? result = null;
                if (op.Kind == OpKind.Multiply && op.A!.Kind == OpKind.Select && op.A.Operands.Length == 3
                    && IsConstant(op.A.B!, 1.0) && IsReciprocalOfOnePlus(op.B!, op.A.C!) && IsExpOfMinusAbs(op.A.C!, op.A.A!))
                {
                    result = Fused.Sigmoid;
                }
                else if (op.Kind == OpKind.Add && op.A!.Kind == OpKind.Add && op.B!.Kind == OpKind.Multiply
                    && op.A.A!.Kind == OpKind.Call && op.A.A.Callee == "global::System.Math.Max" && op.A.A.Operands.Length == 2 && IsConstant(op.A.A.B!, 0.0)
                    && op.A.B!.Kind == OpKind.Call && op.A.B.Callee == "global::System.Math.Log" && op.A.B.Operands.Length == 1)
                {
                    Op z = op.A.A.A!, d = op.A.B.A!, correction = op.B.A!, r = op.B.B!;
                    if (d.Kind == OpKind.Add && IsConstant(d.A!, 1.0) && IsExpOfMinusAbs(d.B!, z)
                        && IsReciprocalOfOnePlus(r, d.B!)
                        && correction.Kind == OpKind.Subtract && correction.A == d.B
                        && correction.B!.Kind == OpKind.Subtract && correction.B.A == d && IsConstant(correction.B.B!, 1.0))
                    {
                        result = Fused.Softplus;
                    }
                }

                _fused[op] = result;
                return result;
            }

            private static bool IsConstant(Op op, double value) => op.Kind == OpKind.Constant && op.Value.Equals(value);

            // e = exp(-|z|).
            private static bool IsExpOfMinusAbs(Op e, Op z) =>
                e.Kind == OpKind.Call && e.Callee == "global::System.Math.Exp" && e.Operands.Length == 1
                && e.A!.Kind == OpKind.Negate && e.A.A!.Kind == OpKind.Call && e.A.A.Callee == "global::System.Math.Abs" && e.A.A.A == z;

            // r = 1 / (1 + e).
            private static bool IsReciprocalOfOnePlus(Op r, Op e) =>
                r.Kind == OpKind.Divide && IsConstant(r.A!, 1.0) && r.B!.Kind == OpKind.Add && IsConstant(r.B.A!, 1.0) && r.B.B == e;
        }
    }

    /// <summary>What <see cref="IntervalEmitter.EmitStatements"/> writes, for the caller to lay out.</summary>
    internal sealed class IntervalStatements
    {
        public IntervalStatements(IReadOnlyList<string> statements, string? jumpCondition, string? returnStatement)
        {
            Statements = statements;
            JumpCondition = jumpCondition;
            ReturnStatement = returnStatement;
        }

        /// <summary>The locals, then "target = enclosure;" for every output except the returned one.</summary>
        public IReadOnlyList<string> Statements { get; }

        /// <summary>
        /// A C# condition over the locals that is true when the gradient may jump inside the box
        /// (so no Hessian bounds the curvature there); null when it cannot (no abs).
        /// </summary>
        public string? JumpCondition { get; }

        /// <summary>"return enclosure;", or null when nothing is returned.</summary>
        public string? ReturnStatement { get; }
    }
}
