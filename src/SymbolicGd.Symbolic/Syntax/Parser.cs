using System;
using System.Collections.Generic;

namespace SymbolicGd.Symbolic.Syntax
{
    /// <summary>
    /// Parses and binds expression text against the method's parameter names. Never throws and
    /// never overflows the stack, whatever the input.
    /// </summary>
    public static class Parser
    {
        /// <summary>Deepest nesting (parentheses, unary minus, powers, calls) accepted; deeper is TooComplex.</summary>
        public const int MaxDepth = 256;

        public static ParseResult Parse(string text, IReadOnlyList<string> parameterNames)
        {
            // Implemented by the parser work item; signature fixed for the engine.
            throw new NotImplementedException();
        }
    }
}
