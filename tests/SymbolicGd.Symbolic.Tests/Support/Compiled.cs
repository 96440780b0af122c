using System.Linq;
using Xunit;

namespace SymbolicGd.Symbolic.Tests.Support
{
    internal static class Compiled
    {
        /// <summary>Compiles through the real parser and fails the test on any error.</summary>
        public static LossDefinition Loss(string expression, params string[] parameters)
        {
            LossDefinition loss = LossCompiler.Compile(expression, parameters);
            Assert.False(loss.HasErrors, expression + ": " + string.Join("; ", loss.Diagnostics.Select(d => d.Message)));
            return loss;
        }
    }
}
