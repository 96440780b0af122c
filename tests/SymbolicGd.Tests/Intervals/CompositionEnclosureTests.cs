using System;
using System.Linq;
using CsCheck;
using Xunit;

namespace SymbolicGd.Tests.Intervals
{
    /// <summary>
    /// Random expression trees over every operation, evaluated in double at random members of a
    /// random box and in <see cref="Interval"/> over the box: every point result (NaN included,
    /// which only an undefined enclosure contains) lies in the enclosure. This is the property
    /// the emitted interval code relies on: operation by operation containment composes.
    /// </summary>
    public class CompositionEnclosureTests
    {
        [Fact]
        public void Ten_thousand_points_in_random_boxes_over_random_expressions_are_contained()
        {
            int pairs = 0, defined = 0, boxes = 0;
            Gen.Int.Sample(
                seed =>
                {
                    var rng = new Random(seed);
                    int variables = rng.Next(1, 4);
                    Node tree = Node.Random(rng, variables, depth: rng.Next(1, 5));
                    var box = new Interval[variables];
                    for (int i = 0; i < variables; i++)
                    {
                        double c = rng.Next(3) == 0 ? RandomBoxes.Scalar(rng) : (rng.NextDouble() - 0.5) * 6.0;
                        double h = rng.Next(4) == 0 ? 0.0 : Math.Abs(c + 1.0) * Math.Pow(10.0, -rng.Next(0, 12)) * rng.NextDouble();
                        box[i] = RandomBoxes.Ordered(c - h, c + h);
                    }

                    Interval enclosure = tree.Enclose(box);
                    boxes++;
                    if (enclosure.IsDefined)
                    {
                        defined++;
                    }

                    var point = new double[variables];
                    for (int k = 0; k < 12; k++)
                    {
                        for (int i = 0; i < variables; i++)
                        {
                            point[i] = k == 0 ? box[i].Lower : k == 1 ? box[i].Upper : RandomBoxes.Inside(box[i], rng.NextDouble());
                        }

                        double value = tree.Evaluate(point);
                        Assert.True(enclosure.Contains(value), $"{tree} at ({string.Join(", ", point.Select(p => p.ToString("R")))}) = {value:R} is not in {enclosure} over [{string.Join(", ", box)}]");
                        pairs++;
                    }
                },
                iter: 1_500,
                threads: 1);
            Assert.True(pairs >= 10_000, $"{pairs} point/box pairs");
            Assert.True(defined > boxes / 3, $"only {defined} of {boxes} enclosures are defined: the test would prove little");
        }

        /// <summary>A tiny expression tree: the test's own, independent of the engine.</summary>
        private sealed class Node
        {
            private static readonly string[] Unary = UnaryFunction.All.Select(f => f.Name).ToArray();

            private readonly string _op;
            private readonly Node[] _args;
            private readonly int _variable;
            private readonly double _constant;

            private Node(string op, Node[] args, int variable = -1, double constant = 0.0)
            {
                _op = op;
                _args = args;
                _variable = variable;
                _constant = constant;
            }

            public static Node Random(Random rng, int variables, int depth)
            {
                if (depth == 0 || rng.Next(5) == 0)
                {
                    return rng.Next(3) == 0
                        ? new Node("const", Array.Empty<Node>(), constant: Math.Round((rng.NextDouble() - 0.5) * 8.0, rng.Next(0, 3)))
                        : new Node("var", Array.Empty<Node>(), variable: rng.Next(variables));
                }

                switch (rng.Next(4))
                {
                    case 0:
                        return new Node(Unary[rng.Next(Unary.Length)], new[] { Random(rng, variables, depth - 1) });
                    case 1:
                        return new Node("lse", new[] { Random(rng, variables, depth - 1), Random(rng, variables, depth - 1), Random(rng, variables, depth - 1) }.Take(rng.Next(2, 4)).ToArray());
                    case 2:
                        return new Node("pow", new[] { Random(rng, variables, depth - 1), Random(rng, variables, depth - 1) });
                    default:
                        return new Node("+-*/"[rng.Next(4)].ToString(), new[] { Random(rng, variables, depth - 1), Random(rng, variables, depth - 1) });
                }
            }

            public double Evaluate(double[] point)
            {
                switch (_op)
                {
                    case "const": return _constant;
                    case "var": return point[_variable];
                    case "lse": return PointCode.LogSumExp(_args.Select(a => a.Evaluate(point)).ToArray());
                    case "pow": return Math.Pow(_args[0].Evaluate(point), _args[1].Evaluate(point));
                    case "+": return _args[0].Evaluate(point) + _args[1].Evaluate(point);
                    case "-": return _args[0].Evaluate(point) - _args[1].Evaluate(point);
                    case "*": return _args[0].Evaluate(point) * _args[1].Evaluate(point);
                    case "/": return _args[0].Evaluate(point) / _args[1].Evaluate(point);
                    default: return UnaryFunction.Named(_op).Point(_args[0].Evaluate(point));
                }
            }

            public Interval Enclose(Interval[] box)
            {
                switch (_op)
                {
                    case "const": return _constant;
                    case "var": return box[_variable];
                    case "lse": return Interval.LogSumExp(_args.Select(a => a.Enclose(box)).ToArray());
                    case "pow": return Interval.Pow(_args[0].Enclose(box), _args[1].Enclose(box));
                    case "+": return _args[0].Enclose(box) + _args[1].Enclose(box);
                    case "-": return _args[0].Enclose(box) - _args[1].Enclose(box);
                    case "*": return _args[0].Enclose(box) * _args[1].Enclose(box);
                    case "/": return _args[0].Enclose(box) / _args[1].Enclose(box);
                    default: return UnaryFunction.Named(_op).Enclose(_args[0].Enclose(box));
                }
            }

            public override string ToString() => _op switch
            {
                "const" => _constant.ToString("R", System.Globalization.CultureInfo.InvariantCulture),
                "var" => "x" + _variable,
                "+" or "-" or "*" or "/" => $"({_args[0]} {_op} {_args[1]})",
                _ => $"{_op}({string.Join(", ", _args.Select(a => a.ToString()))})",
            };
        }
    }
}
