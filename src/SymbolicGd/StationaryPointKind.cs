namespace SymbolicGd
{
    /// <summary>
    /// What the Hessian's eigenvalues make of a stationary point (gradient norm within the
    /// tolerance): the second-order test. An eigenvalue counts as zero when its magnitude is at
    /// most 1e-13 times the largest one (rounding in the Hessian and the eigen solver).
    /// </summary>
    public enum StationaryPointKind
    {
        /// <summary>Every eigenvalue is positive: a strict local minimum.</summary>
        Minimum = 0,

        /// <summary>
        /// Some eigenvalue is negative and not all are: the loss falls along the eigenvector of a
        /// negative eigenvalue, so this is not a minimum (with the others zero the Hessian cannot
        /// tell a saddle from a degenerate maximum; it is named a saddle).
        /// </summary>
        Saddle,

        /// <summary>Every eigenvalue is negative: a strict local maximum; the loss falls in every direction.</summary>
        Maximum,

        /// <summary>
        /// No eigenvalue is negative but some are zero: the second-order test is inconclusive
        /// (x^4 at 0 is a minimum, x^3 at 0 is not).
        /// </summary>
        Degenerate,
    }
}
