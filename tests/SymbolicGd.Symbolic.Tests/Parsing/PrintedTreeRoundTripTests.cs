using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using CsCheck;
using SymbolicGd.Symbolic.Syntax;
using Xunit;

namespace SymbolicGd.Symbolic.Tests.Parsing
{
    /// <summary>
    /// Precedence and associativity as a property: a random tree, printed with only the
    /// parentheses the language's precedence rules require (and random whitespace), parses back to
    /// exactly the same tree. The printer here is written from the grammar, not from the parser.
    /// </summary>
    public class PrintedTreeRoundTripTests
    {
        private static readonly string[] Parameters = { "x", "y", "z" };

        private abstract class Expr
        {
        }

        private sealed class Num : Expr
        {
            public double Value;
        }

        private sealed class Var : Expr
        {
            public int Index;
        }

        private sealed class Const : Expr
        {
            public string Name = "";
        }

        private sealed class Neg : Expr
        {
            public Expr Operand = null!;
        }

        private sealed class NAry : Expr
        {
            public bool IsSum;
            public List<(bool Inverted, Expr Node)> Operands = new List<(bool, Expr)>();
        }

        private sealed class Pow : Expr
        {
            public Expr Base = null!, Exponent = null!;
        }

        private sealed class Call : Expr
        {
            public FunctionKind Function;
            public Expr[] Arguments = Array.Empty<Expr>();
        }

        private static Expr Build(Random random, int depth)
        {
            int choice = depth <= 0 ? random.Next(3) : random.Next(9);
            switch (choice)
            {
                case 0:
                    double[] numbers = { 0, 1, 2, 3, 0.5, 1.25, 1e-3, 2.5e4, 123456.789, 1e300 };
                    return new Num { Value = numbers[random.Next(numbers.Length)] };
                case 1:
                    return new Var { Index = random.Next(Parameters.Length) };
                case 2:
                    return random.Next(4) == 0 ? new Const { Name = random.Next(2) == 0 ? "pi" : "e" } : new Var { Index = random.Next(Parameters.Length) };
                case 3:
                    return new Neg { Operand = Build(random, depth - 1) };
                case 4:
                case 5:
                {
                    var node = new NAry { IsSum = choice == 4 };
                    int count = 2 + random.Next(3);
                    for (int i = 0; i < count; i++)
                    {
                        node.Operands.Add((i > 0 && random.Next(2) == 0, Build(random, depth - 1)));
                    }

                    return node;
                }

                case 6:
                case 7:
                    return new Pow { Base = Build(random, depth - 1), Exponent = Build(random, depth - 1) };
                default:
                {
                    // The closed-form functions: sum and mean need a data column (AggregateTests).
                    var function = (FunctionKind)random.Next((int)FunctionKind.Sum);
                    int arity = function == FunctionKind.Pow ? 2 : 1;
                    return new Call { Function = function, Arguments = Enumerable.Range(0, arity).Select(_ => Build(random, depth - 1)).ToArray() };
                }
            }
        }

        // Binding strength of what a node prints as: sum 1, product 2, negation 3, power 4, atom 5.
        private static int Strength(Expr e) => e switch
        {
            NAry { IsSum: true } => 1,
            NAry => 2,
            Neg => 3,
            Pow => 4,
            _ => 5,
        };

