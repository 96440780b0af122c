using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using SymbolicGd;

namespace CurveFitExample
{
    /// <summary>
    /// Data losses on real and synthetic data. (1) The Keeling curve fitted to 741 monthly CO2
    /// means from Mauna Loa by Newton and by gradient descent, against closed-form least squares
    /// (QR). (2) A 10^6-sample L2-penalised logistic regression fitted by Newton, against a plain
    /// hand-written Newton loop. Exits with 1 if a fit disagrees with its independent answer beyond
    /// the stated tolerance. Usage: <c>dotnet run --project examples/CurveFit [-- --out DIR]</c>.
    /// </summary>
    public static class Program
    {
        /// <summary>Newton solves a quadratic in one step: it must match QR far below the data's 0.01 ppm resolution.</summary>
        private const double NewtonTolerancePpm = 1e-6;

        /// <summary>Gradient descent stops at |gradient| &lt;= 1e-8; with mu = 0.16 that is ~1e-7 ppm from the minimum.</summary>
        private const double GradientDescentTolerancePpm = 1e-5;

        /// <summary>The default stopping tolerance on |gradient|, checked again by a plain loop at the answer.</summary>
        private const double GradientTolerance = 1e-8;

        /// <summary>A generated loss value and the plain loop's at the same point differ only by rounding.</summary>
        private const double RelativeValueTolerance = 1e-12;

        private const int LogisticSamples = 1_000_000;
        private const int Seed = 20_261_129;
        private const double Lambda = 1e-3;

        public static int Main(string[] args)
        {
            string folder = Directory.GetCurrentDirectory();
            if (args.Length == 2 && args[0] is "--out" or "-o")
            {
                folder = Path.GetFullPath(args[1]);
            }
            else if (args.Length != 0)
            {
                Console.Error.WriteLine("usage: CurveFit [--out <folder>]   (the pictures go to the current folder by default)");
                return args.Contains("--help") ? 0 : 2;
            }

            var failures = new List<string>();
            var curves = new List<Plots.Curve>();

            Co2Series co2 = Co2Series.Load(Path.Combine(AppContext.BaseDirectory, "data", "co2-concentration.csv"));
            double[] keeling = FitKeeling(co2, failures, curves);
            FitLogistic(failures, curves);

            Console.WriteLine();
            Console.WriteLine("wrote " + Plots.WriteCo2Fit(co2, keeling, folder));
            Console.WriteLine("wrote " + Plots.WriteLearningCurves(curves, folder));

            if (failures.Count > 0)
            {
                foreach (string failure in failures)
                {
                    Console.Error.WriteLine("CHECK FAILED: " + failure);
                }

                return 1;
            }

            Console.WriteLine("every fit agrees with its independent answer within the stated tolerance");
            return 0;
        }

        private static double[] FitKeeling(Co2Series co2, List<string> failures, List<Plots.Curve> curves)
        {
            Console.WriteLine($"Mauna Loa CO2, {co2.Count} monthly means, {Format(1958 + co2.T[0], "F2")} to {Format(1958 + co2.T[^1], "F2")} (data/co2-concentration.csv, Scripps CO2 Program, CC BY 4.0)");
            
            Console.WriteLine($"  t = years since 1958 (mid-month); u = (t - {Format(co2.Centre, "F3")}) / {Format(co2.HalfSpan, "F3")} in [-1, 1], so 1, u and u^2 are of one size");

            var loss = new Losses.KeelingLoss(co2.U, co2.T, co2.Co2);
            Console.WriteLine($"  loss  {loss.Expression}");
            double[] eigenvalues = Curvature.Eigenvalues(loss, new double[5]);
            Console.WriteLine($"  the Hessian does not depend on the parameters: L = {Format(loss.Lipschitz)}, mu = {Format(eigenvalues[0])}, kappa = {Format(loss.Lipschitz / eigenvalues[0])}");

            var stopwatch = Stopwatch.StartNew();
            DescentResult newton = GradientDescent.Minimize(loss, new double[5], new DescentOptions { Method = DescentMethod.Newton, RecordTrajectory = true });
            double newtonMs = stopwatch.Elapsed.TotalMilliseconds;
            stopwatch.Restart();
            DescentResult descent = GradientDescent.Minimize(loss, new double[5], new DescentOptions { MaxSteps = 20_000, RecordTrajectory = true });
            double descentMs = stopwatch.Elapsed.TotalMilliseconds;
            double[] qr = co2.LeastSquares();

            Console.WriteLine($"  from 0: Newton {newton.StopReason} after {newton.Steps} step(s) ({Format(newtonMs, "F1")} ms); gradient descent (eta = 1/L) {descent.StopReason} after {descent.Steps} steps ({Format(descentMs, "F1")} ms)");
            Console.WriteLine($"  {"parameter",-10} {"Newton",20} {"gradient descent",20} {"QR least squares",20}");
            string[] names = { "a", "b", "c", "s", "k" };
            for (int j = 0; j < 5; j++)
            {
                Console.WriteLine($"  {names[j],-10} {Format(newton.Minimum[j], "R"),20} {Format(descent.Minimum[j], "R"),20} {Format(qr[j], "R"),20}");
            }

            double newtonDifference = MaxAbsoluteDifference(newton.Minimum, qr), descentDifference = MaxAbsoluteDifference(descent.Minimum, qr);
            Console.WriteLine($"  max |Newton - QR| = {Format(newtonDifference)} ppm (tolerance {Format(NewtonTolerancePpm)}); max |gradient descent - QR| = {Format(descentDifference)} ppm (tolerance {Format(GradientDescentTolerancePpm)})");
            Check(failures, newtonDifference <= NewtonTolerancePpm, $"Keeling: Newton is {Format(newtonDifference)} ppm from QR least squares");
            Check(failures, descentDifference <= GradientDescentTolerancePpm, $"Keeling: gradient descent is {Format(descentDifference)} ppm from QR least squares");

            double minimum = co2.MeanSquaredResidual(qr), plain = co2.MeanSquaredResidual(newton.Minimum);
            Console.WriteLine($"  RMSE {Format(Math.Sqrt(plain), "F4")} ppm; mean squared residual at Newton's answer: generated {Format(newton.Value, "R")}, plain loop {Format(plain, "R")} ppm^2");
            Check(failures, Math.Abs(newton.Value - plain) <= RelativeValueTolerance * plain, $"Keeling: generated loss {Format(newton.Value, "R")} against the plain loop's {Format(plain, "R")}");
            double[] p = newton.Minimum;
            double slope1958 = (p[1] + (2 * p[2] * -1)) / co2.HalfSpan, slope2020 = (p[1] + (2 * p[2] * 1)) / co2.HalfSpan;
            Console.WriteLine($"  growth {Format(slope1958, "F2")} ppm/year at the start, {Format(slope2020, "F2")} ppm/year at the end; seasonal amplitude {Format(Math.Sqrt((p[3] * p[3]) + (p[4] * p[4])), "F2")} ppm");
            curves.Add(new Plots.Curve($"CO2, Newton: {newton.Steps} step(s)", newton.Trajectory!, minimum));
            curves.Add(new Plots.Curve($"CO2, gradient descent: {descent.Steps} steps", descent.Trajectory!, minimum));
            return newton.Minimum;
        }

