using System;

namespace SymbolicGd
{
    /// <summary>
    /// Thrown under <see cref="StepGuard.Throw"/> before a step whose learning rate reaches the
    /// largest stable learning rate 2/L. The message names the loss (type and expression), eta, L, 2/L and
    /// theta; the same numbers are available as properties.
    /// </summary>
    public sealed class UnstableLearningRateException : Exception
    {
        /// <summary>Creates the exception with a default message.</summary>
        public UnstableLearningRateException()
            : this("The learning rate reaches the largest stable learning rate 2/L.")
        {
        }

        /// <summary>Creates the exception with its message.</summary>
        public UnstableLearningRateException(string message)
            : base(message)
        {
            Theta = Array.Empty<double>();
            LossName = string.Empty;
            Expression = string.Empty;
        }

        /// <summary>Creates the exception with its message and cause.</summary>
        public UnstableLearningRateException(string message, Exception innerException)
            : base(message, innerException)
        {
            Theta = Array.Empty<double>();
            LossName = string.Empty;
            Expression = string.Empty;
        }

        internal UnstableLearningRateException(string message, string lossName, string expression, int step, double[] theta, double learningRate, double lipschitz)
            : base(message)
        {
            LossName = lossName;
            Expression = expression;
            Step = step;
            Theta = theta;
            LearningRate = learningRate;
            Lipschitz = lipschitz;
        }

        /// <summary>The loss type's name, e.g. <c>QuadraticLoss</c>.</summary>
        public string LossName { get; }

        /// <summary>The loss expression as written.</summary>
        public string Expression { get; }

        /// <summary>t, the step that was refused (0 = the first).</summary>
        public int Step { get; }

        /// <summary>theta_t, where the step would have started.</summary>
        public double[] Theta { get; }

        /// <summary>The learning rate asked for.</summary>
        public double LearningRate { get; }

        /// <summary>L_t, the largest absolute Hessian eigenvalue at theta_t.</summary>
        public double Lipschitz { get; }

        /// <summary>The method's stability limit on eta*L_t: 2 for gradient descent.</summary>
        public double StabilityLimit => 2.0;

        /// <summary>StabilityLimit/L_t = 2/L_t, the largest stable learning rate, which the learning rate reached.</summary>
        public double MaxStableLearningRate => StabilityLimit / Lipschitz;

        internal static UnstableLearningRateException For(string name, string expression, System.Collections.Generic.IReadOnlyList<string> parameterNames, int step, ReadOnlySpan<double> theta, double learningRate, double curvature)
        {
            string message =
                $"Learning rate eta = {NumberText.Of(learningRate)} is at or above the largest stable learning rate of {name} \"{expression}\" " +
                $"at step {NumberText.Of(step)}: L = {NumberText.Of(curvature)}, 2/L = {NumberText.Of(2.0 / curvature)}, eta*L = {NumberText.Product(learningRate * curvature)}, " +
                $"at {NumberText.Point(parameterNames, theta)}. " +
                $"Use eta < {NumberText.Of(2.0 / curvature)} (1/L = {NumberText.Of(1.0 / curvature)} is optimal on a quadratic), " +
                "StepGuard.Clamp, or LearningRate = null for automatic steps.";
            return new UnstableLearningRateException(message, name, expression, step, theta.ToArray(), learningRate, curvature);
        }
    }
}
