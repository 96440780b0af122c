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
    /// Descent on Rosenbrock from (-1.2, 1) three ways: a fixed learning rate below 2/L everywhere
    /// on the path, a rate too large for the valley that the guard clamps to 1/L_t, and automatic
    /// steps 1/L_t. Prints L at the start and at the minimum; draws the paths on the contours.
    /// Usage: <c>dotnet run --project examples/Rosenbrock [-- --out DIR]</c>.
    /// </summary>
    public static class Program
    {
        // A step budget small enough that the runs end at different places along the valley.
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
            Console.WriteLine($"Rosenbrock  {Losses.RosenbrockLoss.Expression}");
            Console.WriteLine($"  gradient  [{string.Join(", ", Losses.RosenbrockLoss.GradientExpressions)}]");
            Console.WriteLine($"  L at the start (-1.2, 1) = {Format(startL)}   so 2/L = {Format(2 / startL)}");
            Console.WriteLine($"  L at the minimum (1, 1)  = {Format(minimumL)}   so 2/L = {Format(2 / minimumL)}");
            Console.WriteLine("  the Hessian is not constant: L_t is computed from the emitted Hessian at every step");
            Console.WriteLine($"descent from (-1.2, 1), at most {Budget} steps, tolerance |gradient| <= 1e-6:");

            var runs = new List<(string Label, DescentResult Result)>
            {
                ("fixed η = 0.001", Minimize(0.001, StepGuard.Off)),
                ("fixed η = 0.003, unguarded", Minimize(0.003, StepGuard.Off)),
                ("fixed η = 0.003, clamped", Minimize(0.003, StepGuard.Clamp)),
                ("automatic η = 1/L_t", Minimize(null, StepGuard.Clamp)),
            };

            foreach (var (label, result) in runs)
            {
                double distance = Math.Sqrt(Math.Pow(result.Minimum[0] - 1, 2) + Math.Pow(result.Minimum[1] - 1, 2));
                Console.WriteLine($"{label,-44} {result.StopReason,-9} after {result.Steps,5} steps at ({Format(result.Minimum[0])}, {Format(result.Minimum[1])}): loss {Format(result.Value)}, {Format(distance)} from (1, 1), {result.Summary.ClampedSteps} clamped step(s)");
            }

            Console.WriteLine();
            Console.WriteLine("wrote " + ContourPlot.Write(runs, folder));
            return 0;
        }

        private static DescentResult Minimize(double? eta, StepGuard guard) =>
            Losses.RosenbrockMinimize(Start[0], Start[1], new DescentOptions
            {
                LearningRate = eta,
                Guard = guard,
                MaxSteps = Budget,
                Tolerance = 1e-6,
                RecordTrajectory = true,
            });

        internal static string Format(double value) => value.ToString("G6", CultureInfo.InvariantCulture);
    }
}
