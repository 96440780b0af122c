namespace SymbolicGd
{
    /// <summary>The outcome of a <see cref="GradientDescent"/> run.</summary>
    public sealed class DescentResult
    {
        /// <summary>The last parameters reached (the last finite ones after a NaN).</summary>
        public required double[] Minimum { get; init; }

        /// <summary>The loss at <see cref="Minimum"/>.</summary>
        public double Value { get; init; }

        /// <summary>Why the run stopped.</summary>
        public StopReason StopReason { get; init; }

        /// <summary>Steps taken.</summary>
        public int Steps { get; init; }
    }
}
