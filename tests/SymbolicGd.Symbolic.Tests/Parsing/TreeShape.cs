using System.Collections.Generic;
using SymbolicGd.Symbolic.Syntax;

namespace SymbolicGd.Symbolic.Tests.Parsing
{
    /// <summary>Walks a tree without recursion (the tree under test may be arbitrarily deep).</summary>
    internal static class TreeShape
    {
        public static IEnumerable<SyntaxNode> Children(SyntaxNode node)
        {
            switch (node)
            {
                case NegateSyntax negate:
                    yield return negate.Operand;
                    break;
                case SumSyntax sum:
                    foreach (Operand term in sum.Terms)
                    {
                        yield return term.Node;
                    }

                    break;
                case ProductSyntax product:
                    foreach (Operand factor in product.Factors)
                    {
                        yield return factor.Node;
                    }

                    break;
                case PowerSyntax power:
                    yield return power.Base;
                    yield return power.Exponent;
                    break;
                case CallSyntax call:
                    foreach (SyntaxNode argument in call.Arguments)
                    {
                        yield return argument;
                    }

                    break;
            }
        }

        /// <summary>The number of nodes on the longest root-to-leaf path.</summary>
        public static int Depth(SyntaxNode root)
        {
            int deepest = 0;
            var pending = new Stack<(SyntaxNode Node, int Depth)>();
            pending.Push((root, 1));
            while (pending.Count > 0)
            {
                (SyntaxNode node, int depth) = pending.Pop();
                deepest = System.Math.Max(deepest, depth);
                foreach (SyntaxNode child in Children(node))
                {
                    pending.Push((child, depth + 1));
                }
            }

            return deepest;
        }

        public static IEnumerable<SyntaxNode> AllNodes(SyntaxNode root)
        {
            var pending = new Stack<SyntaxNode>();
            pending.Push(root);
            while (pending.Count > 0)
            {
                SyntaxNode node = pending.Pop();
                yield return node;
                foreach (SyntaxNode child in Children(node))
                {
                    pending.Push(child);
                }
            }
        }
    }
}
