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
    /// [Loss] method → <see cref="LossTarget"/> (<see cref="LossTargetParser"/>) →
    /// <see cref="LossResult"/> (<see cref="LossCompilation"/>: engine + <see cref="LossEmitter"/>) →
    /// two outputs, diagnostics and sources, so a diagnostic that only moved does not re-add a file.
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

            IncrementalValuesProvider<LossResult> results = targets
                .Select(static (target, cancellationToken) => LossCompilation.Build(target, cancellationToken))
                .WithTrackingName(TrackingNames.LossResults);

            IncrementalValuesProvider<EquatableArray<DiagnosticInfo>> diagnostics = results
                .Select(static (result, _) => result.Diagnostics)
                .WithTrackingName(TrackingNames.Diagnostics)
                .Where(static diagnostics => diagnostics.Count > 0);

            // #pragma warning disable only applies to a location in a syntax tree, and the models
            // hold plain file positions (a tree would defeat caching). So the few losses that have
            // diagnostics meet the compilation again here, at the very end, to find their trees.
            IncrementalValuesProvider<(EquatableArray<DiagnosticInfo> Diagnostics, Compilation Compilation)> located = diagnostics
                .Combine(context.CompilationProvider)
                .WithTrackingName(TrackingNames.DiagnosticsInSource);

            IncrementalValueProvider<ImmutableArray<GeneratedSource>> sources = results
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
    }
}
