namespace SymbolicGd.Generator.Model
{
    /// <summary>
    /// Where the expression text sits in the source, so that an error at characters a..b of the
    /// expression is reported at the matching characters inside the string literal.
    /// </summary>
    /// <param name="Argument">The whole attribute argument: the fallback location.</param>
    /// <param name="Characters">
    /// For a plain or verbatim literal: the source point of each character of the expression
    /// value, plus one for the end; empty when the text cannot be mapped (constants,
    /// concatenations, interpolated or raw strings).
    /// </param>
    internal sealed record ExpressionSite(LocationInfo Argument, EquatableArray<SourcePoint> Characters);

    /// <summary>A position in a file with its line and column, as the <see cref="LocationInfo"/> needs both.</summary>
    internal readonly record struct SourcePoint(int Position, int Line, int Character);
}
