using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using SymbolicGd;

namespace LearningRate
{
    /// <summary>
    /// The classic learning-rate lesson on L(theta) = (theta - 3)^2, explained by the curvature
    /// the generator derived at compile time. Usage: <c>dotnet run --project examples/LearningRate [-- --out DIR]</c>.
    /// </summary>
    public static class Program
    {
        public static int Main(string[] args)
        {
            if (!TryParseOutputFolder(args, out string folder))
            {
                Console.Error.WriteLine("usage: LearningRate [--out <folder>]   (pictures go to the current folder by default)");
                return args.Contains("--help") || args.Contains("-h") ? 0 : 2;
            }

            PrintDerivation();

            var runs = new List<LessonRun>();
            foreach (double eta in new[] { 0.05, 0.3, 0.8 })
            {
                runs.Add(LessonRun.Run(eta, StepGuard.Off));
            }

            foreach (double eta in new[] { 1.0, 1.1 })
            {
                runs.Add(LessonRun.Run(eta, StepGuard.Off));
                runs.Add(LessonRun.Run(eta, StepGuard.Clamp));
            }

            LessonTable.Print(runs);
            Console.WriteLine();
            Console.WriteLine($"What the runtime reports for eta = 0.8 run to |gradient| <= {LessonRun.Tolerance:0e0} (DescentResult.ToString()):");
            Console.WriteLine(Indent(runs[2].ToTolerance.ToString()));

            Console.WriteLine();
            var classic = runs.Where(r => r.Guard == StepGuard.Off && r.Eta <= 1.0).ToList();
            Console.WriteLine("wrote " + LessonPlots.WritePaths(classic, Losses.QuadraticLoss.Lipschitz, folder));
            Console.WriteLine("wrote " + LessonPlots.WriteLearningCurves(runs, folder));
            return 0;
        }

        private static void PrintDerivation()
        {
            Console.WriteLine("SymbolicGd: the learning-rate lesson");
            Console.WriteLine($"loss        L(theta) = {Losses.QuadraticLoss.Expression}, from theta = {LessonRun.Start}, {LessonRun.LessonSteps} steps");
            Console.WriteLine("derived at compile time by the generator:");
            Console.WriteLine($"  dL/dtheta     = {Losses.QuadraticLoss.GradientExpressions[0]}      (QuadraticDerivative(-1) = {Losses.QuadraticDerivative(-1.0)})");
            Console.WriteLine($"  d2L/dtheta2   = {Losses.QuadraticSecondDerivative(0.0)}                 (constant Hessian: {Losses.QuadraticLoss.HasConstantHessian})");
            Console.WriteLine($"  L             = {Losses.QuadraticLoss.Lipschitz}                 (QuadraticLoss.Lipschitz, the gradient's Lipschitz constant)");
            Console.WriteLine($"  2/L           = {Losses.QuadraticLoss.MaxStableLearningRate}                 (QuadraticLoss.MaxStableLearningRate: eta must stay below it)");
            Console.WriteLine("  eta*L < 1 creeps monotonically, = 1 lands in one step, in (1, 2) overshoots but converges, = 2 cycles, > 2 diverges");
            Console.WriteLine();
        }

        private static bool TryParseOutputFolder(string[] args, out string folder)
        {
            folder = Directory.GetCurrentDirectory();
            for (int i = 0; i < args.Length; i++)
            {
                if (args[i] is "--out" or "-o" && i + 1 < args.Length)
                {
                    folder = Path.GetFullPath(args[++i]);
                }
                else
                {
                    return false;
                }
            }

            return true;
        }

        private static string Indent(string text) =>
            string.Join(Environment.NewLine, text.Split('\n').Select(l => "  " + l.TrimEnd('\r')));
    }
}
