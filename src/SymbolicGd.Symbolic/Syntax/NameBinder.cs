using System;
using System.Collections.Generic;
using System.Globalization;

namespace SymbolicGd.Symbolic.Syntax
{
    /// <summary>
    /// Resolves names: parameters first (so a parameter named 'e' or 'pi' shadows the constant),
    /// then the constants. Its <see cref="Check"/> pass reports every bad name and number of the
    /// whole text up front, so they are reported even after a syntax error stops the parser.
    /// </summary>
    internal sealed class NameBinder
    {
        private static readonly string[] ConstantNames = { "pi", "e" };

        private readonly Dictionary<string, (int Index, LossParameterKind Kind)> _parameterIndex = new Dictionary<string, (int, LossParameterKind)>(StringComparer.Ordinal);
        private readonly List<string> _parameterNames = new List<string>();

        /// <param name="parameterNames">The method's parameters in declaration order.</param>
        /// <param name="kinds">Each parameter's kind (null: all variables). A parameter's index is its place among those of its kind.</param>
        public NameBinder(IReadOnlyList<string>? parameterNames, IReadOnlyList<LossParameterKind>? kinds = null)
        {
            if (parameterNames is null)
            {
                return;
            }

            var counts = new int[3];
            for (int i = 0; i < parameterNames.Count; i++)
            {
                string? name = parameterNames[i];
                LossParameterKind kind = kinds is not null && i < kinds.Count ? kinds[i] : LossParameterKind.Variable;
                int index = counts[(int)kind]++;
                if (kind == LossParameterKind.Column)
                {
                    HasColumns = true;
                }

                if (name is not null && !_parameterIndex.ContainsKey(name))
                {
                    _parameterIndex.Add(name, (index, kind));
                    _parameterNames.Add(name);
                }
            }
        }

        /// <summary>True when the method takes a data column.</summary>
        public bool HasColumns { get; }

        /// <summary>A parameter or constant node, or null for a name that is neither.</summary>
        public SyntaxNode? BindIdentifier(string name, TextSpan span)
        {
            if (_parameterIndex.TryGetValue(name, out (int Index, LossParameterKind Kind) parameter))
            {
                return new ParameterSyntax(span, parameter.Index, name, parameter.Kind);
            }

            return name switch
            {
                "pi" => new ConstantSyntax(span, name, Math.PI),
                "e" => new ConstantSyntax(span, name, Math.E),
                _ => null,
            };
        }

        /// <summary>Reports unknown identifiers and functions, names misused as functions or as
        /// values, the non-smooth warning for abs, and number literals out of range.
        /// A name directly followed by '(' is a call (the parser uses the same rule).</summary>
        public void Check(string text, List<Token> tokens, List<ExpressionDiagnostic> diagnostics)
        {
            for (int i = 0; i < tokens.Count; i++)
            {
                Token token = tokens[i];
                if (token.Kind == TokenKind.Number)
                {
                    CheckNumber(text, token, diagnostics);
                }
                else if (token.Kind == TokenKind.Identifier)
                {
                    bool isCall = tokens[i + 1].Kind == TokenKind.OpenParen;
                    ExpressionDiagnostic? diagnostic = isCall ? CheckFunctionName(text, token) : CheckValueName(text, token);
                    if (diagnostic is not null)
                    {
                        diagnostics.Add(diagnostic);
                    }
                }
            }
        }

        /// <summary>The value of a number token; infinite when out of range (reported by <see cref="Check"/>).</summary>
        public static double ParseNumber(string text, Token token) =>
            double.TryParse(token.TextIn(text), NumberStyles.Float, CultureInfo.InvariantCulture, out double value)
                ? value
                : double.PositiveInfinity; // .NET Framework reports overflow as failure, .NET Core as infinity

