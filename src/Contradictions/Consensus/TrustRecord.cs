namespace Contradictions.Consensus;

/// <summary>
/// How far a body's or a source's figures can be trusted, as learned from the whole claim set. A body is a claim's
/// origin or, when it cites none, its publisher — the unit that gives figures, whichever outlet carries them — and
/// trust is learned per body; a source's trust is that of the bodies its claims speak for, averaged over its claims
/// (most articles carry one or two figures, too few to learn from on their own).
/// </summary>
public sealed class TrustRecord
{
    internal TrustRecord(string name, double prior, double trust, int contested, int supported) =>
        (Name, Prior, Trust, Contested, Supported) = (name, prior, trust, contested, supported);

    /// <summary>Gets the body's name as the claims spell it (the first spelling in ordinal order), or the source's id.</summary>
    public string Name { get; }

    /// <summary>
    /// Gets the trust the estimate started from: for a body, the <c>trust</c> field of the sources that publish in its
    /// own name (their mean); for a source, its <c>trust</c> field; else <see cref="ConsensusEstimator.DefaultPrior"/>.
    /// </summary>
    public double Prior { get; }

    /// <summary>Gets the learned trust, from 0 to 1.</summary>
    public double Trust { get; }

    /// <summary>Gets how many of the figures are in items where several bodies gave figures (the others say nothing of a record).</summary>
    public int Contested { get; }

    /// <summary>Gets how many of those support the best-supported value.</summary>
    public int Supported { get; }
}
