using System;

namespace SymbolicGd
{
    // The closed forms behind each method's guard, automatic parameters and summary. On a
    // quadratic with Hessian eigenvalue lambda, every method acts on the error along the
    // eigenvector by a fixed linear recurrence:
    //   gradient descent  e' = (1 - eta lambda) e
    //   heavy ball        e' = (1 + beta - eta lambda) e - beta e_prev
    //   Nesterov          e' = (1 + beta)(1 - eta lambda) e - beta (1 - eta lambda) e_prev
    //   Newton            e' = (1 - alpha) e            (alpha lambda / |lambda| with the modification)
    // so the per-step factor is the spectral radius of a 1x1 or 2x2 iteration matrix, i.e. the
    // largest root magnitude of z^2 - p z + q, and stability (factor < 1) gives the limits
    // eta*L < 2, < 2(1 + beta), < 2(1 + beta)/(1 + 2 beta) (Jury's conditions), and alpha < 2.
    internal static class MethodMath
    {
        // An eigenvalue within this fraction of L of zero counts as zero: the eigen solver is
        // accurate to a few ulps of L, so below this it is rounding (an ill-conditioned minimum
        // with kappa = 1e12, Brown's badly scaled function, still counts as positive definite).
        public const double ZeroEigenvalue = 1e-13;

        // The stability limit on eta*L (on alpha for Newton).
        public static double StabilityLimit(DescentMethod method, double beta) => method switch
        {
            DescentMethod.HeavyBall => 2.0 * (1.0 + beta),
            DescentMethod.Nesterov => 2.0 * (1.0 + beta) / (1.0 + (2.0 * beta)),
            _ => 2.0,
        };

        // The per-step factor on the error along an eigenvector with eigenvalue lambda.
        public static double Factor(DescentMethod method, double eta, double beta, double lambda)
        {
            switch (method)
            {
                case DescentMethod.HeavyBall:
                    return RootRadius(1.0 + beta - (eta * lambda), beta);
                case DescentMethod.Nesterov:
                    {
                        double a = 1.0 - (eta * lambda);
                        return RootRadius((1.0 + beta) * a, beta * a);
                    }

                case DescentMethod.Newton:
                    // eta is alpha; the modified Newton step divides by |lambda|, so a negative
                    // eigenvalue turns the step around: away from the stationary point by 1 + alpha.
                    return lambda == 0.0 ? 1.0 : Math.Abs(1.0 - (eta * Math.Sign(lambda)));
                default:
                    return Math.Abs(1.0 - (eta * lambda));
            }
        }

        // The largest |z| with z^2 - p z + q = 0.
        public static double RootRadius(double p, double q)
        {
            if (!double.IsFinite(p) || !double.IsFinite(q))
            {
                return double.PositiveInfinity;
            }

            double discriminant = (p * p) - (4.0 * q);
            if (discriminant < 0.0)
            {
                // Complex pair: |z|^2 = z * conj(z) = q.
                return Math.Sqrt(q);
            }

            return 0.5 * (Math.Abs(p) + Math.Sqrt(discriminant));
        }

        // The smallest L whose automatic step (at most 4/L, heavy ball's) is still finite: below it,
        // as at L = 0, the curvature gives no usable scale (a denormal L would make 1/L infinite).
        private const double SmallestScale = 4.0 / double.MaxValue;

        /// <summary>True when L gives an automatic step a finite scale: L above about 2.2e-308, not 0, NaN or denormal.</summary>
        public static bool HasScale(double lipschitz) => lipschitz > SmallestScale;

        // Automatic eta and beta from L and mu. With a constant Hessian (a quadratic) the classical
        // optimal pair for condition number kappa = L/mu: heavy ball eta = 4/(sqrt L + sqrt mu)^2,
        // beta = ((sqrt kappa - 1)/(sqrt kappa + 1))^2 (every mode then contracts by sqrt beta);
        // Nesterov eta = 1/L, beta = (sqrt kappa - 1)/(sqrt kappa + 1). A given beta keeps heavy
        // ball's eta = (1 + sqrt beta)^2/L, the largest that holds the dominant mode at sqrt beta.
        // Elsewhere L_t and mu_t hold for one step only, and a step of 4/L_t overshoots where the
        // curvature grows along it: eta = 1/L_t as for gradient descent, with the beta that is
        // critically damped for the slowest mode at that eta, heavy ball (1 - 1/sqrt kappa_t)^2,
        // Nesterov (sqrt kappa_t - 1)/(sqrt kappa_t + 1) (both contract by about 1 - 1/sqrt kappa_t).
        // Without a positive mu there is no kappa: beta = 0 (a gradient step) unless given.
        public static void Parameters(DescentMethod method, bool constantHessian, double lipschitz, double smallest, double? fixedEta, double? fixedBeta, out double eta, out double beta)
        {
            bool convex = smallest > ZeroEigenvalue * lipschitz && lipschitz > 0.0;
            double sqrtL = Math.Sqrt(lipschitz), sqrtMu = convex ? Math.Sqrt(smallest) : 0.0;
            bool heavyBall = method == DescentMethod.HeavyBall;
            if (fixedBeta is double b)
            {
                beta = b;
            }
            else if (!convex)
            {
                beta = 0.0;
            }
            else if (constantHessian || !heavyBall)
            {
                double ratio = (sqrtL - sqrtMu) / (sqrtL + sqrtMu);
                beta = heavyBall ? ratio * ratio : ratio;
            }
            else
            {
                double root = 1.0 - (sqrtMu / sqrtL);
                beta = root * root;
            }

            if (fixedEta is double e)
            {
                eta = e;
            }
            else if (!HasScale(lipschitz))
            {
                eta = double.NaN;
            }
            else if (heavyBall && constantHessian)
            {
                double s = 1.0 + Math.Sqrt(beta);
                eta = fixedBeta is null && convex ? 4.0 / ((sqrtL + sqrtMu) * (sqrtL + sqrtMu)) : s * s / lipschitz;
            }
            else
            {
                eta = 1.0 / lipschitz;
            }
        }

        public static string Name(DescentMethod method) => method switch
        {
            DescentMethod.HeavyBall => "heavy ball",
            DescentMethod.Nesterov => "Nesterov",
            DescentMethod.Newton => "Newton",
            _ => "gradient descent",
        };

        // "eta*L < 2(1 + beta) = 3.8" and the like.
        public static string LimitText(DescentMethod method, double beta) => method switch
        {
            DescentMethod.HeavyBall => "eta*L < 2(1 + beta) = " + NumberText.Of(StabilityLimit(method, beta)),
            DescentMethod.Nesterov => "eta*L < 2(1 + beta)/(1 + 2 beta) = " + NumberText.Of(StabilityLimit(method, beta)),
            DescentMethod.Newton => "alpha < 2",
            _ => "eta*L < 2",
        };
    }
}
