namespace SymbolicGd
{
    // What the descent loop found out, handed to DescentReport to build the public result.
    internal struct RunState
    {
        public StopReason Stop;

        // The final iterate is theta_Steps.
        public int Steps;
        public double FinalNorm;

        // The best iterate (lowest finite loss; ties go to the later one), in Buffers.Best.
        public int BestIteration;
        public double BestValue;
        public double BestNorm;

        public double StartValue;
        public double StartLipschitz;
        public double StartSmallest;
        public double MaxLipschitz;

        // The parameters the first step used (after the guard).
        public double StartEta;
        public double StartMomentum;

        // The step the regime judges: the requested step closest to the method's limit
        // (largest eta*L_t / limit) over the steps taken, the start when none was taken, with what
        // was known there.
        public int RegimeStep;
        public double RegimeEta;
        public double RegimeMomentum;
        public double RegimeEtaL;
        public double RegimeRatio;
        public double RegimeLipschitz;
        public double RegimeSmallest;

        public int UnstableSteps;
        public int ClampedSteps;
        public int BacktrackedSteps;

        // StepGuard.Certified: steps taken with a shorter eta than requested, the smallest
        // eta_used / eta_requested and the sum of their logarithms (for the geometric mean), the
        // interval evaluations made and the largest L_segment of an accepted step.
        public int ShortenedSteps;
        public double SmallestShortening;
        public double LogShorteningSum;
        public int IntervalEvaluations;
        public double MaxSegmentLipschitz;
        public NonFiniteQuantity BadQuantity;
        public int BadIteration;

        // Norms sqrt(|g_t|^2 + |g_{t-1}|^2) at t = 1 and at powers of two, for the measured
        // contraction over (about) the second half of the run; the pair of the same phase keeps a
        // momentum method's rotation from masquerading as contraction.
        public int EarlyCheckpoint;
        public double EarlyNorm;
        public int LateCheckpoint;
        public double LateNorm;
        public double FinalPairNorm;
        public int FinalPairStep;
    }
}
