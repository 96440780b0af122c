namespace SymbolicGd.Generator
{
    /// <summary>
    /// The keys of <see cref="Microsoft.CodeAnalysis.Diagnostic.Properties"/> on SGD0030, the
    /// contract between <c>LearningRateAnalyzer</c> and the code fix in SymbolicGd.CodeFixes
    /// (which compiles this file too, so neither assembly references the other).
    /// </summary>
    internal static class LearningRateFixProperties
    {
        /// <summary>The diagnostic the fix applies to.</summary>
        public const string DiagnosticId = "SGD0030";

        /// <summary>The generated NameLoss as it can be named at the learning rate (minimally qualified).</summary>
        public const string LossType = "LossType";

        /// <summary>"true" when the loss has the generated constant <c>MaxStableLearningRate</c> (2/L).</summary>
        public const string HasMaxStableLearningRate = "HasMaxStableLearningRate";

        /// <summary>The DescentMethod member the options select: GradientDescent, HeavyBall or Nesterov.</summary>
        public const string Method = "Method";

        /// <summary>The method's stability limit on eta*L (2 for gradient descent), round-trip invariant text.</summary>
        public const string StabilityLimit = "StabilityLimit";

        /// <summary>L, round-trip invariant text.</summary>
        public const string Lipschitz = "Lipschitz";

        /// <summary>"true" when the learning rate property is <c>double?</c>, so null (automatic) is allowed.</summary>
        public const string Nullable = "Nullable";

        /// <summary>The name of the generated constant 2/L on a constant-Hessian NameLoss.</summary>
        public const string MaxStableLearningRateName = "MaxStableLearningRate";

        /// <summary>The name of the generated constant L on a constant-Hessian NameLoss.</summary>
        public const string LipschitzName = "Lipschitz";
    }
}
