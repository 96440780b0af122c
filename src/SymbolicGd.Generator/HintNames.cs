using System.Collections.Generic;
using System.Text;
using Microsoft.CodeAnalysis;

namespace SymbolicGd.Generator
{
    /// <summary>
    /// Names of generated files: Namespace.Outer`1+Inner.Method.g.cs, unique per containing type
    /// (with its generic arity and nesting) and method. The output step additionally resolves
    /// names that differ only by case, which hint names do not distinguish.
    /// </summary>
    internal static class HintNames
    {
        /// <summary>Namespace.Outer`1+Inner.Method.g.cs; "-2", "-3" for later duplicates.</summary>
        public static string For(string? ns, IMethodSymbol method, int duplicateIndex)
        {
            var types = new List<string>();
            for (INamedTypeSymbol? type = method.ContainingType; type is not null; type = type.ContainingType)
            {
                types.Insert(0, type.MetadataName);
            }

            string name = (ns is null ? string.Empty : ns + ".") + string.Join("+", types) + "." + method.Name;
            if (duplicateIndex > 0)
            {
                name += "-" + (duplicateIndex + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            return Sanitize(name) + ".g.cs";
        }

        /// <summary>Hint names allow a restricted set of characters; identifiers may hold others (Unicode letters).</summary>
        private static string Sanitize(string name)
        {
            var builder = new StringBuilder(name.Length);
            foreach (char c in name)
            {
                builder.Append((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c is '.' or '_' or '-' or '+' or '`' ? c : '_');
            }

            return builder.ToString();
        }
    }
}
