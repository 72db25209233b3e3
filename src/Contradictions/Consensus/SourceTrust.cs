namespace Contradictions.Consensus;

/// <summary>How far a source's figures can be trusted, as learned from the whole claim set.</summary>
public sealed class SourceTrust
{
    internal SourceTrust(string sourceId, double prior, double trust, int contested, int supported) =>
        (SourceId, Prior, Trust, Contested, Supported) = (sourceId, prior, trust, contested, supported);

    /// <summary>Gets the source's id.</summary>
    public string SourceId { get; }

    /// <summary>Gets the trust the estimate started from: the source's <c>trust</c> field, or <see cref="ConsensusEstimator.DefaultPrior"/>.</summary>
    public double Prior { get; }

    /// <summary>Gets the learned trust, from 0 to 1.</summary>
    public double Trust { get; }

    /// <summary>Gets how many of the source's figures are in items where several bodies gave figures (the others say nothing of its record).</summary>
    public int Contested { get; }

    /// <summary>Gets how many of those support the best-supported value.</summary>
    public int Supported { get; }
}
