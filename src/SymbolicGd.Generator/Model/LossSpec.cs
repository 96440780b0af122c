namespace SymbolicGd.Generator.Model
{
    /// <summary>What the generator can emit for a <c>[Loss]</c> method.</summary>
    internal enum LossShape
    {
        /// <summary>A well-formed loss method: compile the expression and emit every member.</summary>
        Valid,

        /// <summary>
        /// A malformed method that is still an unimplemented partial definition (possibly in a
        /// type that is not partial): emit only a body that throws, so the user sees the SGD
        /// diagnostic and no cascading CS8795 (or, for a type that is not partial, CS0751).
        /// </summary>
        ThrowingBodyOnly,

        /// <summary>Nothing can be emitted without causing other compiler errors.</summary>
        None,
    }

    /// <summary>
    /// Everything the expensive stage (parse, differentiate, factor, emit) needs about one
    /// <c>[Loss]</c> method, and nothing else: names, texts and kinds, no symbols, syntax or
    /// positions. An edit that only moves the method (a line inserted above it) leaves it equal,
    /// so the compiled result is reused; positions join the results only when diagnostics are
    /// reported (<see cref="DiagnosticPlacement"/>).
    /// </summary>
    /// <param name="Namespace">The containing namespace, or null for the global namespace.</param>
    /// <param name="ContainingTypes">Outermost first.</param>
    /// <param name="MethodName">The method's name without '@', the stem of the generated member names.</param>
    /// <param name="Signature">The implementing declaration, e.g. <c>public static partial double Quadratic(double theta)</c>.</param>
    /// <param name="MemberModifiers">The method's accessibility with a trailing space (or empty), used for every generated member.</param>
    /// <param name="Parameters">The method's parameters in declaration order.</param>
    /// <param name="Expression">The attribute's text, or null when it is not a constant string.</param>
    /// <param name="HintName">The generated file's name, unique per containing type and method.</param>
    internal sealed record LossSpec(
        string? Namespace,
        EquatableArray<ContainingTypeSpec> ContainingTypes,
        string MethodName,
        string Signature,
        string MemberModifiers,
        EquatableArray<LossParameter> Parameters,
        string? Expression,
        LossShape Shape,
        string HintName)
    {
        /// <summary>The names of the members this loss generates.</summary>
        public GeneratedNames Names => new(MethodName, VariableCount, IsData);

        /// <summary>The number of optimisation variables (parameters of kind Variable).</summary>
        public int VariableCount => System.Linq.Enumerable.Count(Parameters, p => p.Kind == ParameterKind.Variable);

        /// <summary>True when the loss has data columns or fixed values.</summary>
        public bool IsData => VariableCount < Parameters.Count;
    }

    /// <summary>A containing type declaration to reopen as partial: <c>partial class Outer&lt;T&gt;</c>.</summary>
    /// <param name="Keyword">class, struct, record, record struct or interface.</param>
    /// <param name="Name">The identifier as written (keeps '@').</param>
    /// <param name="TypeParameters">e.g. <c>&lt;T, U&gt;</c>, or empty.</param>
    internal sealed record ContainingTypeSpec(string Keyword, string Name, string TypeParameters);
}