        private static void CheckNumber(string text, Token token, List<ExpressionDiagnostic> diagnostics)
        {
            if (double.IsInfinity(ParseNumber(text, token)))
            {
                string literal = token.TextIn(text);
                diagnostics.Add(new ExpressionDiagnostic(
                    ExpressionDiagnosticKind.Syntax,
                    token.Span,
                    literal,
                    "number out of range " + MessageText.Quote(literal) + MessageText.At(token.Span) + "; the largest double is about 1.8e308"));
            }
        }

        private ExpressionDiagnostic? CheckFunctionName(string text, Token token)
        {
            string name = token.TextIn(text);
            TextSpan span = token.Span;
            if (ColumnNamedLikeFunction(name, span) is ExpressionDiagnostic clash)
            {
                return clash;
            }

            if (FunctionTable.TryGet(name, out FunctionKind kind))
            {
                return kind == FunctionKind.Abs
                    ? new ExpressionDiagnostic(
                        ExpressionDiagnosticKind.NonSmooth,
                        span,
                        name,
                        "function 'abs'" + MessageText.At(span) + " is not differentiable where its argument is 0; gradient descent may oscillate there")
                    : null;
            }

            if (BindIdentifier(name, span) is not null)
            {
                string what = _parameterIndex.TryGetValue(name, out var parameter) ? Describe(parameter.Kind) : "a constant";
                return new ExpressionDiagnostic(
                    ExpressionDiagnosticKind.UnknownFunction,
                    span,
                    name,
                    MessageText.Quote(name) + " is " + what + ", not a function" + MessageText.At(span) + "; write '*' to multiply");
            }

            return new ExpressionDiagnostic(
                ExpressionDiagnosticKind.UnknownFunction,
                span,
                name,
                "unknown function " + MessageText.Quote(name) + MessageText.At(span) + Hint(NameSuggestions.ForFunction(name)));
        }

        private ExpressionDiagnostic? CheckValueName(string text, Token token)
        {
            string name = token.TextIn(text);
            TextSpan span = token.Span;
            if (ColumnNamedLikeFunction(name, span) is ExpressionDiagnostic clash)
            {
                return clash;
            }

            if (BindIdentifier(name, span) is not null)
            {
                return null;
            }

            if (FunctionTable.TryGet(name, out _))
            {
                return new ExpressionDiagnostic(
                    ExpressionDiagnosticKind.WrongArity,
                    span,
                    name,
                    "function " + MessageText.Quote(name) + MessageText.At(span) + " needs arguments, e.g. '" + name + "(...)'");
            }

            var candidates = new List<string>(_parameterNames);
            foreach (string constant in ConstantNames)
            {
                if (!_parameterIndex.ContainsKey(constant))
                {
                    candidates.Add(constant);
                }
            }

            return new ExpressionDiagnostic(
                ExpressionDiagnosticKind.UnknownIdentifier,
                span,
                name,
                "unknown identifier " + MessageText.Quote(name) + MessageText.At(span) + Hint(NameSuggestions.ForIdentifier(name, candidates)));
        }

        // A column named like a function (exp, sum, mean) reads as one thing beside '(' and as the
        // other elsewhere: mean(exp) and mean(exp(x)) would mean different things by one character.
        private ExpressionDiagnostic? ColumnNamedLikeFunction(string name, TextSpan span)
        {
            if (!_parameterIndex.TryGetValue(name, out (int Index, LossParameterKind Kind) parameter) || parameter.Kind != LossParameterKind.Column || !FunctionTable.TryGet(name, out _))
            {
                return null;
            }

            return new ExpressionDiagnostic(
                ExpressionDiagnosticKind.ColumnNamedLikeFunction,
                span,
                name,
                MessageText.Quote(name) + MessageText.At(span) + " is both a data column and a function; rename the column (e.g. '" + name + "Values')");
        }

        private static string Describe(LossParameterKind kind) => kind switch
        {
            LossParameterKind.Column => "a data column",
            LossParameterKind.Fixed => "a fixed value",
            _ => "a parameter",
        };

        private static string Hint(string? hint) => hint is null ? string.Empty : "; " + hint;
    }
}
