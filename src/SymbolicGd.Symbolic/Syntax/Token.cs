namespace SymbolicGd.Symbolic.Syntax
{
    /// <summary>A token: its kind and where it is. The text is read from the source on demand.</summary>
    internal readonly struct Token
    {
        public Token(TokenKind kind, int start, int length)
        {
            Kind = kind;
            Start = start;
            Length = length;
        }

        public TokenKind Kind { get; }

        public int Start { get; }

        public int Length { get; }

        public int End => Start + Length;

        public TextSpan Span => new TextSpan(Start, Length);

        public string TextIn(string source) => source.Substring(Start, Length);
    }
}
