namespace SymbolicGd.Generator.Model
{
    /// <summary>What a parameter of a loss method is to the loss.</summary>
    internal enum ParameterKind
    {
        /// <summary>A <c>double</c> the loss is minimised over: one entry of theta.</summary>
        Variable,

        /// <summary>A <c>ReadOnlySpan&lt;double&gt;</c>: a data column, one value per sample.</summary>
        Column,

        /// <summary>A <c>[Fixed] double</c>: held fixed, not differentiated.</summary>
        Fixed,
    }

    /// <summary>One parameter of a <c>[Loss]</c> method.</summary>
    /// <param name="Name">The name as the expression uses it (no '@').</param>
    /// <param name="Identifier">The name as a C# identifier, e.g. <c>@checked</c>.</param>
    /// <param name="Kind">What the parameter is to the loss.</param>
    /// <param name="DefaultValue">The default value as a C# literal (<c>5.0</c>) when the parameter is optional, else null.</param>
    internal sealed record LossParameter(string Name, string Identifier, ParameterKind Kind, string? DefaultValue);
}
