using System.Collections.Generic;

namespace SymbolicGd.Symbolic.Syntax
{
    // The parser's output: a bound syntax tree with spans. Sums and products are n-ary so a
    // long chain "a + b - c + ..." is one node, not a deep left spine; the parser bounds the
    // remaining nesting depth (parentheses, unary minus, powers, calls) by Parser.MaxDepth, so
    // every consumer may recurse over this tree safely.

    /// <summary>A node of the bound syntax tree.</summary>
    internal abstract class SyntaxNode
    {
        protected SyntaxNode(TextSpan span) => Span = span;

        /// <summary>The node's text in the expression.</summary>
        public TextSpan Span { get; }
    }

    /// <summary>A numeric literal.</summary>
    internal sealed class NumberSyntax : SyntaxNode
    {
        public NumberSyntax(TextSpan span, double value) : base(span) => Value = value;

        public double Value { get; }
    }

    /// <summary>A reference to a method parameter: a variable, a column or a fixed value.</summary>
    internal sealed class ParameterSyntax : SyntaxNode
    {
        public ParameterSyntax(TextSpan span, int index, string name, LossParameterKind kind = LossParameterKind.Variable) : base(span)
        {
            Index = index;
            Name = name;
            Kind = kind;
        }

        /// <summary>The index among the parameters of its kind (for a variable: in theta).</summary>
        public int Index { get; }

        public LossParameterKind Kind { get; }

        public string Name { get; }
    }

    /// <summary>A named constant: pi or e (unless a parameter of that name shadows it).</summary>
    internal sealed class ConstantSyntax : SyntaxNode
    {
        public ConstantSyntax(TextSpan span, string name, double value) : base(span)
        {
            Name = name;
            Value = value;
        }

        public string Name { get; }

        public double Value { get; }
    }

    /// <summary>Unary minus (unary plus is dropped by the parser).</summary>
    internal sealed class NegateSyntax : SyntaxNode
    {
        public NegateSyntax(TextSpan span, SyntaxNode operand) : base(span) => Operand = operand;

        public SyntaxNode Operand { get; }
    }

    /// <summary>One operand of an n-ary sum or product with the operator before it.</summary>
    internal readonly struct Operand
    {
        public Operand(bool inverted, SyntaxNode node)
        {
            Inverted = inverted;
            Node = node;
        }

        /// <summary>Subtracted (in a sum) or divided by (in a product). Always false for the first operand.</summary>
        public bool Inverted { get; }

        public SyntaxNode Node { get; }
    }

    /// <summary>a + b - c ...: terms in source order.</summary>
    internal sealed class SumSyntax : SyntaxNode
    {
        public SumSyntax(TextSpan span, IReadOnlyList<Operand> terms) : base(span) => Terms = terms;

        public IReadOnlyList<Operand> Terms { get; }
    }

    /// <summary>a * b / c ...: factors in source order (left-associative semantics).</summary>
    internal sealed class ProductSyntax : SyntaxNode
    {
        public ProductSyntax(TextSpan span, IReadOnlyList<Operand> factors) : base(span) => Factors = factors;

        public IReadOnlyList<Operand> Factors { get; }
    }

    /// <summary>a ^ b (right-associative; binds tighter than unary minus).</summary>
    internal sealed class PowerSyntax : SyntaxNode
    {
        public PowerSyntax(TextSpan span, SyntaxNode @base, SyntaxNode exponent) : base(span)
        {
            Base = @base;
            Exponent = exponent;
        }

        public SyntaxNode Base { get; }

        public SyntaxNode Exponent { get; }
    }

    /// <summary>The functions of the expression language.</summary>
    internal enum FunctionKind
    {
        Exp, Log, Sqrt, Sin, Cos, Tan, Asin, Acos, Atan, Sinh, Cosh, Tanh, Abs, Sigmoid, Softplus,

        /// <summary>pow(a, b): the only two-argument function.</summary>
        Pow,

        /// <summary>logsumexp(a, b, ...): one or more arguments.</summary>
        LogSumExp,

        /// <summary>sum(f): f summed over the samples.</summary>
        Sum,

        /// <summary>mean(f): sum(f) / N.</summary>
        Mean,
    }

    /// <summary>A call of a known function with the right number of arguments.</summary>
    internal sealed class CallSyntax : SyntaxNode
    {
        public CallSyntax(TextSpan span, TextSpan nameSpan, FunctionKind function, IReadOnlyList<SyntaxNode> arguments) : base(span)
        {
            NameSpan = nameSpan;
            Function = function;
            Arguments = arguments;
        }

        public TextSpan NameSpan { get; }

        public FunctionKind Function { get; }

        public IReadOnlyList<SyntaxNode> Arguments { get; }
    }

    /// <summary>The result of parsing: a tree, or diagnostics, or both (warnings only).</summary>
    internal sealed class ParseResult
    {
        public ParseResult(SyntaxNode? root, IReadOnlyList<ExpressionDiagnostic> diagnostics)
        {
            Root = root;
            Diagnostics = diagnostics;
        }

        /// <summary>The bound tree; null whenever there is an error.</summary>
        public SyntaxNode? Root { get; }

        /// <summary>Errors and warnings in text order.</summary>
        public IReadOnlyList<ExpressionDiagnostic> Diagnostics { get; }
    }
}
