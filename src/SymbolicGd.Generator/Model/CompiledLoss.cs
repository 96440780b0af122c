using Microsoft.CodeAnalysis;

namespace SymbolicGd.Generator.Model
{
    /// <summary>A generated file: its hint name and text.</summary>
    internal sealed record GeneratedSource(string HintName, string Text);

    /// <summary>
    /// What the expensive stage makes of one <see cref="LossSpec"/>: the file (or none) and the
    /// diagnostics found on the way, positioned relative to the expression, not yet in a file.
    /// </summary>
    internal sealed record CompiledLoss(GeneratedSource? Source, EquatableArray<RelativeDiagnostic> Diagnostics)
    {
        public static readonly CompiledLoss Nothing = new(null, EquatableArray<RelativeDiagnostic>.Empty);
    }

    /// <summary>Characters [Start, End) of the expression text.</summary>
    internal readonly record struct ExpressionRange(int Start, int End);

    /// <summary>
    /// A diagnostic of the compile stage, positioned by what it is about rather than where that is
    /// in a file: a range of the expression text, or the method itself when
    /// <paramref name="Range"/> is null. <see cref="DiagnosticPlacement"/> turns it into a located
    /// <see cref="DiagnosticInfo"/>, so a loss that only moved is not compiled again.
    /// </summary>
    internal sealed record RelativeDiagnostic(string Id, ExpressionRange? Range, EquatableArray<string> MessageArgs)
    {
        public static RelativeDiagnostic InExpression(DiagnosticDescriptor descriptor, int start, int end, params string[] messageArgs) =>
            new(descriptor.Id, new ExpressionRange(start, end), new EquatableArray<string>(messageArgs));

        public static RelativeDiagnostic AtMethod(DiagnosticDescriptor descriptor, params string[] messageArgs) =>
            new(descriptor.Id, null, new EquatableArray<string>(messageArgs));
    }
}
