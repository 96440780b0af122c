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
        public static LossDefinition Compile(string expression, IReadOnlyList<string> parameterNames, CancellationToken cancellationToken = default) =>
            Compile(expression, parameterNames, null, cancellationToken);

        /// <summary>
        /// Compiles a loss whose parameters have kinds: variables (theta, differentiated), data
        /// columns (read inside sum(...) and mean(...)) and fixed values. The definition's
        /// <see cref="LossDefinition.ParameterNames"/> are the variables only.
        /// </summary>
        /// <param name="expression">The expression text.</param>
        /// <param name="parameterNames">The method's parameters, in declaration order.</param>
        /// <param name="kinds">Each parameter's kind, in declaration order; null: all variables.</param>
        /// <param name="cancellationToken">Observed throughout.</param>
        public static LossDefinition Compile(string expression, IReadOnlyList<string> parameterNames, IReadOnlyList<LossParameterKind>? kinds, CancellationToken cancellationToken = default)
        {
            expression ??= string.Empty;
            parameterNames ??= Array.Empty<string>();
            var signature = new LossSignature(parameterNames, kinds);
            ParseResult parsed;
            try
            {
                parsed = Parser.Parse(expression, parameterNames, kinds);
            }
            catch (OperationCanceledException)
            {
                throw;
            }
            catch (Exception ex)
            {
                return Failed(expression, signature, Array.Empty<ExpressionDiagnostic>(), "internal error while parsing: " + ex.Message);
            }

            if (parsed.Root == null || LossDefinition.HasError(parsed.Diagnostics))
            {
                return new LossDefinition(expression, signature, parsed.Diagnostics);
            }

            return Compile(expression, signature, parsed.Root, parsed.Diagnostics, cancellationToken);
        }

        /// <summary>Compiles an already parsed tree (tests build trees directly).</summary>
        internal static LossDefinition Compile(
            string expression,
            IReadOnlyList<string> parameterNames,
            SyntaxNode root,
            IReadOnlyList<ExpressionDiagnostic> diagnostics,
            CancellationToken cancellationToken,
            int maxNodes = ExprBuilder.DefaultMaxNodes) =>
            Compile(expression, new LossSignature(parameterNames, null), root, diagnostics, cancellationToken, maxNodes);

        private static LossDefinition Compile(
            string expression,
            LossSignature signature,
            SyntaxNode root,
            IReadOnlyList<ExpressionDiagnostic> diagnostics,
            CancellationToken cancellationToken,
            int maxNodes = ExprBuilder.DefaultMaxNodes)
        {
            string[] parameterNames = signature.Variables;
            try
            {
                var builder = new ExprBuilder(signature.Variables, signature.Columns, signature.Fixed, cancellationToken, maxNodes);
                Expr value = SyntaxLowering.Lower(builder, root);
                Expr[] gradient = Differentiator.Gradient(builder, value);
                var outputs = new LossOutputs(value, gradient, Differentiator.Hessian(builder, gradient));

                // A data loss is emitted as one pass over the samples that accumulates every sum;
                // factoring sums would change which sums there are, for no gain per sample.
                LossOutputs[] factored = signature.IsData ? Array.Empty<LossOutputs>() : FactoredForms(builder, outputs);
                return new LossDefinition(expression, signature, diagnostics, outputs, factored);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                throw;
            }
            catch (ExpressionTooComplexException ex)
            {
                return Failed(expression, signature, diagnostics, ex.Message);
            }
            catch (Exception ex)
            {
                return Failed(expression, signature, diagnostics, "internal error: " + ex.GetType().Name + ": " + ex.Message);
            }
        }

        // The same outputs with common factors taken out of sums, each strategy rewriting all of
        // them in one sweep so that value, gradient and Hessian still share nodes; none when that
        // outgrows the node budget.
        //
        // None for a loss with a norm: factoring merges the bounded quotients x/r of its
        // derivatives into x*y/r and turns r^2 back into x^2 + y^2, which underflow beside the
        // norm's zero (at 1e-200) where the simplified form does not, and which NormLimit can no
        // longer bound at the zero itself.
        private static LossOutputs[] FactoredForms(ExprBuilder builder, LossOutputs simplified)
        {
            var roots = new List<Expr> { simplified.Value };
            roots.AddRange(simplified.Gradient);
            foreach (Expr node in Topology.Sorted(roots))
            {
                if (node.Kind == ExprKind.Hypot)
                {
                    return Array.Empty<LossOutputs>();
                }
            }

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

        private static LossDefinition Failed(string expression, LossSignature parameterNames, IReadOnlyList<ExpressionDiagnostic> earlier, string reason)
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