        private static void FitLogistic(List<string> failures, List<Plots.Curve> curves)
        {
            Console.WriteLine();
            var stopwatch = Stopwatch.StartNew();
            LogisticData data = LogisticData.Generate(LogisticSamples, Seed);
            double generateMs = stopwatch.Elapsed.TotalMilliseconds;
            Console.WriteLine($"Logistic regression, {data.Count} synthetic samples (seed {Seed}, drawn from w = ({string.Join(", ", LogisticData.TrueWeights.Select(w => Format(w)))}), {Format(generateMs, "F0")} ms), lambda = {Format(Lambda)}");
            Console.WriteLine($"  loss  {new Losses.LogRegLoss(data.X1, data.X2, data.Label, Lambda).Expression}");

            stopwatch.Restart();
            DescentResult newton = Losses.LogRegMinimize(0, 0, 0, data.X1, data.X2, data.Label, Lambda, new DescentOptions { Method = DescentMethod.Newton, RecordTrajectory = true });
            double newtonMs = stopwatch.Elapsed.TotalMilliseconds;
            stopwatch.Restart();
            var (reference, iterations) = data.ReferenceNewton(Lambda);
            double referenceMs = stopwatch.Elapsed.TotalMilliseconds;

            Console.WriteLine($"  from 0: Newton (generated loss) {newton.StopReason} after {newton.Steps} steps ({Format(newtonMs, "F0")} ms); plain Newton loop {iterations} iterations ({Format(referenceMs, "F0")} ms); times for information only");
            Console.WriteLine($"  {"parameter",-10} {"Newton (generated)",20} {"plain Newton loop",20}");
            string[] names = { "w0", "w1", "w2" };
            for (int j = 0; j < 3; j++)
            {
                Console.WriteLine($"  {names[j],-10} {Format(newton.Minimum[j], "R"),20} {Format(reference[j], "R"),20}");
            }

            double difference = MaxAbsoluteDifference(newton.Minimum, reference);
            double mu = Curvature.Eigenvalues(new Losses.LogRegLoss(data.X1, data.X2, data.Label, Lambda), reference)[0];

            // On a convex loss with smallest Hessian eigenvalue mu, |gradient| <= g puts a point within
            // g / mu of the minimum; twice that allows mu to vary between the two points. The plain loop
            // runs until its step is below 1e-14, so it is the minimum to rounding.
            double tolerance = 2 * GradientTolerance / mu;
            double gradientNorm = Norm(data.Gradient(newton.Minimum, Lambda));
            Console.WriteLine($"  max |generated - plain| = {Format(difference)} (tolerance 2e-8/mu = {Format(tolerance)}); |gradient| at the generated solution by a plain loop = {Format(gradientNorm)}, mu there = {Format(mu)}");
            double plain = data.Loss(newton.Minimum, Lambda);
            Console.WriteLine($"  loss at the generated solution: generated {Format(newton.Value, "R")}, plain loop {Format(plain, "R")}");
            Check(failures, Math.Abs(newton.Value - plain) <= RelativeValueTolerance * plain, $"logistic regression: generated loss {Format(newton.Value, "R")} against the plain loop's {Format(plain, "R")}");
            Check(failures, difference <= tolerance, $"logistic regression: generated Newton is {Format(difference)} from the plain Newton loop");
            Check(failures, gradientNorm <= GradientTolerance, $"logistic regression: |gradient| by a plain loop at the generated solution is {Format(gradientNorm)}");
            curves.Add(new Plots.Curve($"logistic, Newton: {newton.Steps} steps", newton.Trajectory!, data.Loss(reference, Lambda)));
        }

        private static void Check(List<string> failures, bool passed, string message)
        {
            if (!passed)
            {
                failures.Add(message);
            }
        }

        private static double MaxAbsoluteDifference(IReadOnlyList<double> a, IReadOnlyList<double> b) =>
            a.Zip(b, (x, y) => Math.Abs(x - y)).Max();

        private static double Norm(IEnumerable<double> v) => Math.Sqrt(v.Sum(x => x * x));

        internal static string Format(double value, string format = "G4") => value.ToString(format, CultureInfo.InvariantCulture);
    }
}
