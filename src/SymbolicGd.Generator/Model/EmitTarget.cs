namespace SymbolicGd.Generator.Model
{
    /// <summary>
    /// What the consumer's compilation offers generated code, as far as emission depends on it:
    /// part of the compile key, position-free and cheap (one type lookup per compilation).
    /// </summary>
    /// <param name="VectorExpLog">
    /// Whether <c>System.Runtime.Intrinsics.Vector256</c> has <c>Exp</c> and <c>Log</c> (.NET 9 and
    /// later): data losses then call them in their vector loops, and SymbolicGd.VectorMath
    /// (lane by lane) otherwise.
    /// </param>
    internal sealed record EmitTarget(bool VectorExpLog)
    {
        /// <summary>The target tests assume when they do not say: the newest framework.</summary>
        public static readonly EmitTarget Default = new(VectorExpLog: true);
    }
}
