namespace SymbolicGd.Generator
{
    /// <summary>Names of the pipeline steps, for <c>WithTrackingName</c> and the caching tests.</summary>
    internal static class TrackingNames
    {
        /// <summary>[Loss] methods read into specs, positions and shape diagnostics (reruns for every loss in an edited file).</summary>
        public const string LossTargets = nameof(LossTargets);

        /// <summary>
        /// The position-free spec of each target. Equal after an edit that only moves a loss, so
        /// the step after it is not run.
        /// </summary>
        public const string LossSpecs = nameof(LossSpecs);

        /// <summary>What the consumer's framework offers emitted code (vector exp and log): one lookup per compilation, equal across edits.</summary>
        public const string EmitTarget = nameof(EmitTarget);

        /// <summary>Each spec compiled by the symbolic engine and emitted: the expensive step.</summary>
        public const string CompiledLosses = nameof(CompiledLosses);

        /// <summary>The located diagnostics of each loss that has any: compile results joined with positions.</summary>
        public const string Diagnostics = nameof(Diagnostics);

        /// <summary>
        /// Located diagnostics paired with the compilation, to report them at source locations
        /// that #pragma can suppress. Deliberately recomputed for every compilation (it only
        /// reports); the caching tests exempt it.
        /// </summary>
        public const string DiagnosticsInSource = nameof(DiagnosticsInSource);

        /// <summary>The generated file of each compiled loss.</summary>
        public const string Sources = nameof(Sources);

        /// <summary>All generated files, to give each a unique hint name.</summary>
        public const string AllSources = nameof(AllSources);
    }
}
