using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using SymbolicGd.Generator.Model;
using SymbolicGd.Symbolic;

namespace SymbolicGd.Generator
{
    /// <summary>
    /// Stage 2: compiles a target's expression with the symbolic engine, maps the engine's
    /// diagnostics into the string literal, and emits the file: the full loss when everything is
    /// valid, a throwing body when only that can be emitted, nothing otherwise.
    /// </summary>
    internal static class LossCompilation
    {
        public static LossResult Build(LossTarget target, CancellationToken cancellationToken)
        {
            var diagnostics = new List<DiagnosticInfo>(target.ShapeDiagnostics);
            LossSpec? spec = target.Spec;
            if (spec is null)
            {
                return new LossResult(null, diagnostics.ToEquatableArray());
            }

            try
            {
                // The expression is checked even when the method's shape is wrong, so that every
                // problem shows at once rather than one after another as each is fixed.
                if (spec.Expression is not null && spec.ParameterNames.Count > 0)
                {
                    LossDefinition loss = LossCompiler.Compile(spec.Expression, spec.ParameterNames.ToArray(), cancellationToken);
                    foreach (ExpressionDiagnostic issue in loss.Diagnostics)
                    {
                        diagnostics.Add(ToDiagnostic(spec, target.Site, target.MethodLocation, issue));
                    }

                    if (spec.Shape == LossShape.Valid && !loss.HasErrors)
                    {
                        cancellationToken.ThrowIfCancellationRequested();
                        return new LossResult(new GeneratedSource(spec.HintName, LossEmitter.EmitLoss(spec, loss)), diagnostics.ToEquatableArray());
                    }
                }
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // The generator must never throw (CS8785): a failure is a diagnostic.
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InternalError, target.MethodLocation, spec.MethodName, exception.GetType().Name + ": " + exception.Message));
            }

            GeneratedSource? fallback = spec.Shape == LossShape.None ? null : new GeneratedSource(spec.HintName, LossEmitter.EmitThrowingBody(spec));
            return new LossResult(fallback, diagnostics.ToEquatableArray());
        }

        private static DiagnosticInfo ToDiagnostic(LossSpec spec, ExpressionSite? site, LocationInfo? methodLocation, ExpressionDiagnostic issue)
        {
            LocationInfo? location = site is null ? methodLocation : StringLiteralMap.Locate(site, issue.Span.Start, issue.Span.End);
            string column = (issue.Span.Start + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
            return DiagnosticInfo.Create(Descriptor(issue.Kind), location, spec.MethodName, column, issue.Message);
        }

        private static Microsoft.CodeAnalysis.DiagnosticDescriptor Descriptor(ExpressionDiagnosticKind kind) => kind switch
        {
            ExpressionDiagnosticKind.Syntax => DiagnosticDescriptors.MalformedExpression,
            ExpressionDiagnosticKind.UnknownIdentifier => DiagnosticDescriptors.UnknownIdentifier,
            ExpressionDiagnosticKind.UnknownFunction => DiagnosticDescriptors.UnknownFunction,
            ExpressionDiagnosticKind.WrongArity => DiagnosticDescriptors.WrongArity,
            ExpressionDiagnosticKind.NonSmooth => DiagnosticDescriptors.NonSmoothFunction,
            _ => DiagnosticDescriptors.ExpressionTooComplex,
        };
    }
}
