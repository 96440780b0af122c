using System;
using System.Collections.Generic;
using System.Linq;
using SymbolicGd.Generator.Tests.Infrastructure;
using SymbolicGd.Symbolic;
using Xunit;
using Xunit.Abstractions;

namespace SymbolicGd.Generator.Tests
{
    /// <summary>
    /// The generated <c>ValueGradientHessianBounds</c>, compiled and run, against the generated
    /// point code at points inside the box: random expressions over every function of the
    /// language (the fuzz tests' well-formed trees) plus forms the trees rarely make (norms,
    /// log1p, fused softplus and sigmoid, long power chains), random boxes of every width from 1
    /// down to 1e-6, and points in them (corners included). Every value, gradient and Hessian
    /// entry the point code computes must lie in its enclosure; a defined enclosure must never
    /// meet a NaN. Nested boxes give nested enclosures whose widths shrink to rounding.
    /// </summary>
    public sealed class IntervalEnclosureTests
    {
        private static readonly string[] Names = { "x", "y", "z" };

        // Forms the random trees rarely produce, each with a fused or special emitted shape.
        private static readonly string[] Chosen =
        {
            "(1 - x)^2 + 100*(y - x^2)^2",
            "sqrt(x^2 + y^2) + sqrt(x^2 + y^2 + z^2 + 1)",
            "(x^2 + y^2)^1.5 + y^2*sqrt(y^2 + z^2) + ((x - 1)^2 + z^2)^2.5",
            "log(1 + x^2) + log(1 + exp(y))",
            "softplus(x - 2*y) + softplus(-x*y) + sigmoid(z)",
            "logsumexp(x, y, 2*z) - y",
            "x^7 - 3*x^5*y + y^6 + x^-3*z^2",
            "pow(x^2 + 1, y) + pow(abs(x) + 0.5, 2.5)",
            "abs(x - 1) + abs(y)^3 + (z - 2)^2",
            "sin(3*x)*cos(y) + tan(z/3) + atan(x*y)",
            "asin(x/4) + acos(y/5) + sinh(z) + cosh(x) + tanh(x*y)",
            "exp(-x^2 - y^2)*(1.5 - x*(1 - y^3))^2",
            "(x*exp(y/(50 + z)) - 3)^2 + (x*exp(y/(55 + z)) - 2)^2",
        };

        private readonly ITestOutputHelper _output;

        public IntervalEnclosureTests(ITestOutputHelper output) => _output = output;

        [Fact]
        public void Every_point_value_gradient_and_Hessian_entry_lies_in_its_enclosure()
        {
            List<(string Expression, int N)> expressions = Expressions(seed: 13, randomCount: 150);
            ILoss[] losses = Compile(expressions);
            var random = new Random(2024);
            int points = 0, boxes = 0, undefinedBoxes = 0, entries = 0;
            for (int round = 0; points < 10_000 && round < 400; round++)
            {
                for (int k = 0; k < losses.Length; k++)
                {
                    ILoss loss = losses[k];
                    int n = loss.Dimension;
                    Interval[] box = RandomBox(random, n, out double[] lower, out double[] upper);
                    var gradient = new Interval[n];
                    var hessian = new Interval[n * n];
                    Interval value = loss.ValueGradientHessianBounds(box, gradient, hessian);
                    if (!value.IsDefined)
                    {
                        // The box leaves the loss's domain (or touches a pole): not a test of containment.
                        undefinedBoxes++;
                        continue;
                    }

                    boxes++;
                    var g = new double[n];
                    var h = new double[n * n];
                    for (int m = 0; m < 6; m++)
                    {
                        double[] p = m switch
                        {
                            0 => lower,
                            1 => upper,
                            _ => Enumerable.Range(0, n).Select(i => lower[i] + ((upper[i] - lower[i]) * random.NextDouble())).ToArray(),
                        };
                        double v = loss.ValueGradientHessian(p, g, h);
                        string where = expressions[k].Expression + " at (" + string.Join(", ", p.Select(c => c.ToString("R"))) + ") in " + string.Join(" x ", box);
                        Assert.True(value.Contains(v), "value " + v.ToString("R") + " outside " + value + ": " + where);
                        for (int i = 0; i < n; i++)
                        {
                            Assert.True(gradient[i].Contains(g[i]), "gradient[" + i + "] " + g[i].ToString("R") + " outside " + gradient[i] + ": " + where);
                        }

                        for (int i = 0; i < n * n; i++)
                        {
                            Assert.True(hessian[i].Contains(h[i]), "hessian[" + i + "] " + h[i].ToString("R") + " outside " + hessian[i] + ": " + where);
                        }

                        points++;
                        entries += 1 + n + (n * n);
                    }
                }
            }

            _output.WriteLine($"{points} points in {boxes} boxes over {losses.Length} losses ({entries} entries); {undefinedBoxes} boxes left a domain");
            Assert.True(points >= 10_000, $"only {points} points inside the domains");
        }

