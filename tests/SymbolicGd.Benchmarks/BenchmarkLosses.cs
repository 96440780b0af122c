using SymbolicGd;

namespace SymbolicGd.Benchmarks
{
    /// <summary>The losses every benchmark group measures, written as users write them.</summary>
    public static partial class BenchmarkLosses
    {
        public const string RosenbrockText = "(1 - x)^2 + 100*(y - x^2)^2";

        public const string BealeText = "(1.5 - x + x*y)^2 + (2.25 - x + x*y^2)^2 + (2.625 - x + x*y^3)^2";

        // 12 residuals, linear in 10 parameters: A p + c with the constants of LeastSquaresData.
        public const string LeastSquaresText =
            "(-0.7*p0 - 1.4*p1 + 0.6*p2 - 1.71*p3 + 0.14*p4 - 0.54*p5 - 1.77*p6 + 0.03*p7 - 1.85*p8 - 0.27*p9 + 2.58)^2" +
            " + (-1.64*p0 - 0.3*p1 + 1.31*p2 - 1.5*p3 - 1.11*p4 + 0.51*p5 + 1.79*p6 + 0.31*p7 - 0.41*p8 + 1.91*p9 + 2.72)^2" +
            " + (1.43*p0 - 0.84*p1 - 1.42*p2 - 1.53*p3 - 0.77*p4 + 1.26*p5 - 1.28*p6 + 0.33*p7 + 0.56*p8 - 0.51*p9 - 0.29)^2" +
            " + (-1.75*p0 - 1.76*p1 - 1.18*p2 + 0.72*p3 - 0.29*p4 - 0.74*p5 + 0.34*p6 - 0.19*p7 - 0.8*p8 + 1.18*p9 - 1.19)^2" +
            " + (-1.02*p0 + 0.3*p1 + 0.1*p2 + 1.5*p3 + 0.92*p4 - 0.85*p5 + 1.92*p6 - 1.53*p7 - 0.33*p8 + 1.03*p9 + 2.09)^2" +
            " + (-0.04*p0 - 1.84*p1 + 0.67*p2 + 1.06*p3 + 0.29*p4 + 1.5*p5 - 0.75*p6 + 0.78*p7 + 0.38*p8 + 0.32*p9 + 0.26)^2" +
            " + (1.36*p0 + 1.78*p1 - 0.1*p2 + 0.66*p3 - 1.76*p4 + 0.81*p5 + 0.59*p6 + 1.97*p7 + 1.29*p8 - 0.86*p9 + 0.69)^2" +
            " + (0.67*p0 - 1.91*p1 - 0.15*p2 - 1.33*p3 - 1.53*p4 - 1.76*p5 + 1.07*p6 - 1.48*p7 - 1.01*p8 - 0.44*p9 - 2.23)^2" +
            " + (-1.68*p0 - 0.2*p1 + 0.2*p2 + 1.53*p3 + 1.28*p4 + 1.46*p5 - 0.89*p6 - 0.34*p7 - 0.56*p8 + 1.54*p9 - 2.75)^2" +
            " + (-1.4*p0 - 1.3*p1 - 1.07*p2 - 1.07*p3 - 0.06*p4 + 0.36*p5 - 0.95*p6 - 1.98*p7 - 0.32*p8 - 0.52*p9 - 0.4)^2" +
            " + (1.81*p0 + 0.76*p1 + 0.06*p2 + 0.47*p3 + 0.7*p4 - 1.78*p5 + 1.6*p6 + 1.12*p7 + 1.5*p8 + 1.19*p9 + 0.65)^2" +
            " + (-0.4*p0 - 1.59*p1 + 0.54*p2 - 1.75*p3 - 1.73*p4 - 1.16*p5 - 1.35*p6 - 0.64*p7 - 1.79*p8 - 2.0*p9 + 2.09)^2";

        // Logistic regression on 8 labelled points (label folded into the sign): sum softplus(-y w.x).
        public const string LogisticText =
            "softplus(-(w0 + 0.5*w1 - 1.2*w2)) + softplus(w0 - 0.3*w1 + 0.8*w2) + softplus(-(w0 + 1.5*w1 + 0.2*w2))" +
            " + softplus(w0 + 2.0*w1 - 0.7*w2) + softplus(-(w0 - 0.4*w1 - 1.9*w2)) + softplus(w0 - 1.1*w1 + 1.3*w2)" +
            " + softplus(-(w0 + 0.9*w1 + 0.6*w2)) + softplus(w0 + 0.1*w1 - 2.2*w2)";

        public const string AckleyText =
            "-20*exp(-0.2*sqrt(0.5*(x^2 + y^2))) - exp(0.5*(cos(2*pi*x) + cos(2*pi*y))) + e + 20";

        [Loss(RosenbrockText)]
        public static partial double Rosenbrock(double x, double y);

        [Loss(BealeText)]
        public static partial double Beale(double x, double y);

        [Loss(LeastSquaresText)]
        public static partial double LeastSquares(double p0, double p1, double p2, double p3, double p4, double p5, double p6, double p7, double p8, double p9);

        [Loss(LogisticText)]
        public static partial double Logistic(double w0, double w1, double w2);

        [Loss(AckleyText)]
        public static partial double Ackley(double x, double y);

        [Loss("0.5*(100*x^2 + y^2)")]
        public static partial double IllConditioned(double x, double y);
    }
}
