using System.Collections.Generic;

namespace SymbolicGd.Symbolic.Syntax
{
    /// <summary>
    /// Where columns and aggregates may stand: a column only inside sum(...) or mean(...), no
    /// aggregate inside another, and an aggregate around at least one column. A walk over the
    /// parsed tree (recursion is safe: the parser bounds the depth).
    /// </summary>
    internal static class AggregateRules
    {
        public static void Check(string text, SyntaxNode root, bool hasColumns, List<ExpressionDiagnostic> diagnostics) =>
            Walk(text, root, null, hasColumns, diagnostics);

        // Returns true when the subtree reads a column.
        private static bool Walk(string text, SyntaxNode node, CallSyntax? aggregate, bool hasColumns, List<ExpressionDiagnostic> diagnostics)
        {
            switch (node)
            {
                case ParameterSyntax { Kind: LossParameterKind.Column } column:
                    if (aggregate is null)
                    {
                        diagnostics.Add(new ExpressionDiagnostic(
                            ExpressionDiagnosticKind.ColumnOutsideAggregate,
                            column.Span,
                            column.Name,
                            "data column " + MessageText.Quote(column.Name) + MessageText.At(column.Span)
                                + " is outside sum(...) and mean(...); a column holds one value per sample, so use it inside one, e.g. mean(...)"));
                    }

                    return true;
                case NegateSyntax negate:
                    return Walk(text, negate.Operand, aggregate, hasColumns, diagnostics);
                case SumSyntax sum:
                    {
                        bool reads = false;
                        foreach (Operand term in sum.Terms)
                        {
                            reads |= Walk(text, term.Node, aggregate, hasColumns, diagnostics);
                        }

                        return reads;
                    }

                case ProductSyntax product:
                    {
                        bool reads = false;
                        foreach (Operand factor in product.Factors)
                        {
                            reads |= Walk(text, factor.Node, aggregate, hasColumns, diagnostics);
                        }

                        return reads;
                    }

                case PowerSyntax power:
                    {
                        bool reads = Walk(text, power.Base, aggregate, hasColumns, diagnostics);
                        return Walk(text, power.Exponent, aggregate, hasColumns, diagnostics) | reads;
                    }

                case CallSyntax call when FunctionTable.IsAggregate(call.Function):
                    return CheckAggregate(text, call, aggregate, hasColumns, diagnostics);
                case CallSyntax call:
                    {
                        bool reads = false;
                        foreach (SyntaxNode argument in call.Arguments)
                        {
                            reads |= Walk(text, argument, aggregate, hasColumns, diagnostics);
                        }

                        return reads;
                    }

                default:
                    return false;
            }
        }

        private static bool CheckAggregate(string text, CallSyntax call, CallSyntax? enclosing, bool hasColumns, List<ExpressionDiagnostic> diagnostics)
        {
            string name = text.Substring(call.NameSpan.Start, call.NameSpan.Length);
            string written = text.Substring(call.Span.Start, call.Span.Length);
            if (enclosing is not null)
            {
                string outer = text.Substring(enclosing.NameSpan.Start, enclosing.NameSpan.Length);
                diagnostics.Add(new ExpressionDiagnostic(
                    ExpressionDiagnosticKind.NestedAggregate,
                    call.Span,
                    written,
                    MessageText.Quote(name + "(...)") + MessageText.At(call.Span) + " is inside " + MessageText.Quote(outer + "(...)")
                        + "; aggregates over samples do not nest (a per-sample term cannot hold a sum over all samples)"));
            }

            bool reads = Walk(text, call.Arguments[0], call, hasColumns, diagnostics);
            if (!hasColumns)
            {
                diagnostics.Add(new ExpressionDiagnostic(
                    ExpressionDiagnosticKind.AggregateWithoutData,
                    call.Span,
                    written,
                    MessageText.Quote(name + "(...)") + MessageText.At(call.Span)
                        + " sums over samples, but the method takes no data column; add a ReadOnlySpan<double> parameter for the data"));
            }
            else if (!reads && enclosing is null)
            {
                string what = name == "mean" ? "it is the same value" : "it is N times the same value";
                diagnostics.Add(new ExpressionDiagnostic(
                    ExpressionDiagnosticKind.AggregateWithoutColumn,
                    call.Span,
                    written,
                    MessageText.Quote(name + "(...)") + MessageText.At(call.Span)
                        + " reads no data column, so " + what + " for every sample; move the term outside, or use a column in it"));
            }

            return reads;
        }
    }
}
