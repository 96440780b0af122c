using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace SymbolicGd.Benchmarks.Generator
{
    /// <summary>
    /// The least any [Loss] generator must do: find the methods (the same
    /// ForAttributeWithMetadataName query) and add one file. Its times are Roslyn's own share,
    /// the floor against which the real generator's first run and re-run are read.
    /// </summary>
    internal sealed class LossFinderGenerator : IIncrementalGenerator
    {
        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
            IncrementalValuesProvider<string> names = context.SyntaxProvider.ForAttributeWithMetadataName(
                "SymbolicGd.LossAttribute",
                predicate: static (node, _) => node is MethodDeclarationSyntax,
                transform: static (context, _) => context.TargetSymbol.Name);

            context.RegisterSourceOutput(names.Collect(), static (context, all) =>
                context.AddSource("LossNames.g.cs", "// " + all.Length.ToString(System.Globalization.CultureInfo.InvariantCulture) + " losses\n"));
        }
    }
}
