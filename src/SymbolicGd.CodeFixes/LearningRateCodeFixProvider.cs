using System.Collections.Immutable;
using System.Composition;
using System.Globalization;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Simplification;
using SymbolicGd.Generator;

namespace SymbolicGd.CodeFixes
{
    /// <summary>
    /// Fixes SGD0030 (a constant learning rate at or above the stability limit of a loss with a
    /// constant Hessian) by replacing the value assigned to <c>LearningRate</c> with either a
    /// rate derived from the loss, which stays right if the loss changes, or <c>null</c>
    /// (automatic steps chosen from the curvature). Everything it needs comes from the
    /// diagnostic's properties (see <c>LearningRateFixProperties</c>); nothing is analysed again.
    /// </summary>
    /// <remarks>
    /// The derived rate is 1/L: for gradient descent written <c>NameLoss.MaxStableLearningRate / 2</c>
    /// (half of 2/L), for heavy ball and Nesterov <c>1.0 / NameLoss.Lipschitz</c>, because the
    /// generated <c>MaxStableLearningRate</c> is gradient descent's 2/L, and 1/L is below every
    /// method's limit: heavy ball's 2(1 + beta)/L >= 2/L, and Nesterov's
    /// 2(1 + beta)/((1 + 2 beta) L) > 4/(3L) for 0 &lt;= beta &lt; 1.
    /// </remarks>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(LearningRateCodeFixProvider))]
    [Shared]
    public sealed class LearningRateCodeFixProvider : CodeFixProvider
    {
        /// <summary>The equivalence key of the action that writes a rate derived from the loss (fix-all applies it per diagnostic).</summary>
        public const string SafeRateKey = "SGD0030.SafeRate";

        /// <summary>The equivalence key of the action that writes <c>null</c>.</summary>
        public const string AutomaticKey = "SGD0030.Automatic";

        /// <inheritdoc/>
        public override ImmutableArray<string> FixableDiagnosticIds { get; } =
            ImmutableArray.Create(LearningRateFixProperties.DiagnosticId);

        /// <inheritdoc/>
        public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

        /// <inheritdoc/>
        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            SyntaxNode? root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            if (root is null)
            {
                return;
            }

            foreach (Diagnostic diagnostic in context.Diagnostics)
            {
                if (Target(root, diagnostic) is not { } target)
                {
                    continue;
                }

                if (SafeRate(diagnostic) is { } safe)
                {
                    context.RegisterCodeFix(
                        CodeAction.Create(
                            safe.Title,
                            token => Replace(context.Document, target, safe.Expression, token),
                            SafeRateKey),
                        diagnostic);
                }

                if (diagnostic.Properties.TryGetValue(LearningRateFixProperties.Nullable, out string? nullable) && nullable == "true")
                {
                    context.RegisterCodeFix(
                        CodeAction.Create(
                            "Use null: an automatic learning rate chosen from the curvature",
                            token => Replace(context.Document, target, "null", token),
                            AutomaticKey),
                        diagnostic);
                }
            }
        }

        // The whole value assigned to LearningRate (in an object initializer or a `with`) that
        // holds the diagnostic's span: the analyzer reports the constant after looking through
        // parentheses and conversions, and writing over only that part of `(double)3` would leave
        // `(double)null` or a cast that now binds to part of the new expression.
        private static ExpressionSyntax? Target(SyntaxNode root, Diagnostic diagnostic)
        {
            if (!diagnostic.Location.IsInSource)
            {
                return null;
            }

            SyntaxNode? node = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
            for (; node is not null; node = node.Parent)
            {
                if (node is AssignmentExpressionSyntax { Left: IdentifierNameSyntax { Identifier.ValueText: "LearningRate" }, Parent: InitializerExpressionSyntax } assignment
                    && assignment.Right.Span.Contains(diagnostic.Location.SourceSpan))
                {
                    return assignment.Right;
                }

                if (node is StatementSyntax or MemberDeclarationSyntax)
                {
                    return null;
                }
            }

            return null;
        }

        // The derived rate (1/L) and the action's title, or null when the properties do not say
        // which loss or when 1/L would not be below the method's limit.
        private static (string Title, string Expression)? SafeRate(Diagnostic diagnostic)
        {
            ImmutableDictionary<string, string?> properties = diagnostic.Properties;
            if (!properties.TryGetValue(LearningRateFixProperties.LossType, out string? loss) || string.IsNullOrEmpty(loss)
                || !properties.TryGetValue(LearningRateFixProperties.StabilityLimit, out string? limitText)
                || !double.TryParse(limitText, NumberStyles.Float, CultureInfo.InvariantCulture, out double limit)
                || !(limit > 1.0))
            {
                return null;
            }

            properties.TryGetValue(LearningRateFixProperties.Method, out string? method);
            properties.TryGetValue(LearningRateFixProperties.HasMaxStableLearningRate, out string? hasMaxStable);
            if (method == "GradientDescent" && hasMaxStable == "true")
            {
                string half = loss + "." + LearningRateFixProperties.MaxStableLearningRateName + " / 2";
                return ("Use " + half + " (half of 2/L)", half);
            }

            string inverse = "1.0 / " + loss + "." + LearningRateFixProperties.LipschitzName;
            return ("Use " + inverse + " (1/L, below the stability limit of every method)", inverse);
        }

        private static async Task<Document> Replace(Document document, ExpressionSyntax target, string expression, CancellationToken cancellationToken)
        {
            SyntaxNode? root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            if (root is null)
            {
                return document;
            }

            // Simplifier.Annotation: a fully qualified loss name (the analyzer's fallback) is
            // shortened where the context allows.
            ExpressionSyntax replacement = SyntaxFactory.ParseExpression(expression)
                .WithTriviaFrom(target)
                .WithAdditionalAnnotations(Simplifier.Annotation);
            return document.WithSyntaxRoot(root.ReplaceNode(target, replacement));
        }
    }
}
