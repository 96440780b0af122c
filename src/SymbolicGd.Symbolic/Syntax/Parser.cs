using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;

namespace SymbolicGd.Symbolic.Syntax
{
    /// <summary>
    /// Parses and binds expression text against the method's parameter names. Never throws and
    /// never overflows the stack, whatever the input.
    /// </summary>
    internal static class Parser
    {
        /// <summary>Deepest nesting (parentheses, unary minus, powers, calls) accepted; deeper is TooComplex.</summary>
        public const int MaxDepth = 256;

        /// <summary>Start of the message of a diagnostic that reports a bug of the parser itself.</summary>
        internal const string InternalErrorPrefix = "internal error of the expression parser";

        /// <summary>
        /// Parses <paramref name="text"/> (the expression language of the README) into a bound tree. Every error and warning is
        /// reported with the span of the offending text: all unknown names, misused names, wrong
        /// argument counts and out-of-range numbers, and the first syntax error. When there is
        /// any error, <see cref="ParseResult.Root"/> is null.
        /// </summary>
        /// <param name="text">The expression; null is treated as empty.</param>
        /// <param name="parameterNames">The method's parameter names in order; a parameter's index
        /// in this list is its <see cref="ParameterSyntax.Index"/>.</param>
        /// <param name="kinds">Each parameter's kind; null when every parameter is a variable.</param>
        public static ParseResult Parse(string text, IReadOnlyList<string> parameterNames, IReadOnlyList<LossParameterKind>? kinds = null)
        {
            string source = text ?? string.Empty;
            var diagnostics = new List<ExpressionDiagnostic>();
            SyntaxNode? root = null;
            try
            {
                root = ParseCore(source, parameterNames, kinds, diagnostics);
            }
            catch (InsufficientExecutionStackException)
            {
                // Only on a thread with an unusually small stack: MaxDepth keeps recursion far
                // below what a normal (1 MB) compiler thread allows.
                diagnostics.Add(new ExpressionDiagnostic(
                    ExpressionDiagnosticKind.TooComplex,
                    new TextSpan(0, source.Length),
                    source,
                    "expression nested too deeply for the available stack" + MessageText.At(new TextSpan(0, source.Length))));
            }
            catch (Exception exception)
            {
                // A bug of the parser must not take the compiler down with it; tests assert this never happens.
                diagnostics.Add(new ExpressionDiagnostic(
                    ExpressionDiagnosticKind.Syntax,
                    new TextSpan(0, source.Length),
                    source,
                    InternalErrorPrefix + MessageText.At(new TextSpan(0, source.Length)) + ": " + exception.GetType().Name + ": " + exception.Message));
            }

            // Stable sort: diagnostics in text order, ties in the order they were found.
            ExpressionDiagnostic[] ordered = diagnostics.OrderBy(d => d.Span.Start).ToArray();
            return new ParseResult(ordered.Any(d => d.IsError) ? null : root, ordered);
        }

        private static SyntaxNode? ParseCore(string text, IReadOnlyList<string> parameterNames, IReadOnlyList<LossParameterKind>? kinds, List<ExpressionDiagnostic> diagnostics)
        {
            List<Token> tokens = Lexer.Tokenize(text);
            if (tokens.Count == 1)
            {
                diagnostics.Add(new ExpressionDiagnostic(ExpressionDiagnosticKind.Syntax, new TextSpan(0, text.Length), text, "expression is empty"));
                return null;
            }

            var names = new NameBinder(parameterNames, kinds);
            names.Check(text, tokens, diagnostics);
            RuntimeHelpers.EnsureSufficientExecutionStack();
            SyntaxNode? root = new ExpressionParser(text, tokens, names, diagnostics).ParseAll();
            if (root is not null)
            {
                AggregateRules.Check(text, root, names.HasColumns, diagnostics);
            }

            return root;
        }
    }
}
