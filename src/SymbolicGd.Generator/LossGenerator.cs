using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;
using SymbolicGd.Generator.Model;

namespace SymbolicGd.Generator
{
    /// <summary>
    /// Implements every <c>[Loss("...")]</c> method and adds its gradient, Hessian and
    /// <c>NameLoss</c> type. Data flows one way:
    /// [Loss] method → <see cref="LossTarget"/> (<see cref="LossTargetParser"/>: a position-free
    /// <see cref="LossSpec"/> plus positions) → <see cref="CompiledLoss"/> (<see cref="LossCompilation"/>:
    /// engine + <see cref="LossEmitter"/>, from the spec alone) → two outputs: sources, and
    /// diagnostics placed in the file by <see cref="DiagnosticPlacement"/>. A keystroke above a loss
    /// changes its target's positions but not its spec, so nothing is derived again.
    /// </summary>
    [Generator(LanguageNames.CSharp)]
    public sealed class LossGenerator : IIncrementalGenerator
    {
        /// <inheritdoc/>
        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
            IncrementalValuesProvider<LossTarget> targets = context.SyntaxProvider
                .ForAttributeWithMetadataName(
                    LossTargetParser.LossAttributeName,
                    predicate: static (node, _) => node is MethodDeclarationSyntax or LocalFunctionStatementSyntax,
                    transform: static (context, cancellationToken) => LossTargetParser.Parse(context, cancellationToken))
                .WithTrackingName(TrackingNames.LossTargets);

            // One bool per compilation, equal from edit to edit: it joins the compile key without
            // making the expensive step rerun.
            IncrementalValueProvider<EmitTarget> emitTarget = context.CompilationProvider
                .Select(static (compilation, _) => new EmitTarget(HasVectorExpLog(compilation)))
                .WithTrackingName(TrackingNames.EmitTarget);

            // The expensive step sees only the spec: positions stay behind in the targets.
            IncrementalValuesProvider<CompiledLoss> compiled = targets
                .Select(static (target, _) => target.Spec)
                .WithTrackingName(TrackingNames.LossSpecs)
                .Combine(emitTarget)
                .Select(static (pair, cancellationToken) => LossCompilation.Compile(pair.Left, pair.Right, cancellationToken))
                .WithTrackingName(TrackingNames.CompiledLosses);

            // Both sides come from the same targets through element-wise steps, so their collected
            // arrays pair up by index. This step is cheap and reruns whenever a loss moves.
            IncrementalValuesProvider<EquatableArray<DiagnosticInfo>> diagnostics = targets.Collect()
                .Combine(compiled.Collect())
                .SelectMany(static (pair, _) => DiagnosticPlacement.Locate(pair.Left, pair.Right))
                .WithTrackingName(TrackingNames.Diagnostics);

            // #pragma warning disable only applies to a location in a syntax tree, and the models
            // hold plain file positions (a tree would defeat caching). So the few losses that have
            // diagnostics meet the compilation again here, at the very end, to find their trees.
            IncrementalValuesProvider<(EquatableArray<DiagnosticInfo> Diagnostics, Compilation Compilation)> located = diagnostics
                .Combine(context.CompilationProvider)
                .WithTrackingName(TrackingNames.DiagnosticsInSource);

            IncrementalValueProvider<ImmutableArray<GeneratedSource>> sources = compiled
                .Where(static result => result.Source is not null)
                .Select(static (result, _) => result.Source!)
                .WithTrackingName(TrackingNames.Sources)
                .Collect()
                .WithTrackingName(TrackingNames.AllSources);

            context.RegisterSourceOutput(located, static (context, item) =>
            {
                foreach (DiagnosticInfo diagnostic in item.Diagnostics)
                {
                    context.ReportDiagnostic(diagnostic.ToDiagnostic(item.Compilation));
                }
            });

            context.RegisterSourceOutput(sources, static (context, sources) =>
            {
                // Hint names are compared ignoring case; "Fit" and "fit" in one type, or a namespace
                // that spells a nested type's path, would otherwise collide.
                var used = new HashSet<string>(System.StringComparer.OrdinalIgnoreCase);
                foreach (GeneratedSource source in sources)
                {
                    string hintName = source.HintName;
                    for (int i = 2; !used.Add(hintName); i++)
                    {
                        hintName = source.HintName.Substring(0, source.HintName.Length - ".g.cs".Length) + "_" + i.ToString(CultureInfo.InvariantCulture) + ".g.cs";
                    }

                    context.AddSource(hintName, SourceText.From(source.Text, Encoding.UTF8));
                }
            });
        }

        // Vector256.Exp and Log came with .NET 9; a consumer on .NET 8 gets lane-by-lane fallbacks.
        private static bool HasVectorExpLog(Compilation compilation) =>
            compilation.GetTypeByMetadataName("System.Runtime.Intrinsics.Vector256") is INamedTypeSymbol vector
            && !vector.GetMembers("Exp").IsEmpty && !vector.GetMembers("Log").IsEmpty;
    }
}
