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
        public double StartEta;

        // The step the regime judges: the largest requested eta*L_t over the steps taken (the
        // start when none was taken), with what was known there.
        public int RegimeStep;
        public double RegimeEta;
        public double RegimeEtaL;
        public double RegimeLipschitz;
        public double RegimeSmallest;

        public int UnstableSteps;
        public int ClampedSteps;
        public NonFiniteQuantity BadQuantity;
        public int BadIteration;
    }
}
