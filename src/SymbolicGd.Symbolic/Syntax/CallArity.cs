using System.Collections.Generic;
using System.Globalization;

namespace SymbolicGd.Symbolic.Syntax
{
    /// <summary>
    /// Wrong argument counts. The parser reports them for the calls it parses; after a syntax
    /// error has stopped it, <see cref="CheckAfter"/> counts the arguments of the remaining
    /// calls from the tokens alone (commas at the call's own parenthesis level), so these are
    /// reported too.
    /// </summary>
    internal static class CallArity
    {
        public static ExpressionDiagnostic WrongArity(string text, Token name, int end, FunctionKind function, int given)
        {
            var span = new TextSpan(name.Start, end - name.Start);
            int min = FunctionTable.MinArity(function), max = FunctionTable.MaxArity(function);
            string takes = min == max ? Count(min, "argument") : "at least " + Count(min, "argument");
            return new ExpressionDiagnostic(
                ExpressionDiagnosticKind.WrongArity,
                span,
                text.Substring(span.Start, span.Length),
                "function " + MessageText.Quote(name.TextIn(text)) + " takes " + takes
                    + " but was given " + given.ToString(CultureInfo.InvariantCulture) + MessageText.At(span));
        }

        /// <summary>Checks every call of a known function whose name is at or after token <paramref name="start"/>
        /// and whose parentheses are balanced; one linear pass.</summary>
        public static void CheckAfter(string text, List<Token> tokens, int start, List<ExpressionDiagnostic> diagnostics)
        {
            var open = new Stack<Group>();
            for (int i = start + 1; i < tokens.Count; i++)
            {
                Token token = tokens[i];
                switch (token.Kind)
                {
                    case TokenKind.OpenParen:
                        if (open.Count > 0)
                        {
                            open.Peek().HasContent = true;
                        }

                        int name = i - 1 >= start && tokens[i - 1].Kind == TokenKind.Identifier ? i - 1 : -1;
                        open.Push(new Group(name));
                        break;
                    case TokenKind.Comma when open.Count > 0:
                        open.Peek().Commas++;
                        break;
                    case TokenKind.CloseParen when open.Count > 0:
                        Group group = open.Pop();
                        if (group.NameIndex >= 0
                            && FunctionTable.TryGet(tokens[group.NameIndex].TextIn(text), out FunctionKind function))
                        {
                            int given = group.HasContent ? group.Commas + 1 : 0;
                            if (!FunctionTable.Accepts(function, given))
                            {
                                diagnostics.Add(WrongArity(text, tokens[group.NameIndex], token.End, function, given));
                            }
                        }

                        break;
                    default:
                        if (open.Count > 0)
                        {
                            open.Peek().HasContent = true;
                        }

                        break;
                }
            }
        }

        private static string Count(int n, string noun) =>
            n.ToString(CultureInfo.InvariantCulture) + " " + noun + (n == 1 ? string.Empty : "s");

        private sealed class Group
        {
            public Group(int nameIndex) => NameIndex = nameIndex;

            /// <summary>The token index of the function name, or -1 for a plain parenthesis.</summary>
            public int NameIndex { get; }

            public int Commas { get; set; }

            public bool HasContent { get; set; }
        }
    }
}
