namespace SymbolicGd.Generator.Model
{
    /// <summary>A generated file: its hint name and text.</summary>
    internal sealed record GeneratedSource(string HintName, string Text);

    /// <summary>
    /// What one <c>[Loss]</c> method produces: a file (or none) and its diagnostics. They are
    /// split into two outputs so that a diagnostic moving with an edit does not re-add the file.
    /// </summary>
    internal sealed record LossResult(GeneratedSource? Source, EquatableArray<DiagnosticInfo> Diagnostics);
}
