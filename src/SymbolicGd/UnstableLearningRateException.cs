using System;
using System.Collections.Generic;

namespace SymbolicGd
{
    /// <summary>
    /// Thrown under <see cref="StepGuard.Throw"/> before a step whose learning rate reaches the
    /// method's largest stable learning rate (2/L for gradient descent, 2(1 + beta)/L heavy ball,
    /// 2(1 + beta)/((1 + 2 beta) L) Nesterov; a step length alpha &gt;= 2 for Newton). The message
    /// names the loss (type and expression), the method and its limit, eta, L, the largest stable
    /// eta and theta; the same numbers are available as properties.
    /// </summary>
    public sealed class UnstableLearningRateException : Exception
    {
        /// <summary>Creates the exception with a default message.</summary>
        public UnstableLearningRateException()
            : this("The learning rate reaches the largest stable learning rate of the method.")
        {
        }

        /// <summary>Creates the exception with its message.</summary>
        public UnstableLearningRateException(string message)
            : base(message)
        {
            Theta = Array.Empty<double>();
            LossName = string.Empty;
            Expression = string.Empty;
            StabilityLimit = 2.0;
        }

        /// <summary>Creates the exception with its message and cause.</summary>
        public UnstableLearningRateException(string message, Exception innerException)
            : base(message, innerException)
        {
            Theta = Array.Empty<double>();
            LossName = string.Empty;
            Expression = string.Empty;
            StabilityLimit = 2.0;
        }

        private UnstableLearningRateException(string message, string lossName, string expression, DescentMethod method, double momentum, int step, double[] theta, double learningRate, double lipschitz)
            : base(message)
        {
            LossName = lossName;
            Expression = expression;
            Method = method;
            Momentum = momentum;
            StabilityLimit = MethodMath.StabilityLimit(method, momentum);
            Step = step;
            Theta = theta;
            LearningRate = learningRate;
            Lipschitz = lipschitz;
        }

        /// <summary>The loss type's name, e.g. <c>QuadraticLoss</c>.</summary>
        public string LossName { get; }

        /// <summary>The loss expression as written.</summary>
        public string Expression { get; }

        /// <summary>The method whose step was refused.</summary>
        public DescentMethod Method { get; }

        /// <summary>beta of the refused step (0 for gradient descent and Newton).</summary>
        public double Momentum { get; }

        /// <summary>t, the step that was refused (0 = the first).</summary>
        public int Step { get; }

        /// <summary>theta_t, where the step would have started.</summary>
        public double[] Theta { get; }

        /// <summary>The learning rate asked for (Newton: the first trial step length alpha).</summary>
        public double LearningRate { get; }

        /// <summary>L_t, the largest absolute Hessian eigenvalue at theta_t.</summary>
        public double Lipschitz { get; }

        /// <summary>The method's stability limit on eta*L_t (2 for gradient descent; on alpha for Newton).</summary>
        public double StabilityLimit { get; }

        /// <summary>StabilityLimit/L_t (2/L_t for gradient descent; 2 for Newton), the largest stable learning rate, which the learning rate reached.</summary>
        public double MaxStableLearningRate => Method == DescentMethod.Newton ? StabilityLimit : StabilityLimit / Lipschitz;

        internal static UnstableLearningRateException For(string name, string expression, IReadOnlyList<string> parameterNames, DescentMethod method, double beta, int step, ReadOnlySpan<double> theta, double learningRate, double lipschitz)
        {
            string at = $"{name} \"{expression}\" at step {NumberText.Of(step)}, {NumberText.Point(parameterNames, theta)}";
            string message;
            if (method == DescentMethod.Newton)
            {
                message =
                    $"Step length alpha = {NumberText.Of(learningRate)} is at or above Newton's stability limit alpha < 2 for {at}: " +
                    "on a quadratic a Newton step of length alpha multiplies the error by 1 - alpha, so alpha >= 2 never converges. " +
                    "Use alpha < 2 (LearningRate = null means 1, the full Newton step, which solves a quadratic in one step) or StepGuard.Clamp.";
            }
            else
            {
                double limit = MethodMath.StabilityLimit(method, beta), maxEta = limit / lipschitz;
                string momentum = method == DescentMethod.GradientDescent ? string.Empty : $" with momentum beta = {NumberText.Of(beta)}";
                message =
                    $"Learning rate eta = {NumberText.Of(learningRate)} is at or above the largest stable learning rate of {MethodMath.Name(method)}{momentum} for {at}: " +
                    $"L = {NumberText.Of(lipschitz)}, stable for {MethodMath.LimitText(method, beta)}, so eta must stay below {StableText(method)} = {NumberText.Of(maxEta)}; " +
                    $"eta*L = {NumberText.Product(learningRate * lipschitz)}. " +
                    $"Use eta < {NumberText.Of(maxEta)} (1/L = {NumberText.Of(1.0 / lipschitz)} is optimal for gradient descent on a quadratic), " +
                    "StepGuard.Clamp, or LearningRate = null for automatic steps.";
            }

            return new UnstableLearningRateException(message, name, expression, method, beta, step, theta.ToArray(), learningRate, lipschitz);
        }

        private static string StableText(DescentMethod method) => method switch
        {
            DescentMethod.HeavyBall => "2(1 + beta)/L",
            DescentMethod.Nesterov => "2(1 + beta)/((1 + 2 beta) L)",
            _ => "2/L",
        };
    }
}
