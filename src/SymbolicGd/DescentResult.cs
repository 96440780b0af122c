using System;
using System.Collections.Generic;
using System.Text;

namespace SymbolicGd
{
    /// <summary>
    /// The outcome of a <see cref="GradientDescent"/> run: the best point it found, why it
    /// stopped, and in <see cref="Summary"/> what the learning rate did. <see cref="ToString"/>
    /// prints all of it.
    /// </summary>
    /// <remarks>
    /// <para>
    /// The run evaluates iterates theta_0 (the start), theta_1, .., theta_n, n = <see cref="Steps"/>.
    /// <see cref="Minimum"/> is the one with the lowest finite loss (ties go to the later one),
    /// whatever the run did afterwards: a run never returns a point worse than one it has seen.
    /// After <see cref="StopReason.Converged"/> that is the final iterate, unless an earlier
    /// iterate had a strictly lower loss (possible where the loss is not monotone along the run);
    /// after <see cref="StopReason.Diverged"/> it is the best point before the loss grew (often
    /// the start); after <see cref="StopReason.NonFinite"/> the best of the finite iterates.
    /// </para>
    /// <para>
    /// A point where the loss is finite but its gradient or Hessian is not (a kink, e.g. the tip of
    /// a cone sqrt((x - 1)^2 + (y - 2)^2) at (1, 2), where the gradient is 0/0) ends the run as
    /// <see cref="StopReason.NonDifferentiable"/>; it is an iterate like any other, so it is the
    /// <see cref="Minimum"/> when its loss is the lowest seen, with a NaN <see cref="GradientNorm"/>
    /// if its gradient is the quantity that is not finite. <see cref="NonFinite"/> names it.
    /// </para>
    /// </remarks>
    public sealed class DescentResult
    {
        /// <summary>
        /// The best point of the run: the iterate with the lowest finite loss (ties go to the
        /// later one), theta_t for t = <see cref="MinimumIteration"/>. When no iterate had a finite
        /// loss (the start itself was not finite) it is the start.
        /// </summary>
        public required double[] Minimum { get; init; }

        /// <summary>The loss at <see cref="Minimum"/> (NaN only when not even the start had a finite loss).</summary>
        public double Value { get; init; }

        /// <summary>The Euclidean gradient norm at <see cref="Minimum"/> (NaN when the gradient is not finite there: a kink).</summary>
        public double GradientNorm { get; init; }

        /// <summary>t such that <see cref="Minimum"/> is theta_t (0 = the start).</summary>
        public int MinimumIteration { get; init; }

        /// <summary>Why the run stopped.</summary>
        public StopReason StopReason { get; init; }

        /// <summary>
        /// Steps taken: the final iterate is theta_Steps. An iterate that stopped the run with
        /// <see cref="StopReason.NonFinite"/> is not counted (it is theta_{Steps + 1}, in
        /// <see cref="NonFinite"/>); one that stopped it with <see cref="StopReason.NonDifferentiable"/> is.
        /// </summary>
        public int Steps { get; init; }

        /// <summary>
        /// When <see cref="Minimum"/> is a stationary point (its gradient norm is at most the
        /// tolerance), what the Hessian there makes of it: a minimum, a saddle, a maximum, or
        /// degenerate. Null when the gradient there is above the tolerance or the Hessian there is
        /// not finite.
        /// </summary>
        public StationaryPointKind? StationaryPoint { get; init; }

        /// <summary>The Hessian's eigenvalues at <see cref="Minimum"/>, ascending, when <see cref="StationaryPoint"/> is set; null otherwise.</summary>
        public double[]? HessianEigenvalues { get; init; }

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

        /// <summary>
        /// Where and in what a NaN or infinity appeared, when <see cref="StopReason"/> is
        /// <see cref="StopReason.NonFinite"/> or <see cref="StopReason.NonDifferentiable"/>; null otherwise.
        /// </summary>
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
            text.Append("  ").Append(StationaryPoint == SymbolicGd.StationaryPointKind.Minimum || StopReason != StopReason.Converged ? "minimum " : "point ")
                .Append(NumberText.Point(ParameterNames, Minimum))
                .Append(", value ").Append(NumberText.Of(Value))
                .Append(", gradient norm ").Append(double.IsNaN(GradientNorm) ? "not finite" : NumberText.Of(GradientNorm));
            if (MinimumIteration != Steps)
            {
                text.Append(" (the best iterate, theta_").Append(NumberText.Of(MinimumIteration)).Append(')');
            }

