using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using ScottPlot;
using SymbolicGd;

namespace RosenbrockExample
{
    /// <summary>Contours of log10(1 + f) (the valley is too flat for linear levels) with each path on top.</summary>
    internal static class ContourPlot
    {
        public static string Write(IReadOnlyList<(string Label, DescentResult Result)> runs, string folder)
        {
            const int Nx = 161, Ny = 121;
            var grid = new Coordinates3d[Ny, Nx];
            for (int j = 0; j < Ny; j++)
            {
                double y = -1.0 + 3.0 * j / (Ny - 1);
                for (int i = 0; i < Nx; i++)
                {
                    double x = -2.0 + 4.0 * i / (Nx - 1);
                    grid[j, i] = new Coordinates3d(x, y, Math.Log10(1.0 + Losses.Rosenbrock(x, y)));
                }
            }

            var plot = new Plot();
            var contours = plot.Add.ContourLines(grid, 24);
            contours.LineColor = Colors.Gray.WithAlpha(0.6);
            contours.LabelStyle.IsVisible = false;

            // The slow methods follow the valley floor on top of each other: the first drawn is the
            // widest and palest, so every path shows; Newton's few iterates are marked.
            var palette = new ScottPlot.Palettes.Category10();
            float[] widths = { 7f, 4f, 2f, 2f };
            int k = 0;
            foreach (var (label, result) in runs)
            {
                DescentTrajectory trajectory = result.Trajectory!;
                var path = plot.Add.ScatterLine(trajectory.Coordinate(0), trajectory.Coordinate(1));
                path.Color = palette.GetColor(k).WithAlpha(k == 0 ? 0.45 : 1.0);
                path.LineWidth = widths[Math.Min(k, widths.Length - 1)];
                if (trajectory.Count <= 100)
                {
                    path.MarkerShape = MarkerShape.FilledCircle;
                    path.MarkerSize = 5;
                }

                path.LegendText = $"{label}: {result.Steps} steps, {result.StopReason}";
                var end = plot.Add.Marker(result.Minimum[0], result.Minimum[1], MarkerShape.OpenCircle, 12, path.Color);
                end.LegendText = string.Empty;
                k++;
            }

            var start = plot.Add.Marker(-1.2, 1.0, MarkerShape.FilledCircle, 10, Colors.Black);
            start.LegendText = "start (-1.2, 1)";
            var minimum = plot.Add.Marker(1.0, 1.0, MarkerShape.FilledDiamond, 12, Colors.Red);
            minimum.LegendText = "minimum (1, 1)";

            plot.Title("Rosenbrock from (-1.2, 1), automatic parameters (○ = where each run stopped)");
            plot.XLabel("x");
            plot.YLabel("y");
            plot.Axes.SetLimits(-2.0, 2.0, -1.0, 2.0);
            plot.Legend.Alignment = Alignment.LowerRight;
            plot.ShowLegend();
            Directory.CreateDirectory(folder);
            string file = Path.Combine(folder, "rosenbrock.png");
            plot.SavePng(file, 900, 640);
            return file;
        }
    }
}
