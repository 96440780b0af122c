using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using ScottPlot;

namespace LearningRate
{
    /// <summary>The lesson's two pictures: paths on the loss curve, and loss against step.</summary>
    internal static class LessonPlots
    {
        private const int Width = 900;
        private const int Height = 560;

        // Loss values of exactly 0 (a clamped run lands on the minimum) have no logarithm; they
        // are drawn at this floor, the bottom of the axis, and the axis label says so.
        private const double LogFloor = 1e-16;

        // One colour per learning rate in both pictures; a guarded run is dashed in its rate's colour.
        private static readonly double[] Rates = { 0.05, 0.3, 0.8, 1.0, 1.1 };

        private static Color ColorOf(LessonRun run) =>
            new ScottPlot.Palettes.Category10().GetColor(Math.Max(0, Array.IndexOf(Rates, run.Eta)));

        /// <summary>The classic figure: the loss curve over theta in [-1, 7], each path on it.</summary>
        public static string WritePaths(IReadOnlyList<LessonRun> runs, double lipschitz, string folder)
        {
            var plot = new Plot();
            double[] thetas = Generate.Range(-1.0, 7.0, 0.02);
            var curve = plot.Add.ScatterLine(thetas, thetas.Select(Losses.Quadratic).ToArray());
            curve.LinePattern = LinePattern.Dashed;
            curve.LineWidth = 2;
            curve.Color = Colors.Gray;
            curve.LegendText = "L(θ) = (θ − 3)²";

            foreach (LessonRun run in runs)
            {
                double[] theta = run.Lesson.Trajectory!.Coordinate(0);
                var path = plot.Add.Scatter(theta, run.Lesson.Trajectory.Loss);
                path.LegendText = $"{run.Label}  (ηL = {run.Eta * lipschitz:0.##})";
                path.Color = ColorOf(run);
                path.MarkerSize = 7;
                path.LineWidth = 1.5f;
            }

            plot.Title($"Gradient descent on (θ − 3)² from θ₀ = −1, {LessonRun.LessonSteps} steps  (L = {lipschitz:0.##}, stable for η < 2/L = {2 / lipschitz:0.##})");
            plot.XLabel("θ");
            plot.YLabel("loss");
            plot.Axes.SetLimits(-1.5, 7.5, -1.0, 17.5);
            plot.Legend.Alignment = Alignment.UpperCenter;
            plot.ShowLegend();
            return Save(plot, folder, "learning-rate.png");
        }

        /// <summary>Loss against step on a logarithmic axis for every run.</summary>
        public static string WriteLearningCurves(IReadOnlyList<LessonRun> runs, string folder)
        {
            var plot = new Plot();
            foreach (LessonRun run in runs)
            {
                double[] logLoss = run.Lesson.Trajectory!.Loss.Select(l => Math.Log10(Math.Max(l, LogFloor))).ToArray();
                var line = plot.Add.Scatter(run.Lesson.Trajectory.Iterations, logLoss);
                bool reachedZero = run.Lesson.Trajectory.Loss.Any(l => l == 0.0);
                line.LegendText = $"{run.Label}: {run.Lesson.StopReason}" + (reachedZero ? " (loss exactly 0)" : string.Empty);
                line.Color = ColorOf(run);
                line.MarkerSize = 5;
                if (run.Guard != SymbolicGd.StepGuard.Off)
                {
                    line.LinePattern = LinePattern.Dashed;
                    line.MarkerShape = MarkerShape.OpenCircle;
                    line.MarkerSize = 9;
                }
            }

            var ticks = new ScottPlot.TickGenerators.NumericAutomatic
            {
                MinorTickGenerator = new ScottPlot.TickGenerators.LogMinorTickGenerator(),
                IntegerTicksOnly = true,
                LabelFormatter = y => $"1e{y:0}",
            };
            plot.Axes.Left.TickGenerator = ticks;
            plot.Title("Loss per step (log scale): slow, fast, overshooting, cycling, diverging, and guarded");
            plot.XLabel("step");
            plot.YLabel($"loss (log scale; exactly 0 drawn at {LogFloor:0e0})");
            plot.Axes.SetLimitsY(Math.Log10(LogFloor) - 0.5, 4.0);
            plot.ShowLegend(Edge.Right);
            return Save(plot, folder, "learning-curve.png", Width + 280);
        }

        private static string Save(Plot plot, string folder, string name, int width = Width)
        {
            Directory.CreateDirectory(folder);
            string path = Path.Combine(folder, name);
            plot.SavePng(path, width, Height);
            return path;
        }
    }
}
