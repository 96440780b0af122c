using SymbolicGd;

namespace LearningRate
{
    /// <summary>
    /// One row of the lesson: a learning rate and a guard, the 15-step run that is plotted, and
    /// a second run of the same settings that goes on until the gradient norm is 1e-8 (or the
    /// runtime gives up), which measures the steps the summary predicts.
    /// </summary>
    internal sealed record LessonRun(double Eta, StepGuard Guard, DescentResult Lesson, DescentResult ToTolerance)
    {
        public const int LessonSteps = 15;
        public const double Tolerance = 1e-8;
        public const double Start = -1.0;

        public string Label => Guard == StepGuard.Off ? $"η = {Eta:0.###}" : $"η = {Eta:0.###}, {Guard.ToString().ToLowerInvariant()}";

        public static LessonRun Run(double eta, StepGuard guard)
        {
            DescentResult lesson = Losses.QuadraticMinimize(Start, new DescentOptions
            {
                LearningRate = eta,
                MaxSteps = LessonSteps,
                Tolerance = 0.0,
                Guard = guard,
                RecordTrajectory = true,
            });
            DescentResult toTolerance = Losses.QuadraticMinimize(Start, new DescentOptions
            {
                LearningRate = eta,
                MaxSteps = 100_000,
                Tolerance = Tolerance,
                Guard = guard,
            });
            return new LessonRun(eta, guard, lesson, toTolerance);
        }
    }
}
