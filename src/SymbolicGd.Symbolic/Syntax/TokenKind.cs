namespace SymbolicGd.Symbolic.Syntax
{
    /// <summary>The kinds of token of the expression language.</summary>
    internal enum TokenKind
    {
        Number,
        Identifier,
        Plus,
        Minus,
        Star,
        Slash,
        Caret,
        OpenParen,
        CloseParen,
        Comma,

        /// <summary>A character the language has no use for (one character or one surrogate pair).</summary>
        BadCharacter,

        /// <summary>The end of the input: an empty span at the text length.</summary>
        End,
    }
}