        private static void Print(Expr e, StringBuilder output, Random random)
        {
            string Space() => random.Next(4) switch { 0 => "", 1 => " ", 2 => "\n", _ => "\t " };

            void Operand(Expr child, int needed)
            {
                if (Strength(child) < needed)
                {
                    output.Append('(').Append(Space());
                    Print(child, output, random);
                    output.Append(Space()).Append(')');
                }
                else
                {
                    Print(child, output, random);
                }
            }

            switch (e)
            {
                case Num n:
                    output.Append(n.Value.ToString("R", CultureInfo.InvariantCulture));
                    break;
                case Var v:
                    output.Append(Parameters[v.Index]);
                    break;
                case Const c:
                    output.Append(c.Name);
                    break;
                case Neg neg:
                    output.Append('-').Append(Space());
                    Operand(neg.Operand, 3); // -(a*b) keeps its parentheses; -x^2 needs none
                    break;
                case NAry nary:
                    for (int i = 0; i < nary.Operands.Count; i++)
                    {
                        if (i > 0)
                        {
                            output.Append(Space()).Append(nary.IsSum ? (nary.Operands[i].Inverted ? '-' : '+') : (nary.Operands[i].Inverted ? '/' : '*')).Append(Space());
                        }

                        // A nested sum in a sum (or product in a product) is grouped: left-to-right
                        // n-ary chains would otherwise merge into one node.
                        Operand(nary.Operands[i].Node, nary.IsSum ? 2 : 3);
                    }

                    break;
                case Pow pow:
                    Operand(pow.Base, 5); // the base of '^' is an atom: (-x)^2, (x^y)^z
                    output.Append(Space()).Append('^').Append(Space());
                    Operand(pow.Exponent, 3); // x^-y and x^y^z need no parentheses
                    break;
                case Call call:
                    output.Append(call.Function.ToString().ToLowerInvariant()).Append('(');
                    for (int i = 0; i < call.Arguments.Length; i++)
                    {
                        output.Append(i > 0 ? "," + Space() : Space());
                        Print(call.Arguments[i], output, random);
                    }

                    output.Append(Space()).Append(')');
                    break;
            }
        }

        private static void AssertSameTree(Expr expected, SyntaxNode actual)
        {
            switch (expected)
            {
                case Num n:
                    Assert.Equal(n.Value, Assert.IsType<NumberSyntax>(actual).Value);
                    break;
                case Var v:
                    Assert.Equal(v.Index, Assert.IsType<ParameterSyntax>(actual).Index);
                    break;
                case Const c:
                    Assert.Equal(c.Name, Assert.IsType<ConstantSyntax>(actual).Name);
                    break;
                case Neg neg:
                    AssertSameTree(neg.Operand, Assert.IsType<NegateSyntax>(actual).Operand);
                    break;
                case NAry nary:
                {
                    IReadOnlyList<Operand> operands = nary.IsSum ? Assert.IsType<SumSyntax>(actual).Terms : Assert.IsType<ProductSyntax>(actual).Factors;
                    Assert.Equal(nary.Operands.Select(o => o.Inverted), operands.Select(o => o.Inverted));
                    for (int i = 0; i < operands.Count; i++)
                    {
                        AssertSameTree(nary.Operands[i].Node, operands[i].Node);
                    }

                    break;
                }

                case Pow pow:
                {
                    var power = Assert.IsType<PowerSyntax>(actual);
                    AssertSameTree(pow.Base, power.Base);
                    AssertSameTree(pow.Exponent, power.Exponent);
                    break;
                }

                case Call call:
                {
                    var node = Assert.IsType<CallSyntax>(actual);
                    Assert.Equal(call.Function, node.Function);
                    Assert.Equal(call.Arguments.Length, node.Arguments.Count);
                    for (int i = 0; i < call.Arguments.Length; i++)
                    {
                        AssertSameTree(call.Arguments[i], node.Arguments[i]);
                    }

                    break;
                }
            }
        }

        [Fact]
        public void Minimally_parenthesised_random_trees_parse_back_to_the_same_tree()
        {
            Gen.Int.Sample(seed =>
            {
                var random = new Random(seed);
                Expr tree = Build(random, depth: 1 + random.Next(6));
                var text = new StringBuilder();
                Print(tree, text, random);

                ParseResult result = Parser.Parse(text.ToString(), Parameters);

                Assert.True(result.Root is not null, text + ": " + string.Join("; ", result.Diagnostics.Select(d => d.Message)));
                ParseInvariants.Check(text.ToString(), result);
                AssertSameTree(tree, result.Root!);
            }, iter: 5_000);
        }
    }
}
