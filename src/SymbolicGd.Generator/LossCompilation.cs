using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using SymbolicGd.Generator.Model;
using SymbolicGd.Symbolic;

namespace SymbolicGd.Generator
{
    /// <summary>
    /// Stage 2, the expensive one: compiles a spec's expression with the symbolic engine and emits
    /// the file (the full loss when everything is valid, a throwing body when only that can be
    /// emitted, nothing otherwise). It sees only the position-free <see cref="LossSpec"/>, so the
    /// incremental driver reuses its result for a loss that merely moved; its diagnostics are
    /// positioned in the expression text and placed in the file later.
    /// </summary>
    internal static class LossCompilation
    {
        public static CompiledLoss Compile(LossSpec? spec, CancellationToken cancellationToken) =>
            Compile(spec, EmitTarget.Default, cancellationToken);

        /// <param name="spec">The loss.</param>
        /// <param name="target">What the consumer's framework offers the emitted code (vector exp and log).</param>
        /// <param name="cancellationToken">Observed throughout.</param>
        public static CompiledLoss Compile(LossSpec? spec, EmitTarget target, CancellationToken cancellationToken)
        {
            if (spec is null)
            {
                return CompiledLoss.Nothing;
            }

            var diagnostics = new List<RelativeDiagnostic>();
            try
            {
                // The expression is checked even when the method's shape is wrong, so that every
                // problem shows at once rather than one after another as each is fixed.
                if (spec.Expression is not null && spec.Parameters.Count > 0)
                {
                    LossDefinition loss = LossCompiler.Compile(spec.Expression, spec.Parameters.Select(p => p.Name).ToArray(), spec.Parameters.Select(p => EngineKind(p.Kind)).ToArray(), cancellationToken);
                    foreach (ExpressionDiagnostic issue in loss.Diagnostics)
                    {
                        string column = (issue.Span.Start + 1).ToString(CultureInfo.InvariantCulture);
                        diagnostics.Add(RelativeDiagnostic.InExpression(Descriptor(issue.Kind), issue.Span.Start, issue.Span.End, spec.MethodName, column, issue.Message));
                    }

                    if (spec.Shape == LossShape.Valid && !loss.HasErrors)
                    {
                        cancellationToken.ThrowIfCancellationRequested();
                        return new CompiledLoss(new GeneratedSource(spec.HintName, LossEmitter.EmitLoss(spec, loss, target)), diagnostics.ToEquatableArray());
                    }
                }
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // The generator must never throw (CS8785): a failure is a diagnostic.
                diagnostics.Add(RelativeDiagnostic.AtMethod(DiagnosticDescriptors.InternalError, spec.MethodName, exception.GetType().Name + ": " + exception.Message));
            }

            GeneratedSource? fallback = spec.Shape == LossShape.None ? null : new GeneratedSource(spec.HintName, LossEmitter.EmitThrowingBody(spec));
            return new CompiledLoss(fallback, diagnostics.ToEquatableArray());
        }

        private static LossParameterKind EngineKind(ParameterKind kind) => kind switch
        {
            ParameterKind.Column => LossParameterKind.Column,
            ParameterKind.Fixed => LossParameterKind.Fixed,
            _ => LossParameterKind.Variable,
        };

        private static Microsoft.CodeAnalysis.DiagnosticDescriptor Descriptor(ExpressionDiagnosticKind kind) => kind switch
        {
            ExpressionDiagnosticKind.Syntax => DiagnosticDescriptors.MalformedExpression,
            ExpressionDiagnosticKind.UnknownIdentifier => DiagnosticDescriptors.UnknownIdentifier,
            ExpressionDiagnosticKind.UnknownFunction => DiagnosticDescriptors.UnknownFunction,
            ExpressionDiagnosticKind.WrongArity => DiagnosticDescriptors.WrongArity,
            ExpressionDiagnosticKind.NonSmooth => DiagnosticDescriptors.NonSmoothFunction,
            ExpressionDiagnosticKind.ColumnOutsideAggregate => DiagnosticDescriptors.ColumnOutsideAggregate,
            ExpressionDiagnosticKind.NestedAggregate => DiagnosticDescriptors.NestedAggregate,
            ExpressionDiagnosticKind.AggregateWithoutColumn => DiagnosticDescriptors.AggregateWithoutColumn,
            ExpressionDiagnosticKind.AggregateWithoutData => DiagnosticDescriptors.AggregateWithoutData,
            ExpressionDiagnosticKind.ColumnNamedLikeFunction => DiagnosticDescriptors.ColumnNamedLikeFunction,
            _ => DiagnosticDescriptors.ExpressionTooComplex,
        };
    }
}
