using System;
using System.Collections;
using System.Collections.Generic;

namespace SymbolicGd
{
    /// <summary>
    /// Every iterate theta_0 .. theta_n of a run (for Nesterov, the points y_t where the gradient is evaluated) (n = <see cref="DescentResult.Steps"/>), as
    /// parallel arrays that a plotting library takes directly, e.g. with ScottPlot
    /// <c>plot.Add.Scatter(t.Iterations, t.Loss)</c> or
    /// <c>plot.Add.Scatter(t.Coordinate(0), t.Coordinate(1))</c>, and as a list of
    /// <see cref="TrajectoryPoint"/> records. Every array has <see cref="Count"/> = n + 1
    /// entries, index t describing theta_t; the per-step arrays (<see cref="LearningRate"/>,
    /// <see cref="Clamped"/>) describe the step taken from theta_t, so their last entry is NaN
    /// (false): no step is taken from the final iterate.
    /// </summary>
    public sealed class DescentTrajectory : IReadOnlyList<TrajectoryPoint>
    {
        internal DescentTrajectory(IReadOnlyList<string> parameterNames, double[][] theta, double[] loss, double[] gradientNorm, double[] learningRate, double[] lipschitz, bool[] clamped, double[] momentum)
        {
            ParameterNames = parameterNames;
            Theta = theta;
            Loss = loss;
            GradientNorm = gradientNorm;
            LearningRate = learningRate;
            Lipschitz = lipschitz;
            Clamped = clamped;
            Momentum = momentum;
            Iterations = new double[theta.Length];
            for (int t = 0; t < Iterations.Length; t++)
            {
                Iterations[t] = t;
            }
        }

        /// <summary>The loss's parameter names; <see cref="Coordinate(string)"/> looks them up.</summary>
        public IReadOnlyList<string> ParameterNames { get; }

        /// <summary>Number of recorded iterates (steps + 1).</summary>
        public int Count => Theta.Length;

        /// <summary>0, 1, .., n as doubles: the x axis for plots against the iteration.</summary>
        public double[] Iterations { get; }

        /// <summary>Theta[t] is theta_t (a fresh array per iterate).</summary>
        public double[][] Theta { get; }

        /// <summary>Loss[t] is the loss at theta_t.</summary>
        public double[] Loss { get; }

        /// <summary>GradientNorm[t] is the Euclidean gradient norm at theta_t.</summary>
        public double[] GradientNorm { get; }

        /// <summary>
        /// LearningRate[t] is the eta used to step from theta_t (after clamping; for Newton the
        /// step length alpha the line search accepted); NaN for the last iterate.
        /// </summary>
        public double[] LearningRate { get; }

        /// <summary>Lipschitz[t] is L_t, the largest absolute Hessian eigenvalue at theta_t.</summary>
        public double[] Lipschitz { get; }

        /// <summary>Clamped[t] says whether the step from theta_t was clamped by the guard (to 1/L_t; Newton: to alpha = 1).</summary>
        public bool[] Clamped { get; }

        /// <summary>Momentum[t] is the beta of the step from theta_t (0 for gradient descent and Newton); NaN for the last iterate.</summary>
        public double[] Momentum { get; }

        /// <summary>
        /// <see cref="StepGuard.Certified"/> only: RequestedLearningRate[t] is the eta the step from
        /// theta_t asked for (<see cref="DescentOptions.LearningRate"/>, or 1/L_t when automatic);
        /// <see cref="LearningRate"/>[t] below it means the guard shortened the step. NaN under the
        /// other guards and for the last iterate.
        /// </summary>
        public double[] RequestedLearningRate { get; init; } = Array.Empty<double>();

        /// <summary>
        /// <see cref="StepGuard.Certified"/> only: SegmentLipschitz[t] is L_segment of the step from
        /// theta_t, the upper bound on the curvature along the step (over its segment's box) that
        /// certified it: <see cref="LearningRate"/>[t] * SegmentLipschitz[t] &lt; 2. NaN under the
        /// other guards and for the last iterate.
        /// </summary>
        public double[] SegmentLipschitz { get; init; } = Array.Empty<double>();

        /// <summary>The record of theta_t.</summary>
        public TrajectoryPoint this[int index] => new TrajectoryPoint(index, Theta[index], Loss[index], GradientNorm[index], LearningRate[index], Lipschitz[index], Clamped[index], Momentum[index])
        {
            RequestedLearningRate = index < RequestedLearningRate.Length ? RequestedLearningRate[index] : double.NaN,
            SegmentLipschitz = index < SegmentLipschitz.Length ? SegmentLipschitz[index] : double.NaN,
        };

        /// <summary>The values of parameter <paramref name="parameter"/> over the run: theta_0[i] .. theta_n[i] (a new array).</summary>
        public double[] Coordinate(int parameter)
        {
            if (parameter < 0 || parameter >= ParameterNames.Count)
            {
                throw new ArgumentOutOfRangeException(nameof(parameter), parameter, $"The loss has {ParameterNames.Count} parameter(s).");
            }

            var values = new double[Theta.Length];
            for (int t = 0; t < values.Length; t++)
            {
                values[t] = Theta[t][parameter];
            }

            return values;
        }

        /// <summary>The values of the parameter named <paramref name="name"/> over the run (a new array).</summary>
        public double[] Coordinate(string name)
        {
            for (int i = 0; i < ParameterNames.Count; i++)
            {
                if (ParameterNames[i] == name)
                {
                    return Coordinate(i);
                }
            }

            throw new ArgumentException($"The loss has no parameter named '{name}'; its parameters are {string.Join(", ", ParameterNames)}.", nameof(name));
        }

        /// <inheritdoc />
        public IEnumerator<TrajectoryPoint> GetEnumerator()
        {
            for (int t = 0; t < Count; t++)
            {
                yield return this[t];
            }
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
