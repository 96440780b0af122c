using System.Linq;

namespace SymbolicGd.Symbolic.Tests.Support
{
    internal static class Emitted
    {
        /// <summary>
        /// The emitter's statements laid out as in a method body (eight spaces, LF line ends), so
        /// that tests can pin and search the text a user reads.
        /// </summary>
        public static string Text(LossDefinition loss, EmitRequest request) =>
            string.Concat(CSharpEmitter.EmitStatements(loss, request).Select(statement => "        " + statement + "\n"));
    }
}
