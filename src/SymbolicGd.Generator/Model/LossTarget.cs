namespace SymbolicGd.Generator.Model
{
    /// <summary>
    /// The first pipeline stage's output for one <c>[Loss]</c> method: the spec, where its parts
    /// are in the source, and what is already wrong with the method's shape.
    /// </summary>
    internal sealed record LossTarget(
        LossSpec? Spec,
        LocationInfo? MethodLocation,
        ExpressionSite? Site,
        EquatableArray<DiagnosticInfo> ShapeDiagnostics);
}
