using System;
using System.Collections.Generic;

namespace SymbolicGd
{
    // Collects iterates while a run records its trajectory; absent (null) otherwise, so the
    // loop pays one null check per step when recording is off.
    internal sealed class TrajectoryRecorder
    {
        private readonly List<double[]> theta = new();
        private readonly List<double> loss = new();
        private readonly List<double> gradientNorm = new();
        private readonly List<double> learningRate = new();
        private readonly List<double> lipschitz = new();
        private readonly List<bool> clamped = new();

        public int Count => theta.Count;

        public void AddIterate(ReadOnlySpan<double> point, double value, double norm, double lipschitz)
        {
            theta.Add(point.ToArray());
            loss.Add(value);
            gradientNorm.Add(norm);
            this.lipschitz.Add(lipschitz);
            learningRate.Add(double.NaN);
            clamped.Add(false);
        }

        // Completes the latest iterate with the step taken from it.
        public void SetStep(double eta, bool wasClamped)
        {
            learningRate[^1] = eta;
            clamped[^1] = wasClamped;
        }

        // Drops iterates after the first keep ones (a non-finite iterate is not kept).
        public void Truncate(int keep)
        {
            if (theta.Count > keep)
            {
                int extra = theta.Count - keep;
                theta.RemoveRange(keep, extra);
                loss.RemoveRange(keep, extra);
                gradientNorm.RemoveRange(keep, extra);
                learningRate.RemoveRange(keep, extra);
                lipschitz.RemoveRange(keep, extra);
                clamped.RemoveRange(keep, extra);
            }

            if (keep > 0)
            {
                learningRate[keep - 1] = double.NaN;
                clamped[keep - 1] = false;
            }
        }

        public DescentTrajectory Build(IReadOnlyList<string> parameterNames) =>
            new(parameterNames, theta.ToArray(), loss.ToArray(), gradientNorm.ToArray(), learningRate.ToArray(), lipschitz.ToArray(), clamped.ToArray());
    }
}
