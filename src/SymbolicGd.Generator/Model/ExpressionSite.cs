namespace SymbolicGd.Generator.Model
{
    /// <summary>
    /// Where the expression text sits in the source, so that an error at characters a..b of the
    /// expression is reported at the matching characters inside the string literal. It keeps the
    /// literal's source text and where it starts, and leaves the character-by-character mapping
    /// to the few losses that report something (<see cref="StringLiteralMap.Locate"/>): reading it
    /// must stay cheap, as every loss of a file is read again after each keystroke.
    /// </summary>
    /// <param name="Argument">The whole attribute argument: the fallback location.</param>
    /// <param name="Literal">
    /// The argument's source text, quotes included, when it is a plain or verbatim string literal;
    /// null for anything that cannot be mapped (constants, concatenations, interpolated or raw strings).
    /// </param>
    /// <param name="LiteralStart">Where <paramref name="Literal"/> starts, with its line and column.</param>
    internal sealed record ExpressionSite(LocationInfo Argument, string? Literal, SourcePoint LiteralStart);

    /// <summary>A position in a file with its line and column, as the <see cref="LocationInfo"/> needs both.</summary>
    internal readonly record struct SourcePoint(int Position, int Line, int Character);
}
