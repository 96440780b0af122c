using System;

namespace SymbolicGd.Symbolic
{
    /// <summary>A range of characters in the expression text (not in the C# literal that holds it).</summary>
    internal readonly struct TextSpan : IEquatable<TextSpan>
    {
        public TextSpan(int start, int length)
        {
            Start = start;
            Length = length;
        }

        public int Start { get; }

        public int Length { get; }

        public int End => Start + Length;

        public bool Equals(TextSpan other) => Start == other.Start && Length == other.Length;

        public override bool Equals(object? obj) => obj is TextSpan other && Equals(other);

        public override int GetHashCode() => (Start * 397) ^ Length;

        /// <summary>"Start..End", the form used in diagnostic messages.</summary>
        public override string ToString() => Start.ToString(System.Globalization.CultureInfo.InvariantCulture) + ".." + End.ToString(System.Globalization.CultureInfo.InvariantCulture);

        public static bool operator ==(TextSpan left, TextSpan right) => left.Equals(right);

        public static bool operator !=(TextSpan left, TextSpan right) => !left.Equals(right);
    }
}
