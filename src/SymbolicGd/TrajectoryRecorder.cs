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
        private readonly List<double> momentum = new();
        private readonly List<double> requestedLearningRate = new();
        private readonly List<double> segmentLipschitz = new();

        public int Count => theta.Count;

        public void AddIterate(ReadOnlySpan<double> point, double value, double norm, double lipschitz)
        {
            theta.Add(point.ToArray());
            loss.Add(value);
            gradientNorm.Add(norm);
            this.lipschitz.Add(lipschitz);
            learningRate.Add(double.NaN);
            clamped.Add(false);
            momentum.Add(double.NaN);
            requestedLearningRate.Add(double.NaN);
            segmentLipschitz.Add(double.NaN);
        }

        // Completes the latest iterate with the step taken from it.
        public void SetStep(double eta, bool wasClamped, double beta)
        {
            learningRate[^1] = eta;
            clamped[^1] = wasClamped;
            momentum[^1] = beta;
        }

        // StepGuard.Certified: the eta the step asked for and the L_segment that certified the one taken.
        public void SetCertified(double requested, double lSegment)
        {
            requestedLearningRate[^1] = requested;
            segmentLipschitz[^1] = lSegment;
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
                momentum.RemoveRange(keep, extra);
                requestedLearningRate.RemoveRange(keep, extra);
                segmentLipschitz.RemoveRange(keep, extra);
            }

            if (keep > 0)
            {
                learningRate[keep - 1] = double.NaN;
                clamped[keep - 1] = false;
                momentum[keep - 1] = double.NaN;
                requestedLearningRate[keep - 1] = double.NaN;
                segmentLipschitz[keep - 1] = double.NaN;
            }
        }

        public DescentTrajectory Build(IReadOnlyList<string> parameterNames) =>
            new(parameterNames, theta.ToArray(), loss.ToArray(), gradientNorm.ToArray(), learningRate.ToArray(), lipschitz.ToArray(), clamped.ToArray(), momentum.ToArray())
            {
                RequestedLearningRate = requestedLearningRate.ToArray(),
                SegmentLipschitz = segmentLipschitz.ToArray(),
            };
    }
}
