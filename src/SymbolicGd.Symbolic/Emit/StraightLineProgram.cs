using System;
using System.Collections.Generic;

namespace SymbolicGd.Symbolic
{
    /// <summary>
    /// The operations needed for a set of outputs, with the decision of which ones get a local:
    /// every operation used more than once (CSE across value, gradient and Hessian), every
    /// operand of a sign test, parameters read through a non-identifier expression, and any
    /// operation whose inlined text would nest too deeply.
    /// </summary>
    internal sealed class StraightLineProgram
    {
        private const int MaxInlineHeight = 12;

        private StraightLineProgram(Op[] outputs, List<Op> locals, int operationCount)
        {
            Outputs = outputs;
            Locals = locals;
            OperationCount = operationCount;
        }

        /// <summary>The operation of each requested output, in request order.</summary>
        public Op[] Outputs { get; }

        /// <summary>Operations held in locals, in evaluation (topological) order.</summary>
        public List<Op> Locals { get; }

        /// <summary>Arithmetic operations (+ - * /, unary minus, each call, each sign test and select) the program performs.</summary>
        public int OperationCount { get; }

        public static StraightLineProgram Build(IReadOnlyList<Expr> roots, Func<int, bool> parameterNeedsLocal, IReadOnlyDictionary<Expr, int>? accumulators = null)
        {
            var lowering = new ProgramLowering(accumulators);
            Op[] outputs = lowering.Lower(roots);

            var uses = new Dictionary<Op, int>();
            var reachable = new List<Op>();
            var stack = new Stack<Op>();
            foreach (Op output in outputs)
            {
                if (!uses.ContainsKey(output))
                {
                    uses[output] = 0;
                    reachable.Add(output);
                    stack.Push(output);
                }

                uses[output]++;
            }

            while (stack.Count > 0)
            {
                Op op = stack.Pop();
                int weight = op.Kind == OpKind.Sign ? 2 : 1;
                foreach (Op operand in op.Operands)
                {
                    if (!uses.TryGetValue(operand, out int count))
                    {
                        reachable.Add(operand);
                        stack.Push(operand);
                    }

                    uses[operand] = count + weight;
                }
            }

            reachable.Sort((a, b) => a.Id.CompareTo(b.Id));
            var isLocal = new HashSet<Op>();
            var height = new Dictionary<Op, int>();
            int operations = 0;
            foreach (Op op in reachable)
            {
                if (op.Kind == OpKind.Parameter)
                {
                    if (parameterNeedsLocal(op.Index))
                    {
                        isLocal.Add(op);
                    }

                    height[op] = 0;
                    continue;
                }

                if (op.Kind == OpKind.Constant || op.Operands.Length == 0)
                {
                    height[op] = 0;
                    continue;
                }

                operations++;
                int h = 0;
                foreach (Op operand in op.Operands)
                {
                    h = Math.Max(h, InlineHeight(operand, isLocal, height));
                }

                h++;
                height[op] = h;
                if (uses[op] >= 2 || h > MaxInlineHeight)
                {
                    isLocal.Add(op);
                }
            }

            var locals = new List<Op>();
            foreach (Op op in reachable)
            {
                if (isLocal.Contains(op))
                {
                    locals.Add(op);
                }
            }

            return new StraightLineProgram(outputs, locals, operations);
        }

        private static int InlineHeight(Op op, HashSet<Op> isLocal, Dictionary<Op, int> height) =>
            isLocal.Contains(op) ? 0 : height[op];
    }
}
