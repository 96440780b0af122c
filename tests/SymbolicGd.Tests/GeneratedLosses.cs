namespace SymbolicGd.Tests
{
    /// <summary>
    /// The losses of the hand-written test structs, this time emitted by the generator, so that
    /// the runtime's closed-form checks also hold on what users really get.
    /// </summary>
    public static partial class GeneratedLosses
    {
        [Loss("(theta - 3)^2")]
        public static partial double Quadratic(double theta);

        [Loss("0.5*(100*x^2 + y^2)")]
        public static partial double Anisotropic(double x, double y);

        [Loss("(x + 2*y - 7)^2 + (2*x + y - 5)^2")]
        public static partial double Booth(double x, double y);

        [Loss("theta^4")]
        public static partial double Quartic(double theta);

        [Loss("(1 - x)^2 + 100*(y - x^2)^2")]
        public static partial double Rosenbrock(double x, double y);

        [Loss("x^2 - 3*y^2")]
        public static partial double Saddle(double x, double y);

        [Loss("(x^2 - 1)^2")]
        public static partial double DoubleWell(double x);
    }
}
