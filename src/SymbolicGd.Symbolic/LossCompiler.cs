using System;
using System.Collections.Generic;
using System.Threading;
using SymbolicGd.Symbolic.Syntax;

namespace SymbolicGd.Symbolic
{
    /// <summary>Expression text -> <see cref="LossDefinition"/>: parse, lower to the DAG, differentiate twice.</summary>
    internal static class LossCompiler
    {
        /// <summary>
        /// Compiles a loss. Never throws (except <see cref="OperationCanceledException"/> from the
        /// token): malformed text becomes diagnostics, and an expression too large for the node
        /// budget, or any internal failure, becomes a TooComplex diagnostic over the whole text.
        /// </summary>
        public static LossDefinition Compile(string expression, IReadOnlyList<string> parameterNames, CancellationToken cancellationToken = default)
        {
            expression ??= string.Empty;
            parameterNames ??= Array.Empty<string>();
            ParseResult parsed;
            try
            {
                parsed = Parser.Parse(expression, parameterNames);
            }
            catch (OperationCanceledException)
            {
                throw;
            }
            catch (Exception ex)
            {
                return Failed(expression, parameterNames, Array.Empty<ExpressionDiagnostic>(), "internal error while parsing: " + ex.Message);
            }

            if (parsed.Root == null || LossDefinition.HasError(parsed.Diagnostics))
            {
                return new LossDefinition(expression, parameterNames, parsed.Diagnostics);
            }

            return Compile(expression, parameterNames, parsed.Root, parsed.Diagnostics, cancellationToken);
        }

        /// <summary>Compiles an already parsed tree (tests build trees directly).</summary>
        internal static LossDefinition Compile(
            string expression,
            IReadOnlyList<string> parameterNames,
            SyntaxNode root,
            IReadOnlyList<ExpressionDiagnostic> diagnostics,
            CancellationToken cancellationToken,
            int maxNodes = ExprBuilder.DefaultMaxNodes)
        {
            try
            {
                var builder = new ExprBuilder(parameterNames, cancellationToken, maxNodes);
                Expr value = SyntaxLowering.Lower(builder, root);
                Expr[] gradient = Differentiator.Gradient(builder, value);
                var outputs = new LossOutputs(value, gradient, Differentiator.Hessian(builder, gradient));
                return new LossDefinition(expression, parameterNames, diagnostics, outputs, FactoredForms(builder, outputs));
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                throw;
            }
            catch (ExpressionTooComplexException ex)
            {
                return Failed(expression, parameterNames, diagnostics, ex.Message);
            }
            catch (Exception ex)
            {
                return Failed(expression, parameterNames, diagnostics, "internal error: " + ex.GetType().Name + ": " + ex.Message);
            }
        }

        // The same outputs with common factors taken out of sums, each strategy rewriting all of
        // them in one sweep so that value, gradient and Hessian still share nodes; none when that
        // outgrows the node budget.
        private static LossOutputs[] FactoredForms(ExprBuilder builder, LossOutputs simplified)
        {
            var forms = new List<LossOutputs>(2);
            try
            {
                forms.Add(simplified.Rewrite(roots => SumFactoring.Rewrite(builder, roots, multiplesFirst: false)));
                forms.Add(simplified.Rewrite(roots => SumFactoring.Rewrite(builder, roots, multiplesFirst: true)));
            }
            catch (ExpressionTooComplexException)
            {
                // The budget is spent: emit the forms that fit (the simplified ones always do).
            }

            return forms.ToArray();
        }

        private static LossDefinition Failed(string expression, IReadOnlyList<string> parameterNames, IReadOnlyList<ExpressionDiagnostic> earlier, string reason)
        {
            // The whole text is at fault, so the diagnostic spans it and comes first in text order.
            var span = new TextSpan(0, expression.Length);
            var all = new List<ExpressionDiagnostic>
            {
                new ExpressionDiagnostic(ExpressionDiagnosticKind.TooComplex, span, expression, "expression too complex to compile at " + span + ": " + reason),
            };
            all.AddRange(earlier);
            return new LossDefinition(expression, parameterNames, all);
        }
    }
}
