using System;
using System.Collections.Generic;

namespace SymbolicGd.Symbolic
{
    /// <summary>What <see cref="CSharpEmitter.EmitStatements"/> should compute and where to put it.</summary>
    internal sealed record EmitRequest
    {
        /// <summary>
        /// C# expression that reads each parameter: "x", "@checked", or "theta[0]". A parameter
        /// expression that is not a plain identifier is read once into a local first.
        /// </summary>
        public IReadOnlyList<string> Parameters { get; init; } = Array.Empty<string>();

        /// <summary>End with "return &lt;loss&gt;;".</summary>
        public bool ReturnValue { get; init; }

        /// <summary>When set: "&lt;span&gt;[i] = dL/dp_i;" for every i.</summary>
        public string? GradientSpan { get; init; }

        /// <summary>When set: "&lt;span&gt;[i*n+j] = d2L/dp_i dp_j;" for every i, j (zeros too).</summary>
        public string? HessianSpan { get; init; }

        /// <summary>End with "return dL/dp_i;" (NameDerivative).</summary>
        public int? ReturnGradientIndex { get; init; }

        /// <summary>n = 1: end with "return d2L/dp2;".</summary>
        public bool ReturnSecondDerivative { get; init; }

        /// <summary>Data losses: the C# expression of each fixed value.</summary>
        public IReadOnlyList<string> FixedValues { get; init; } = Array.Empty<string>();

        /// <summary>Data losses: the C# expression of N, the number of samples (a double).</summary>
        public string? SampleCount { get; init; }

        /// <summary>Data losses: the sums over samples the outputs read, in accumulator order (<see cref="SampleLoopEmitter.Sums"/>).</summary>
        public IReadOnlyList<Expr> Sums { get; init; } = Array.Empty<Expr>();

        /// <summary>Names the statements must not declare (locals get another prefix when one of these is prefix + digits).</summary>
        public IReadOnlyList<string> ReservedNames { get; init; } = Array.Empty<string>();

        /// <summary>Data losses: the span holding the accumulated sums; sum k is read as "&lt;span&gt;[k]".</summary>
        public string? SumsSpan { get; init; }
    }
}
