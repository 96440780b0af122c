using System;
using System.Collections.Generic;
using System.Globalization;

namespace SymbolicGd.Symbolic
{
    /// <summary>What the pass over the samples needs to be written: names the caller chose.</summary>
    internal sealed record SampleLoopRequest
    {
        /// <summary>The C# expression of each variable (theta_i), a plain identifier.</summary>
        public IReadOnlyList<string> Variables { get; init; } = Array.Empty<string>();

        /// <summary>The C# expression of each fixed value.</summary>
        public IReadOnlyList<string> FixedValues { get; init; } = Array.Empty<string>();

        /// <summary>Each column's span (the scalar tail reads "x[i]").</summary>
        public IReadOnlyList<string> Columns { get; init; } = Array.Empty<string>();

        /// <summary>Each column's <c>ref double</c> to its first element (the vector loop loads from it).</summary>
        public IReadOnlyList<string> ColumnReferences { get; init; } = Array.Empty<string>();

        /// <summary>The sample index.</summary>
        public string Index { get; init; } = "i";

        /// <summary>The vector class: "global::System.Runtime.Intrinsics.Vector256" or "...Vector512".</summary>
        public string Vector { get; init; } = "global::System.Runtime.Intrinsics.Vector256";

        /// <summary>Whether the vector class has Exp and Log (the consumer targets .NET 9 or later).</summary>
        public bool VectorExpLog { get; init; }

        /// <summary>Whether the vector class has FusedMultiplyAdd (.NET 9 and later): a*b + c and acc += a*b fuse.</summary>
        public bool FusedMultiplyAdd { get; init; }

        /// <summary>Names of the vector accumulators (prefix + k) and of the scalar ones.</summary>
        public string VectorAccumulator { get; init; } = "acc";

        public string ScalarAccumulator { get; init; } = "s";

        /// <summary>Prefixes of hoisted scalars, their broadcasts, per-sample locals and column loads.</summary>
        public string Hoisted { get; init; } = "h";

        public string Broadcast { get; init; } = "v";

        public string Local { get; init; } = "t";

        public string Load { get; init; } = "c";
    }

    /// <summary>The statements of one fused pass over the samples (no layout, no declarations of accumulators).</summary>
    internal sealed class SampleLoop
    {
        public SampleLoop(IReadOnlyList<Expr> sums, IReadOnlyList<string> hoisted, IReadOnlyList<string> broadcasts, IReadOnlyList<string> vectorBody, IReadOnlyList<string> scalarBody, IReadOnlyList<int> columns)
        {
            Sums = sums;
            Hoisted = hoisted;
            Broadcasts = broadcasts;
            VectorBody = vectorBody;
            ScalarBody = scalarBody;
            Columns = columns;
        }

        /// <summary>The sums accumulated, in accumulator order: sum k adds into acc k / s k.</summary>
        public IReadOnlyList<Expr> Sums { get; }

        /// <summary>Scalars of theta and fixed values alone, computed once before the loop: "double h0 = a * b;".</summary>
        public IReadOnlyList<string> Hoisted { get; }

        /// <summary>The loop's invariants as vectors, before the loop: "var v0 = Vector256.Create(h0);".</summary>
        public IReadOnlyList<string> Broadcasts { get; }

        /// <summary>One step of the vector loop: column loads, locals, and "acc0 += ...;".</summary>
        public IReadOnlyList<string> VectorBody { get; }

        /// <summary>One sample of the scalar tail: "double c0 = x[i];", locals, and "s0 += ...;".</summary>
        public IReadOnlyList<string> ScalarBody { get; }

        /// <summary>The columns the loop reads (indices), ascending.</summary>
        public IReadOnlyList<int> Columns { get; }
    }

    /// <summary>
    /// Emits the fused pass over the samples of a data loss: every sum over samples that value,
    /// gradient and Hessian read is one accumulator; their per-sample bodies form one straight-line
    /// program (shared subexpressions computed once per sample); what depends on theta and fixed
    /// values alone is hoisted out of the loop and broadcast. The same program is printed twice:
    /// across samples on vectors, and for one sample (the tail) on doubles.
    /// </summary>
    /// <remarks>
    /// For <c>mean((a + b*x - y)^2)</c>, value and gradient (the generator adds the loop around it):
    /// <code>
    /// var v0 = Vector256.Create(a);  var v1 = Vector256.Create(b);
    ///     var c0 = Vector256.LoadUnsafe(ref r0, (nuint)i);  var c1 = ...;
    ///     var t0 = v0 + v1 * c0 - c1;
    ///     acc0 += t0;  acc1 += t0 * c0;  acc2 += t0 * t0;
    /// </code>
    /// </remarks>
    internal static class SampleLoopEmitter
    {
        private const int MaxInlineHeight = 12;

