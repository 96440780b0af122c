using Microsoft.CodeAnalysis;

namespace SymbolicGd.Generator.Model
{
    /// <summary>
    /// A diagnostic to report, as values: the descriptor's ID, where, and the message arguments
    /// already turned into strings (a <see cref="Diagnostic"/> would hold a syntax tree).
    /// </summary>
    internal sealed record DiagnosticInfo(string Id, LocationInfo? Location, EquatableArray<string> MessageArgs)
    {
        public static DiagnosticInfo Create(DiagnosticDescriptor descriptor, LocationInfo? location, params string[] messageArgs) =>
            new(descriptor.Id, location, new EquatableArray<string>(messageArgs));

        /// <summary>The diagnostic, located in the compilation's syntax tree of that file when there is one.</summary>
        public Diagnostic ToDiagnostic(Compilation compilation)
        {
            object?[] args = new object?[MessageArgs.Count];
            for (int i = 0; i < args.Length; i++)
            {
                args[i] = MessageArgs[i];
            }

            return Diagnostic.Create(DiagnosticDescriptors.ById(Id), Location?.ToLocation(compilation) ?? Microsoft.CodeAnalysis.Location.None, args);
        }
    }
}
