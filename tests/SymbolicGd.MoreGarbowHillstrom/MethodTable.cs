using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace SymbolicGd.MoreGarbowHillstrom
{
    /// <summary>One run: a problem, a method, what came back and which published minimum it reached.</summary>
    public sealed record MethodRun(TestProblem Problem, DescentMethod Method, DescentResult Result, PublishedMinimum? Reached)
    {
        /// <summary>Reached the global minimum the paper publishes (the first).</summary>
        public bool Global => Reached is not null && !Reached.IsLocal;
    }

    /// <summary>
    /// Runs every method on every problem from the paper's standard start with the default options
    /// (automatic parameters, gradient tolerance 1e-8), and writes the table of docs/methods.md.
    /// </summary>
    public static class MethodTable
    {
        /// <summary>The methods in table order.</summary>
        public static readonly DescentMethod[] Methods = { DescentMethod.GradientDescent, DescentMethod.HeavyBall, DescentMethod.Nesterov, DescentMethod.Newton };

        /// <summary>Step budget of the first-order methods.</summary>
        public const int FirstOrderSteps = 20_000;

        /// <summary>Step budget of Newton.</summary>
        public const int NewtonSteps = 1_000;

        public static IReadOnlyList<MethodRun> RunAll()
        {
            var runs = new List<MethodRun>();
            foreach (TestProblem problem in Problems.All)
            {
                foreach (DescentMethod method in Methods)
                {
                    var options = new DescentOptions { Method = method, MaxSteps = method == DescentMethod.Newton ? NewtonSteps : FirstOrderSteps };
                    DescentResult result = problem.Minimize((double[])problem.Start.Clone(), options);
                    runs.Add(new MethodRun(problem, method, result, problem.Reached(result.Value)));
                }
            }

            return runs;
        }

        public static string Markdown(IReadOnlyList<MethodRun> runs)
        {
            var text = new StringBuilder();
            text.AppendLine("| Method | reached the global minimum | reached a published local minimum | did not reach a published minimum | median steps when reached |");
            text.AppendLine("|---|---|---|---|---|");
            foreach (DescentMethod method in Methods)
            {
                var mine = runs.Where(r => r.Method == method).ToList();
                var reached = mine.Where(r => r.Reached is not null).Select(r => r.Result.Steps).OrderBy(s => s).ToList();
                string median = reached.Count == 0 ? "-" : Number(reached.Count % 2 == 1 ? reached[reached.Count / 2] : (reached[(reached.Count / 2) - 1] + reached[reached.Count / 2]) / 2);
                text.Append("| ").Append(Name(method))
                    .Append(" | ").Append(Number(mine.Count(r => r.Global)))
                    .Append(" | ").Append(Number(mine.Count(r => r.Reached is { IsLocal: true })))
                    .Append(" | ").Append(Number(mine.Count(r => r.Reached is null)))
                    .Append(" | ").Append(median).AppendLine(" |");
            }

            text.AppendLine();
            text.Append("| # | Problem | n | m | published minimum |");
            foreach (DescentMethod method in Methods)
            {
                text.Append(' ').Append(Name(method)).Append(" |");
            }

            text.AppendLine();
            text.Append("|---|---|---|---|---|").AppendLine(string.Concat(Enumerable.Repeat("---|", Methods.Length)));
            foreach (TestProblem problem in Problems.All)
            {
                text.Append("| ").Append(Number(problem.Number)).Append(" | ").Append(problem.Name)
                    .Append(" | ").Append(Number(problem.Dimension)).Append(" | ").Append(Number(problem.Residuals)).Append(" | ")
                    .Append(string.Join("; ", problem.Minima.Select(m => Value(m.Value) + (m.IsLocal ? " (local)" : string.Empty)))).Append(" |");
                foreach (DescentMethod method in Methods)
                {
                    MethodRun run = runs.Single(r => r.Problem == problem && r.Method == method);
                    text.Append(' ').Append(Cell(run)).Append(" |");
                }

                text.AppendLine();
            }

            return text.ToString();
        }

        // "25" reached the global minimum; "local: 6" a published local one; "MaxSteps, 0.135" neither.
        private static string Cell(MethodRun run)
        {
            DescentResult result = run.Result;
            string stop = result.StopReason == StopReason.Converged ? string.Empty : " (" + result.StopReason + ")";
            return run.Reached is null ? $"✗ {result.StopReason} at {Number(result.Steps)}, f = {Value(result.Value)}"
                : run.Reached.IsLocal ? $"local: {Number(result.Steps)}{stop}"
                : $"**{Number(result.Steps)}**{stop}";
        }

        public static string Name(DescentMethod method) => method switch
        {
            DescentMethod.GradientDescent => "gradient descent",
            DescentMethod.HeavyBall => "heavy ball",
            DescentMethod.Nesterov => "Nesterov",
            _ => "Newton",
        };

        private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

        private static string Value(double value) => value.ToString("G6", CultureInfo.InvariantCulture).Replace("E", "e", StringComparison.Ordinal);
    }
}