        /// <summary>The sums over samples that <paramref name="roots"/> read, in a deterministic order (creation order in the DAG).</summary>
        public static List<Expr> Sums(IReadOnlyList<Expr> roots)
        {
            var sums = new List<Expr>();
            foreach (Expr node in Topology.Sorted(roots, enterSums: false))
            {
                if (node.Kind == ExprKind.Sum)
                {
                    sums.Add(node);
                }
            }

            return sums;
        }

        public static SampleLoop Emit(IReadOnlyList<Expr> sums, SampleLoopRequest request)
        {
            var bodies = new Expr[sums.Count];
            for (int k = 0; k < bodies.Length; k++)
            {
                bodies[k] = sums[k].Args[0];
            }

            Op[] outputs = new ProgramLowering(null, spellOut: true).Lower(bodies);
            List<Op> ops = Reachable(outputs);

            var varying = new HashSet<Op>();
            foreach (Op op in ops)
            {
                if (op.Kind == OpKind.Column || Array.Exists(op.Operands, varying.Contains))
                {
                    varying.Add(op);
                }
            }

            // Uses inside the loop (by varying operations and the outputs) and before it.
            var loopUses = new Dictionary<Op, int>();
            var hoistUses = new Dictionary<Op, int>();
            foreach (Op op in ops)
            {
                Dictionary<Op, int> uses = varying.Contains(op) ? loopUses : hoistUses;
                int weight = op.Kind == OpKind.Sign ? 2 : 1;
                foreach (Op operand in op.Operands)
                {
                    uses[operand] = (uses.TryGetValue(operand, out int n) ? n : 0) + weight;
                }
            }

            foreach (Op output in outputs)
            {
                loopUses[output] = (loopUses.TryGetValue(output, out int n) ? n : 0) + 1;
            }

            // The invariants the loop reads: broadcast once; computed before it when not a leaf.
            var invariants = new List<Op>();
            foreach (Op op in ops)
            {
                if (!varying.Contains(op) && loopUses.ContainsKey(op))
                {
                    invariants.Add(op);
                }
            }

            // A sign test reads its operand three times in scalar code: the operand is a local.
            var signOperands = new HashSet<Op>();
            foreach (Op op in ops)
            {
                if (op.Kind == OpKind.Sign)
                {
                    signOperands.Add(op.A!);
                }
            }

            var scalarNames = new Dictionary<Op, string>();
            var vectorNames = new Dictionary<Op, string>();
            string Leaf(Op op) => op.Kind switch
            {
                OpKind.Parameter => request.Variables[op.Index],
                OpKind.Fixed => request.FixedValues[op.Index],
                _ => throw new InvalidOperationException("the loop reads no " + op.Kind + " outside a local"),
            };

            // Before the loop: scalar locals for the invariants that are computed, and for what
            // they share. An invariant is named when the loop reads it; inside the hoisted program
            // the usual rules (used twice, or nested too deeply) apply.
            var hoisted = new List<string>();
            var hoistPrinter = new OpPrinter(scalarNames, Leaf);
            var hoistHeight = new Dictionary<Op, int>();
            var invariantSet = new HashSet<Op>(invariants);
            foreach (Op op in ops)
            {
                if (varying.Contains(op) || op.Operands.Length == 0)
                {
                    continue;
                }

                int height = 1;
                foreach (Op operand in op.Operands)
                {
                    height = Math.Max(height, 1 + (scalarNames.ContainsKey(operand) || !hoistHeight.TryGetValue(operand, out int h) ? 0 : h));
                }

                hoistHeight[op] = height;
                int uses = hoistUses.TryGetValue(op, out int n) ? n : 0;
                if (invariantSet.Contains(op) || uses >= 2 || height > MaxInlineHeight || signOperands.Contains(op))
                {
                    string name = request.Hoisted + scalarNames.Count.ToString(CultureInfo.InvariantCulture);
                    hoisted.Add("double " + name + " = " + hoistPrinter.Definition(op) + ";");
                    scalarNames.Add(op, name);
                }
            }

            var broadcasts = new List<string>();
            foreach (Op op in invariants)
            {
                string scalar = op.Kind == OpKind.Constant ? CSharpEmitter.FormatDouble(op.Value) : scalarNames.TryGetValue(op, out string? local) ? local : Leaf(op);
                string name = request.Broadcast + vectorNames.Count.ToString(CultureInfo.InvariantCulture);
                broadcasts.Add("var " + name + " = " + request.Vector + ".Create(" + scalar + ");");
                vectorNames.Add(op, name);
            }

            // In the scalar tail, leaves and constants print themselves; hoisted ones by name.
            var tailNames = new Dictionary<Op, string>(scalarNames);
            foreach (Op op in invariants)
            {
                if (op.Operands.Length == 0 && op.Kind != OpKind.Constant)
                {
                    tailNames[op] = Leaf(op);
                }
            }

            var vectorBody = new List<string>();
            var scalarBody = new List<string>();
            var vectorPrinter = new OpPrinter(vectorNames, Leaf, request.Vector, request.VectorExpLog, request.FusedMultiplyAdd);
            var scalarPrinter = new OpPrinter(tailNames, Leaf);
            var columns = new SortedSet<int>();
            var loopHeight = new Dictionary<Op, int>();
            int locals = 0;
            foreach (Op op in ops)
            {
                if (!varying.Contains(op))
                {
                    continue;
                }

                if (op.Kind == OpKind.Column)
                {
                    string load = request.Load + op.Index.ToString(CultureInfo.InvariantCulture);
                    vectorBody.Add("var " + load + " = " + request.Vector + ".LoadUnsafe(ref " + request.ColumnReferences[op.Index] + ", (nuint)" + request.Index + ");");
                    scalarBody.Add("double " + load + " = " + request.Columns[op.Index] + "[" + request.Index + "];");
                    vectorNames.Add(op, load);
                    tailNames.Add(op, load);
                    columns.Add(op.Index);
                    loopHeight[op] = 0;
                    continue;
                }

                int height = 1;
                foreach (Op operand in op.Operands)
                {
                    height = Math.Max(height, 1 + (vectorNames.ContainsKey(operand) || !loopHeight.TryGetValue(operand, out int h) ? 0 : h));
                }

                loopHeight[op] = height;
                if (loopUses[op] >= 2 || height > MaxInlineHeight || signOperands.Contains(op))
                {
                    string name = request.Local + locals.ToString(CultureInfo.InvariantCulture);
                    locals++;
                    vectorBody.Add("var " + name + " = " + vectorPrinter.Definition(op) + ";");
                    scalarBody.Add("double " + name + " = " + scalarPrinter.Definition(op) + ";");
                    vectorNames.Add(op, name);
                    tailNames.Add(op, name);
                }
            }

            for (int k = 0; k < outputs.Length; k++)
            {
                string index = k.ToString(CultureInfo.InvariantCulture);
                string accumulator = request.VectorAccumulator + index;
                vectorBody.Add(vectorPrinter.FusableProduct(outputs[k]) is Op product
                    ? accumulator + " = " + vectorPrinter.FusedMultiplyAdd(product, accumulator) + ";"
                    : accumulator + " += " + vectorPrinter.Expression(outputs[k]) + ";");
                scalarBody.Add(request.ScalarAccumulator + index + " += " + scalarPrinter.Expression(outputs[k]) + ";");
            }

            return new SampleLoop(sums, hoisted, broadcasts, vectorBody, scalarBody, new List<int>(columns));
        }

        private static List<Op> Reachable(Op[] outputs)
        {
            var seen = new HashSet<Op>();
            var result = new List<Op>();
            var stack = new Stack<Op>();
            foreach (Op output in outputs)
            {
                if (seen.Add(output))
                {
                    stack.Push(output);
                }
            }

            while (stack.Count > 0)
            {
                Op op = stack.Pop();
                result.Add(op);
                foreach (Op operand in op.Operands)
                {
                    if (seen.Add(operand))
                    {
                        stack.Push(operand);
                    }
                }
            }

            result.Sort((a, b) => a.Id.CompareTo(b.Id));
            return result;
        }
    }
}
