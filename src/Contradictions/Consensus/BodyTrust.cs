namespace Contradictions.Consensus;

/// <summary>
/// How far a body's figures can be trusted, as learned from the whole claim set: a body is a claim's origin or, when
/// it cites none, its publisher — the unit that gives figures, whichever outlet carries them.
/// </summary>
public sealed class BodyTrust
{
    internal BodyTrust(string name, double prior, double trust, int contested, int supported) =>
        (Name, Prior, Trust, Contested, Supported) = (name, prior, trust, contested, supported);

    /// <summary>Gets the body's name, as the claims spell it (the first spelling in ordinal order).</summary>
    public string Name { get; }

    /// <summary>Gets the trust the estimate started from: the <c>trust</c> field of the sources that publish in the body's own name (their mean), or <see cref="ConsensusEstimator.DefaultPrior"/>.</summary>
    public double Prior { get; }

    /// <summary>Gets the learned trust, from 0 to 1.</summary>
    public double Trust { get; }

    /// <summary>Gets how many of the body's figures are in items where other bodies also gave figures.</summary>
    public int Contested { get; }

    /// <summary>Gets how many of those support the best-supported value.</summary>
    public int Supported { get; }
}
