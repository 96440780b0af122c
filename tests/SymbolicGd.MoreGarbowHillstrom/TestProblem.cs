using System;
using System.Collections.Generic;

namespace SymbolicGd.MoreGarbowHillstrom
{
    /// <summary>A minimum value the paper publishes for a problem, with where it lies.</summary>
    /// <param name="Value">The published f*.</param>
    /// <param name="Where">Where it lies, or "local" for a published local minimum.</param>
    public sealed record PublishedMinimum(double Value, string Where)
    {
        /// <summary>
        /// Whether a loss value reaches this minimum: |f - f*| at most 1e-5 |f*| + 1e-10, above the
        /// six significant digits the paper publishes.
        /// </summary>
        public bool IsReachedBy(double value) => Math.Abs(value - Value) <= (1e-5 * Math.Abs(Value)) + 1e-10;

        /// <summary>True for a local minimum the paper lists besides the global one.</summary>
        public bool IsLocal => Where.StartsWith("local", StringComparison.Ordinal);
    }

    /// <summary>One More-Garbow-Hillstrom problem: its number in the paper, name, residual count, standard start and published minima (the global first).</summary>
    public sealed record TestProblem(int Number, string Name, int Residuals, double[] Start, IReadOnlyList<PublishedMinimum> Minima, Func<double[], DescentOptions, DescentResult> Minimize)
    {
        /// <summary>n, the number of variables.</summary>
        public int Dimension => Start.Length;

        /// <summary>The published minimum the value reaches (the global one first), or null.</summary>
        public PublishedMinimum? Reached(double value)
        {
            foreach (PublishedMinimum minimum in Minima)
            {
                if (minimum.IsReachedBy(value))
                {
                    return minimum;
                }
            }

            return null;
        }
    }
}
