namespace SymbolicGd
{
    /// <summary>
    /// Receives each step of a <see cref="GradientDescent"/> run (<see cref="DescentOptions.OnStep"/>).
    /// The spans inside <paramref name="step"/> are only valid during the call; copy them
    /// (<c>step.Theta.ToArray()</c>) to keep them.
    /// </summary>
    /// <param name="step">The step about to be taken.</param>
    public delegate void DescentStepCallback(DescentStep step);
}
