namespace Contradictions.Consensus;

/// <summary>
/// How far a source's figures can be trusted, as learned from the whole claim set: the trust of the bodies its claims
/// speak for (<see cref="BodyTrust"/>), averaged over its claims — most articles carry one or two figures, too few to
/// learn from on their own.
/// </summary>
public sealed class SourceTrust
{
    internal SourceTrust(string sourceId, double prior, double trust, int contested, int supported) =>
        (SourceId, Prior, Trust, Contested, Supported) = (sourceId, prior, trust, contested, supported);

    /// <summary>Gets the source's id.</summary>
    public string SourceId { get; }

    /// <summary>Gets the source's <c>trust</c> field, or <see cref="ConsensusEstimator.DefaultPrior"/>: the prior of the body it speaks for when it cites no origin.</summary>
    public double Prior { get; }

    /// <summary>Gets the learned trust, from 0 to 1.</summary>
    public double Trust { get; }

    /// <summary>Gets how many of the source's figures are in items where several bodies gave figures (the others say nothing of a record).</summary>
    public int Contested { get; }

    /// <summary>Gets how many of those support the best-supported value.</summary>
    public int Supported { get; }
}
