using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using ScottPlot;
using SymbolicGd;

namespace CurveFitExample
{
    /// <summary>The data with the fitted Keeling curve, and the learning curves of every fit.</summary>
    internal static class Plots
    {
        // An excess loss of 0 or below (the run reached the minimum to rounding) has no logarithm.
        private const double LogFloor = 1e-16;

        /// <summary>A run's trajectory and the minimum of its loss from the independent answer.</summary>
        public sealed record Curve(string Label, DescentTrajectory Trajectory, double ReferenceMinimum);

        /// <summary>The monthly means as points, the fitted curve and its trend (the curve without the seasonal terms).</summary>
        public static string WriteCo2Fit(Co2Series co2, double[] p, string folder)
        {
            var plot = new Plot();
            double[] years = co2.T.Select(t => 1958 + t).ToArray();
            var data = plot.Add.ScatterPoints(years, co2.Co2);
            data.MarkerSize = 3;
            data.Color = Colors.Gray;
            data.LegendText = $"monthly mean, Mauna Loa ({co2.Count} months)";

            // Twenty points a year draw the seasonal cycle smoothly.
            int count = (int)Math.Ceiling((co2.T[^1] - co2.T[0]) * 20) + 1;
            double[] t = Enumerable.Range(0, count).Select(i => co2.T[0] + (i / 20.0)).ToArray();
            double[] u = t.Select(x => (x - co2.Centre) / co2.HalfSpan).ToArray();
            var fit = plot.Add.ScatterLine(t.Select(x => 1958 + x).ToArray(), t.Select((x, i) => Co2Series.Model(p, u[i], x)).ToArray());
            fit.Color = Colors.C0;
            fit.LineWidth = 1.5f;
            fit.LegendText = "fitted a + b u + c u² + s sin 2πt + k cos 2πt (Newton)";
            var trend = plot.Add.ScatterLine(t.Select(x => 1958 + x).ToArray(), u.Select(x => p[0] + (p[1] * x) + (p[2] * x * x)).ToArray());
            trend.Color = Colors.C1;
            trend.LineWidth = 2f;
            trend.LinePattern = LinePattern.Dashed;
            trend.LegendText = "its trend a + b u + c u²";

            // Years without a thousands separator.
            plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { LabelFormatter = x => x.ToString("0", CultureInfo.InvariantCulture) };
            plot.Title("Atmospheric CO2 at Mauna Loa and the fitted Keeling curve");
            plot.XLabel("year");
            plot.YLabel("CO2 (ppm)");
            plot.Legend.Alignment = Alignment.UpperLeft;
            plot.ShowLegend();
            return Save(plot, folder, "co2-fit.png", 1000, 600);
        }

        /// <summary>Loss minus the independent minimum, per step, on a logarithmic axis.</summary>
        public static string WriteLearningCurves(IReadOnlyList<Curve> curves, string folder)
        {
            var plot = new Plot();
            var palette = new ScottPlot.Palettes.Category10();
            int k = 0;
            foreach (Curve curve in curves)
            {
                double[] excess = curve.Trajectory.Loss.Select(l => Math.Log10(Math.Max(l - curve.ReferenceMinimum, LogFloor))).ToArray();
                var line = plot.Add.Scatter(curve.Trajectory.Iterations, excess);
                line.Color = palette.GetColor(k++);
                line.LegendText = curve.Label;
                line.MarkerSize = curve.Trajectory.Count <= 50 ? 8 : 0;
                line.LineWidth = 2;
            }

            plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic
            {
                MinorTickGenerator = new ScottPlot.TickGenerators.LogMinorTickGenerator(),
                IntegerTicksOnly = true,
                LabelFormatter = y => "1e" + y.ToString("0", CultureInfo.InvariantCulture),
            };
            plot.Title("Learning curves: loss above the independent minimum, per step");
            plot.XLabel("step");
            plot.YLabel($"loss - minimum (log scale; 0 or below drawn at {LogFloor.ToString("0e0", CultureInfo.InvariantCulture)})");
            plot.Legend.Alignment = Alignment.UpperRight;
            plot.ShowLegend();
            return Save(plot, folder, "fit-learning-curves.png", 1000, 600);
        }

        private static string Save(Plot plot, string folder, string name, int width, int height)
        {
            Directory.CreateDirectory(folder);
            string path = Path.Combine(folder, name);
            plot.SavePng(path, width, height);
            return path;
        }
    }
}
