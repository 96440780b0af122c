using System.Collections.Generic;

namespace SymbolicGd.Symbolic
{
    /// <summary>Iterative graph walks over the DAG (no recursion, so any depth is safe).</summary>
    internal static class Topology
    {
        /// <summary>Every node reachable from the roots, children before parents (ascending id).</summary>
        public static List<Expr> Sorted(IEnumerable<Expr> roots) => Sorted(roots, enterSums: true);

        /// <summary>Every node reachable from the roots, children before parents; with
        /// <paramref name="enterSums"/> false, a sum's body is not entered (its sum is listed).</summary>
        public static List<Expr> Sorted(IEnumerable<Expr> roots, bool enterSums)
        {
            var seen = new HashSet<Expr>();
            var result = new List<Expr>();
            var stack = new Stack<Expr>();
            foreach (Expr root in roots)
            {
                if (seen.Add(root))
                {
                    stack.Push(root);
                }
            }

            while (stack.Count > 0)
            {
                Expr node = stack.Pop();
                result.Add(node);
                if (!enterSums && node.Kind == ExprKind.Sum)
                {
                    continue;
                }

                foreach (Expr child in node.Args)
                {
                    if (seen.Add(child))
                    {
                        stack.Push(child);
                    }
                }
            }

            result.Sort((a, b) => a.Id.CompareTo(b.Id));
            return result;
        }
    }
}
