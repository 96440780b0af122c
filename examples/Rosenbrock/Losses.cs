using SymbolicGd;

namespace RosenbrockExample
{
    /// <summary>Rosenbrock's banana valley: curvature changes along the path, so a fixed learning rate is a gamble.</summary>
    public static partial class Losses
    {
        [Loss("(1 - x)^2 + 100*(y - x^2)^2")]
        public static partial double Rosenbrock(double x, double y);
    }
}
