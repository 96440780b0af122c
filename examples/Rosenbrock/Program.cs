using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using ScottPlot;
using SymbolicGd;

namespace RosenbrockExample
{
    /// <summary>
    /// Rosenbrock from (-1.2, 1) with the four descent methods, each with its automatic parameters
    /// and held to its own stability limit: gradient descent (eta = 1/L_t), heavy ball and
    /// Nesterov (eta and beta from L_t and mu_t), Newton (the exact Hessian, a backtracking line
    /// search). Prints L at the start and at the minimum and each run's outcome; draws the paths on
    /// the contours. Usage: <c>dotnet run --project examples/Rosenbrock [-- --out DIR]</c>.
    /// </summary>
    public static class Program
    {
        // A step budget small enough that the slow methods end at different places along the valley.
        private const int Budget = 5_000;

        private static readonly double[] Start = { -1.2, 1.0 };

        public static int Main(string[] args)
        {
            string folder = Directory.GetCurrentDirectory();
            if (args.Length == 2 && args[0] is "--out" or "-o")
            {
                folder = Path.GetFullPath(args[1]);
            }
            else if (args.Length != 0)
            {
                Console.Error.WriteLine("usage: Rosenbrock [--out <folder>]   (the picture goes to the current folder by default)");
                return args.Contains("--help") ? 0 : 2;
            }

            double startL = Curvature.Lipschitz<Losses.RosenbrockLoss>(Start), minimumL = Curvature.Lipschitz<Losses.RosenbrockLoss>([1.0, 1.0]);
            double[] minimumEigenvalues = Curvature.Eigenvalues<Losses.RosenbrockLoss>([1.0, 1.0]);
            Console.WriteLine($"Rosenbrock  {Losses.RosenbrockLoss.Expression}");
            Console.WriteLine($"  gradient  [{string.Join(", ", Losses.RosenbrockLoss.GradientExpressions)}]");
            Console.WriteLine($"  L at the start (-1.2, 1) = {Format(startL)}   so 2/L = {Format(2 / startL)}");
            Console.WriteLine($"  L at the minimum (1, 1)  = {Format(minimumL)}   so 2/L = {Format(2 / minimumL)}; mu = {Format(minimumEigenvalues[0])}, kappa = {Format(minimumL / minimumEigenvalues[0])}");
            Console.WriteLine("  the Hessian is not constant: L_t and mu_t are computed from the emitted Hessian at every step");
            Console.WriteLine($"descent from (-1.2, 1), automatic parameters, at most {Budget} steps, tolerance |gradient| <= 1e-8:");

            var runs = new List<(string Label, DescentResult Result)>
            {
                ("gradient descent", Minimize(DescentMethod.GradientDescent)),
                ("heavy ball", Minimize(DescentMethod.HeavyBall)),
                ("Nesterov", Minimize(DescentMethod.Nesterov)),
                ("Newton", Minimize(DescentMethod.Newton)),
            };

            foreach (var (label, result) in runs)
            {
                double distance = Math.Sqrt(Math.Pow(result.Minimum[0] - 1, 2) + Math.Pow(result.Minimum[1] - 1, 2));
                Console.WriteLine($"{label,-18} {result.StopReason,-9} after {result.Steps,5} steps at ({Format(result.Minimum[0])}, {Format(result.Minimum[1])}): loss {Format(result.Value)}, {Format(distance)} from (1, 1)");
            }

            Console.WriteLine();
            Console.WriteLine("What the runtime reports for Newton (DescentResult.ToString()):");
            Console.WriteLine(runs[^1].Result);
            Console.WriteLine();
            Console.WriteLine("wrote " + ContourPlot.Write(runs, folder));
            return 0;
        }

        private static DescentResult Minimize(DescentMethod method) =>
            Losses.RosenbrockMinimize(Start[0], Start[1], new DescentOptions
            {
                Method = method,
                MaxSteps = Budget,
                RecordTrajectory = true,
            });

        internal static string Format(double value) => value.ToString("G6", CultureInfo.InvariantCulture);
    }
}
