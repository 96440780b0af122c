using SymbolicGd;

namespace LearningRate
{
    /// <summary>The loss of the classic learning-rate lesson.</summary>
    public static partial class Losses
    {
        // The generator implements this method and adds QuadraticDerivative,
        // QuadraticSecondDerivative, QuadraticGradient, QuadraticHessian, QuadraticMinimize and
        // the QuadraticLoss type with Lipschitz = 2 and MaxStableLearningRate = 1.
        [Loss("(theta - 3)^2")]
        public static partial double Quadratic(double theta);
    }
}
