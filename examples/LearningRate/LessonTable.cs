using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using SymbolicGd;

namespace LearningRate
{
    /// <summary>Prints the lesson as a table a person can read at a glance.</summary>
    internal static class LessonTable
    {
        private static readonly string[] Headers =
        {
            "eta", "guard", "eta*L", "regime", "theta_15", "loss_15", "predicted", "measured", "what happened",
        };

        public static void Print(IReadOnlyList<LessonRun> runs)
        {
            var rows = runs.Select(Row).ToList();
            int[] widths = Headers.Select((h, c) => Math.Max(h.Length, rows.Max(r => r[c].Length))).ToArray();
            Console.WriteLine($"steps to |gradient| <= {LessonRun.Tolerance:0e0}: predicted from the constant Hessian, measured by running until then");
            Console.WriteLine(Line(Headers, widths));
            Console.WriteLine(string.Join("  ", widths.Select(w => new string('-', w))));
            foreach (string[] row in rows)
            {
                Console.WriteLine(Line(row, widths));
            }
        }

        private static string[] Row(LessonRun run)
        {
            DescentResult lesson = run.Lesson;
            LearningRateSummary summary = lesson.Summary;
            // The iterate the run ended on (Minimum is the best one seen, which for a diverging run is the start).
            DescentTrajectory path = lesson.Trajectory!;
            string theta = Number(path.Theta[^1][0]), loss = Number(path.Loss[^1]);
            if (lesson.Steps < LessonRun.LessonSteps)
            {
                theta += $" (step {lesson.Steps})";
            }

            return new[]
            {
                Number(run.Eta),
                run.Guard.ToString().ToLowerInvariant(),
                Number(summary.EtaTimesLipschitz),
                Regime(summary.Regime),
                theta,
                loss,
                run.ToTolerance.Summary.PredictedSteps?.ToString(CultureInfo.InvariantCulture) ?? "never",
                Measured(run.ToTolerance),
                WhatHappened(lesson),
            };
        }

        private static string Measured(DescentResult result) => result.StopReason switch
        {
            StopReason.Converged => result.Steps.ToString(CultureInfo.InvariantCulture),
            StopReason.Oscillating => "never (cycles)",
            StopReason.Diverged => $"never (diverged at step {result.Steps})",
            _ => $"not within {result.Steps} ({result.StopReason})",
        };

        private static string WhatHappened(DescentResult lesson)
        {
            LearningRateSummary summary = lesson.Summary;
            return lesson.StopReason switch
            {
                _ when summary.ClampedSteps > 0 =>
                    $"clamped to 1/L = {Number(summary.EffectiveLearningRate)} at {summary.ClampedSteps} step(s); {Outcome(lesson)}",
                StopReason.Oscillating =>
                    $"cycles between {Number(lesson.OscillationPoints![0][0])} and {Number(lesson.OscillationPoints[1][0])}",
                StopReason.Diverged => $"loss rose with eta*L > 2: stopped as diverging at step {lesson.Steps}",
                _ => Outcome(lesson),
            };
        }

        private static string Outcome(DescentResult lesson) => lesson.StopReason switch
        {
            StopReason.Converged => $"converged at step {lesson.Steps}",
            StopReason.MaxSteps => $"{lesson.Steps} steps, still approaching 3",
            _ => lesson.StopReason.ToString(),
        };

        private static string Regime(LearningRateRegime regime) => regime switch
        {
            LearningRateRegime.Slow => "monotone, slow",
            LearningRateRegime.Monotone => "monotone",
            LearningRateRegime.Optimal => "optimal",
            LearningRateRegime.Overshooting => "overshooting, converging",
            LearningRateRegime.Oscillating => "oscillating",
            LearningRateRegime.Diverging => "diverging",
            _ => regime.ToString(),
        };

        internal static string Number(double value) =>
            Math.Abs(value) is > 1e-4 and < 1e6 || value == 0.0
                ? value.ToString("0.######", CultureInfo.InvariantCulture)
                : value.ToString("0.###e0", CultureInfo.InvariantCulture);

        private static string Line(IReadOnlyList<string> cells, int[] widths) =>
            string.Join("  ", cells.Select((c, i) => i == 3 || i == 8 ? c.PadRight(widths[i]) : c.PadLeft(widths[i]))).TrimEnd();
    }
}
