namespace SymbolicGd.Generator
{
    /// <summary>Names of the pipeline steps, for <c>WithTrackingName</c> and the caching tests.</summary>
    internal static class TrackingNames
    {
        /// <summary>[Loss] methods turned into specs, locations and shape diagnostics.</summary>
        public const string LossTargets = nameof(LossTargets);

        /// <summary>Each target compiled by the symbolic engine and emitted.</summary>
        public const string LossResults = nameof(LossResults);

        /// <summary>The diagnostics of each result.</summary>
        public const string Diagnostics = nameof(Diagnostics);

        /// <summary>
        /// Non-empty diagnostics paired with the compilation, to report them at source locations
        /// that #pragma can suppress. Deliberately recomputed for every compilation (it only
        /// reports); the caching tests exempt it.
        /// </summary>
        public const string DiagnosticsInSource = nameof(DiagnosticsInSource);

        /// <summary>The generated file of each result.</summary>
        public const string Sources = nameof(Sources);

        /// <summary>All generated files, to give each a unique hint name.</summary>
        public const string AllSources = nameof(AllSources);
    }
}
