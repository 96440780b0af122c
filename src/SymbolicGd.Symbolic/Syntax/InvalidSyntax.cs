namespace SymbolicGd.Symbolic.Syntax
{
    /// <summary>
    /// Stands in for an operand that could not be bound (an unknown name, a wrong call) so that
    /// parsing can go on and report later errors too. Never reachable from a returned root: a
    /// result with an error has no root.
    /// </summary>
    internal sealed class InvalidSyntax : SyntaxNode
    {
        public InvalidSyntax(TextSpan span) : base(span)
        {
        }
    }
}
