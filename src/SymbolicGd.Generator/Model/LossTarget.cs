namespace SymbolicGd.Generator.Model
{
    /// <summary>
    /// The first pipeline stage's output for one <c>[Loss]</c> method: the position-free spec, and
    /// apart from it where the method and its expression are and what is already wrong with the
    /// method's shape (diagnostics located in the file).
    /// </summary>
    internal sealed record LossTarget(
        LossSpec? Spec,
        LocationInfo? MethodLocation,
        ExpressionSite? Site,
        EquatableArray<DiagnosticInfo> ShapeDiagnostics);
}