        [Fact]
        public void Enclosures_of_nested_boxes_are_nested_and_shrink_to_rounding_at_a_point()
        {
            List<(string Expression, int N)> expressions = Expressions(seed: 31, randomCount: 60);
            ILoss[] losses = Compile(expressions);
            var random = new Random(77);
            double[] halfWidths = { 0.5, 1e-2, 1e-4, 1e-6, 1e-9, 0.0 };
            int checkedLosses = 0;
            double worstRelative = 0.0;
            for (int k = 0; k < losses.Length; k++)
            {
                ILoss loss = losses[k];
                int n = loss.Dimension;
                double[] center = Enumerable.Range(0, n).Select(_ => (4.0 * random.NextDouble()) - 2.0).ToArray();
                var pointGradient = new double[n];
                var pointHessian = new double[n * n];
                double pointValue = loss.ValueGradientHessian(center, pointGradient, pointHessian);

                var previous = new Interval[1 + n + (n * n)];
                bool first = true;
                foreach (double w in halfWidths)
                {
                    Interval[] box = center.Select(c => new Interval(c - w, c + w)).ToArray();
                    var gradient = new Interval[n];
                    var hessian = new Interval[n * n];
                    Interval value = loss.ValueGradientHessianBounds(box, gradient, hessian);
                    Interval[] all = new[] { value }.Concat(gradient).Concat(hessian).ToArray();
                    if (!first)
                    {
                        for (int i = 0; i < all.Length; i++)
                        {
                            Assert.True(previous[i].Contains(all[i]), $"{expressions[k].Expression}: entry {i} over the half-width {w} box, {all[i]}, is not inside the wider box's {previous[i]}");
                        }
                    }

                    first = false;
                    previous = all;
                }

                // The point box: every defined enclosure is as wide as the rounding of the
                // operations that compute it, relative to the magnitudes they combine.
                double[] point = new[] { pointValue }.Concat(pointGradient).Concat(pointHessian).ToArray();
                if (!previous[0].IsDefined || !point.All(double.IsFinite))
                {
                    continue;
                }

                checkedLosses++;
                for (int i = 0; i < previous.Length; i++)
                {
                    if (!previous[i].IsDefined)
                    {
                        continue;
                    }

                    Assert.True(previous[i].Contains(point[i]));
                    double scale = Math.Max(1.0, Math.Abs(point[i]));
                    double relative = previous[i].Width / scale;
                    worstRelative = Math.Max(worstRelative, relative);
                    Assert.True(relative <= 1e-11, $"{expressions[k].Expression}: entry {i} at a point box is {previous[i]} (width {previous[i].Width:R}) around {point[i]:R}");
                }
            }

            _output.WriteLine($"{checkedLosses} losses at point boxes; widest enclosure {worstRelative:G3} relative to max(1, |value|)");
            Assert.True(checkedLosses >= 30, $"only {checkedLosses} losses defined at their centre");
        }

        [Fact]
        public void Wider_boxes_give_wider_enclosures_and_a_thousandth_of_the_box_gives_about_a_thousandth_of_the_width()
        {
            // Rosenbrock's gradient and Hessian are polynomials: their enclosure widths are
            // first order in the box width for small boxes.
            ILoss loss = Compile(new List<(string, int)> { ("(1 - x)^2 + 100*(y - x^2)^2", 2) })[0];
            double[] center = { -1.2, 1.0 };
            double Widest(double w)
            {
                var gradient = new Interval[2];
                var hessian = new Interval[4];
                Interval value = loss.ValueGradientHessianBounds(center.Select(c => new Interval(c - w, c + w)).ToArray(), gradient, hessian);
                return new[] { value }.Concat(gradient).Concat(hessian).Max(e => e.Width);
            }

            double wide = Widest(1e-3), narrow = Widest(1e-6);
            Assert.True(narrow < wide);
            Assert.InRange(narrow / wide, 0.5e-3, 2e-3);
        }

        private static List<(string Expression, int N)> Expressions(int seed, int randomCount)
        {
            var source = new RandomLossSource(seed);
            var random = new Random(seed);
            var result = Chosen.Select(e => (e, e.Contains('z') ? 3 : e.Contains('y') ? 2 : 1)).ToList();
            while (result.Count < Chosen.Length + randomCount)
            {
                int n = random.Next(1, 4);
                string expression = source.Tree(Names.Take(n).ToArray(), 0);
                LossDefinition definition = LossCompiler.Compile(expression, Names.Take(n).ToArray());
                if (!definition.HasErrors)
                {
                    result.Add((expression, n));
                }
            }

            return result;
        }

        private static ILoss[] Compile(List<(string Expression, int N)> expressions)
        {
            var methods = expressions.Select((e, i) =>
                "    [Loss(" + Microsoft.CodeAnalysis.CSharp.SymbolDisplay.FormatLiteral(e.Expression, quote: true) + ")] public static partial double L" + i + "(" + string.Join(", ", Names.Take(e.N).Select(p => "double " + p)) + ");");
            string instances = string.Join(", ", expressions.Select((_, i) => "default(Losses.L" + i + "Loss)"));
            string source = "using SymbolicGd;\n\npublic static partial class Losses\n{\n" + string.Join("\n", methods) + "\n}\n\n"
                + "public static class Probe\n{\n    public static ILoss[] All() => new ILoss[] { " + instances + " };\n}\n";
            GeneratorRun run = GeneratorHarness.Run(source);
            var compilation = run.OutputCompilation.WithOptions(run.OutputCompilation.Options.WithGeneralDiagnosticOption(Microsoft.CodeAnalysis.ReportDiagnostic.Default));
            var assembly = GeneratorHarness.Load(compilation);
            return (ILoss[])assembly.GetType("Probe")!.GetMethod("All")!.Invoke(null, null)!;
        }

        // Centres in [-2, 2], half-widths from 1 down to 1e-6 (log-uniform), each coordinate its own.
        private static Interval[] RandomBox(Random random, int n, out double[] lower, out double[] upper)
        {
            lower = new double[n];
            upper = new double[n];
            var box = new Interval[n];
            for (int i = 0; i < n; i++)
            {
                double c = (4.0 * random.NextDouble()) - 2.0;
                double w = Math.Pow(10.0, -6.0 * random.NextDouble());
                lower[i] = c - w;
                upper[i] = c + w;
                box[i] = new Interval(lower[i], upper[i]);
            }

            return box;
        }
    }
}
