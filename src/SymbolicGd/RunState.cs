namespace SymbolicGd
{
    // What the descent loop found out, handed to DescentReport to build the public result.
    internal struct RunState
    {
        public StopReason Stop;
        public int Steps;
        public double Value;
        public double GradientNorm;
        public double StartValue;
        public double StartLipschitz;
        public double MaxLipschitz;
        public double StartEta;
        public double StartRequestedEtaL;
        public double MaxRequestedEtaL;
        public int UnstableSteps;
        public int ClampedSteps;
        public NonFiniteQuantity BadQuantity;
        public int BadIteration;
    }
}
