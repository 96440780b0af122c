using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace SymbolicGd.Generator.Model
{
    /// <summary>
    /// A source location as plain values. A <see cref="Location"/> holds its syntax tree, and a
    /// tree in a pipeline model would defeat caching (every edit makes a new tree).
    /// </summary>
    internal sealed record LocationInfo(string FilePath, TextSpan Span, LinePositionSpan LineSpan)
    {
        public static LocationInfo From(SyntaxTree tree, TextSpan span) =>
            new(tree.FilePath, span, tree.GetLineSpan(span).Span);

        public Location ToLocation() => Location.Create(FilePath, Span, LineSpan);

        /// <summary>
        /// A location in the compilation's tree of this file, which #pragma warning disable can
        /// suppress; a file-only location when the tree is gone or the span no longer fits.
        /// </summary>
        public Location ToLocation(Compilation compilation)
        {
            // Only a tree that the path names unambiguously (in-memory trees often share "").
            SyntaxTree? match = null;
            foreach (SyntaxTree tree in compilation.SyntaxTrees)
            {
                if (tree.FilePath == FilePath)
                {
                    if (match is not null)
                    {
                        return ToLocation();
                    }

                    match = tree;
                }
            }

            return match is not null && Span.End <= match.Length ? Location.Create(match, Span) : ToLocation();
        }
    }
}
