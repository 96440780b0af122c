namespace SymbolicGd.Symbolic
{
    /// <summary>What a parameter of a loss method is to the loss.</summary>
    internal enum LossParameterKind
    {
        /// <summary>An optimisation variable: one entry of theta, differentiated.</summary>
        Variable,

        /// <summary>A data column: one value per sample, read only inside sum(...) or mean(...).</summary>
        Column,

        /// <summary>A value held fixed: read anywhere, not differentiated.</summary>
        Fixed,
    }
}
