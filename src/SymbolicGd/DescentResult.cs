using System;
using System.Collections.Generic;
using System.Text;

namespace SymbolicGd
{
    /// <summary>
    /// The outcome of a <see cref="GradientDescent"/> run: where it ended, why, and in
    /// <see cref="Summary"/> what the learning rate did. <see cref="ToString"/> prints all of it.
    /// </summary>
    public sealed class DescentResult
    {
        /// <summary>
        /// The last iterate theta_n (n = <see cref="Steps"/>). After <see cref="StopReason.NonFinite"/>
        /// it is the last iterate whose value, gradient and curvature were all finite; after
        /// <see cref="StopReason.Diverged"/> it is where the divergence was detected.
        /// </summary>
        public required double[] Minimum { get; init; }

        /// <summary>The loss at <see cref="Minimum"/>.</summary>
        public double Value { get; init; }

        /// <summary>The Euclidean gradient norm at <see cref="Minimum"/>.</summary>
        public double GradientNorm { get; init; }

        /// <summary>Why the run stopped.</summary>
        public StopReason StopReason { get; init; }

        /// <summary>Steps taken to reach <see cref="Minimum"/> (theta_0 is the start).</summary>
        public int Steps { get; init; }

        /// <summary>The loss type's name, e.g. <c>RosenbrockLoss</c>.</summary>
        public string LossName { get; init; } = string.Empty;

        /// <summary>The loss expression as written.</summary>
        public string Expression { get; init; } = string.Empty;

        /// <summary>The parameter names, in order.</summary>
        public IReadOnlyList<string> ParameterNames { get; init; } = Array.Empty<string>();

        /// <summary>What the learning rate did: regime, contraction factor, predicted against actual steps.</summary>
        public required LearningRateSummary Summary { get; init; }

        /// <summary>Every iterate, when <see cref="DescentOptions.RecordTrajectory"/> was set; null otherwise.</summary>
        public DescentTrajectory? Trajectory { get; init; }

        /// <summary>Where and in what a NaN or infinity appeared, when <see cref="StopReason"/> is <see cref="StopReason.NonFinite"/>.</summary>
        public NonFiniteReport? NonFinite { get; init; }

        /// <summary>
        /// The two points the iterates alternate between (theta_{n-1}, theta_n), when
        /// <see cref="StopReason"/> is <see cref="StopReason.Oscillating"/>; null otherwise.
        /// </summary>
        public double[][]? OscillationPoints { get; init; }

        /// <summary>A readable report: outcome, point, value, then the learning-rate summary.</summary>
        public override string ToString()
        {
            var text = new StringBuilder();
            text.Append(LossName).Append(" \"").Append(Expression).Append("\": ").Append(Outcome()).AppendLine();
            text.Append("  minimum ").Append(NumberText.Point(ParameterNames, Minimum))
                .Append(", value ").Append(NumberText.Of(Value))
                .Append(", gradient norm ").Append(NumberText.Of(GradientNorm)).AppendLine();
            if (NonFinite is { } bad)
            {
                text.Append("  ").Append(bad.Quantity == NonFiniteQuantity.Theta ? "theta" : "the " + bad.Quantity.ToString().ToLowerInvariant())
                    .Append(" was not finite at iterate ").Append(NumberText.Of(bad.Iteration))
                    .Append(", ").Append(NumberText.Point(ParameterNames, bad.Theta)).AppendLine();
            }

            if (OscillationPoints is { Length: 2 } cycle)
            {
                text.Append("  cycling between ").Append(NumberText.Point(ParameterNames, cycle[0]))
                    .Append(" and ").Append(NumberText.Point(ParameterNames, cycle[1])).AppendLine();
            }

            text.Append("  ").Append(Summary.ToString().Replace(Environment.NewLine, Environment.NewLine + "  ", StringComparison.Ordinal));
            return text.ToString();
        }

        private string Outcome()
        {
            string steps = NumberText.Of(Steps) + (Steps == 1 ? " step" : " steps");
            return StopReason switch
            {
                StopReason.Converged => "converged after " + steps,
                StopReason.MaxSteps => "stopped at MaxSteps after " + steps + " without converging",
                StopReason.Oscillating => "oscillating: after " + steps + " the iterates cycle between two points",
                StopReason.Diverged => "diverged: the loss rose with eta*L > 2, stopped after " + steps,
                _ => "stopped on a NaN or infinity after " + steps,
            };
        }
    }
}
