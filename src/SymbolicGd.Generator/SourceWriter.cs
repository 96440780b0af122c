using System.Text;

namespace SymbolicGd.Generator
{
    /// <summary>
    /// A small indented text writer for generated C#: LF line ends whatever the platform, four
    /// spaces per level, and blocks opened and closed in pairs.
    /// </summary>
    internal sealed class SourceWriter
    {
        private const string IndentUnit = "    ";
        private readonly StringBuilder _builder = new();
        private int _depth;

        public SourceWriter Line(string text)
        {
            if (text.Length > 0)
            {
                _builder.Append(' ', _depth * IndentUnit.Length).Append(text);
            }

            _builder.Append('\n');
            return this;
        }

        public SourceWriter Line() => Line(string.Empty);

        public SourceWriter OpenBlock()
        {
            Line("{");
            _depth++;
            return this;
        }

        public SourceWriter CloseBlock()
        {
            _depth--;
            return Line("}");
        }

        public override string ToString() => _builder.ToString();
    }
}