            text.AppendLine();
            if (NonFinite is { } bad)
            {
                text.Append("  ").Append(bad.Quantity == NonFiniteQuantity.Theta ? "theta" : "the " + bad.Quantity.ToString().ToLowerInvariant())
                    .Append(" was not finite at iterate ").Append(NumberText.Of(bad.Iteration))
                    .Append(", ").Append(NumberText.Point(ParameterNames, bad.Theta));
                if (StopReason == StopReason.NonDifferentiable)
                {
                    text.Append(bad.Quantity == NonFiniteQuantity.Gradient
                        ? ", where the loss is finite: it has a kink there (no derivative; e.g. 0/0)"
                        : ", where the loss and its gradient are finite: the gradient has a kink there (infinite curvature)");
                    text.Append(MinimumIteration == bad.Iteration ? "; that point is the best seen and is returned" : "; the best point seen is returned");
                }

                text.AppendLine();
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
                StopReason.Converged => Stationary(steps),
                StopReason.MaxSteps => "stopped at MaxSteps after " + steps + " without converging",
                StopReason.Oscillating => "oscillating: after " + steps + " the iterates cycle between two points",
                StopReason.Diverged => "diverged: the loss rose with eta*L above " + MethodMath.Name(Summary.Method) + "'s limit " + NumberText.Of(Summary.StabilityLimit) + ", stopped after " + steps,
                StopReason.NonDifferentiable => "stopped after " + steps + " at a point where the loss is not differentiable",
                StopReason.Stalled when Summary.Method == DescentMethod.Newton =>
                    "stalled after " + steps + ": along the Newton direction no step, down to steps below the rounding of theta, lowers the loss; it cannot decrease further here in double precision (gradient norm "
                    + NumberText.Of(GradientNorm) + ", tolerance " + NumberText.Of(Summary.Tolerance) + ")",
                StopReason.Stalled =>
                    "stalled after " + steps + ": along the gradient no certified step, down to steps below the rounding of theta, keeps the computed loss from rising (or the loss has a kink or leaves its domain at theta); it cannot decrease further here in double precision (gradient norm "
                    + NumberText.Of(GradientNorm) + ", tolerance " + NumberText.Of(Summary.Tolerance) + ")",
                _ => "stopped on a NaN or infinity after " + steps,
            };
        }

        // Converged means a small gradient; what kind of point that is, the Hessian says.
        private string Stationary(string steps)
        {
            string range = HessianEigenvalues is { Length: > 0 } lambda
                ? (lambda.Length == 1 ? "Hessian " + NumberText.Of(lambda[0]) : "Hessian eigenvalues from " + NumberText.Of(lambda[0]) + " to " + NumberText.Of(lambda[^1]))
                : string.Empty;
            return StationaryPoint switch
            {
                SymbolicGd.StationaryPointKind.Minimum => "converged to a minimum after " + steps + " (" + range + ")",
                SymbolicGd.StationaryPointKind.Saddle =>
                    "stopped at a saddle point after " + steps + ", not a minimum: the gradient vanishes but the Hessian has a negative eigenvalue (" + range + "), so the loss falls along its eigenvector",
                SymbolicGd.StationaryPointKind.Maximum =>
                    "stopped at a maximum after " + steps + ", not a minimum: the gradient vanishes but every Hessian eigenvalue is negative (" + range + "), so the loss falls in every direction from here",
                SymbolicGd.StationaryPointKind.Degenerate =>
                    "stopped at a stationary point after " + steps + " where the Hessian is singular (" + range + "): the second-order test cannot tell a minimum from a saddle",
                _ => "converged after " + steps + " (gradient norm within the tolerance; the Hessian there is not finite, so the kind of point is unknown)",
            };
        }
    }
}
