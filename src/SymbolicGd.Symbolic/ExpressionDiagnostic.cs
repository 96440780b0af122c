using System;

namespace SymbolicGd.Symbolic
{
    /// <summary>What went wrong (or is suspicious) in an expression.</summary>
    internal enum ExpressionDiagnosticKind
    {
        /// <summary>Malformed text: unexpected character or token, unbalanced parentheses, missing operand.</summary>
        Syntax,

        /// <summary>A name that is neither a parameter nor a constant (pi, e).</summary>
        UnknownIdentifier,

        /// <summary>A call of a function the language does not have.</summary>
        UnknownFunction,

        /// <summary>A known function called with the wrong number of arguments.</summary>
        WrongArity,

        /// <summary>A function that is not differentiable everywhere (abs): a warning.</summary>
        NonSmooth,

        /// <summary>Nested too deeply or too large to compile.</summary>
        TooComplex,

        /// <summary>A data column read outside sum(...) or mean(...).</summary>
        ColumnOutsideAggregate,

        /// <summary>sum(...) or mean(...) inside another one.</summary>
        NestedAggregate,

        /// <summary>sum(...) or mean(...) around no column in a loss that has columns: a warning (the samples change nothing).</summary>
        AggregateWithoutColumn,

        /// <summary>sum(...) or mean(...) in a loss that takes no data column.</summary>
        AggregateWithoutData,

        /// <summary>A data column whose name is also a function's.</summary>
        ColumnNamedLikeFunction,
    }

    /// <summary>An error or warning about the expression text, at the exact span of the offending text.</summary>
    internal sealed class ExpressionDiagnostic : IEquatable<ExpressionDiagnostic>
    {
        public ExpressionDiagnostic(ExpressionDiagnosticKind kind, TextSpan span, string text, string message)
        {
            Kind = kind;
            Span = span;
            Text = text;
            Message = message;
        }

        public ExpressionDiagnosticKind Kind { get; }

        /// <summary>Offsets into the expression text.</summary>
        public TextSpan Span { get; }

        /// <summary>The offending text ("" at the end of the input).</summary>
        public string Text { get; }

        /// <summary>A message that names the offending text and its place, e.g.
        /// "unknown function 'sine' at 5..9; did you mean 'sin'?".</summary>
        public string Message { get; }

        /// <summary>Only <see cref="ExpressionDiagnosticKind.NonSmooth"/> and <see cref="ExpressionDiagnosticKind.AggregateWithoutColumn"/> are warnings.</summary>
        public bool IsError => Kind != ExpressionDiagnosticKind.NonSmooth && Kind != ExpressionDiagnosticKind.AggregateWithoutColumn;

        public bool Equals(ExpressionDiagnostic? other) =>
            other is not null && Kind == other.Kind && Span == other.Span && Text == other.Text && Message == other.Message;

        public override bool Equals(object? obj) => Equals(obj as ExpressionDiagnostic);

        // No System.HashCode: it is not in netstandard2.0, and a package for it would have to ship
        // beside the analyzer.
        public override int GetHashCode() => unchecked((((int)Kind * 31 + Span.GetHashCode()) * 31 + Text.GetHashCode()) * 31 + Message.GetHashCode());

        public override string ToString() => (IsError ? "error: " : "warning: ") + Message;
    }
}
