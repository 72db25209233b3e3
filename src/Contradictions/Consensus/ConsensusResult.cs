using System.Collections.Immutable;

namespace Contradictions.Consensus;

/// <summary>The best-supported value of everything the claims give figures for, and each source's track record.</summary>
public sealed class ConsensusResult
{
    internal ConsensusResult(ImmutableArray<ConsensusItem> items, ImmutableArray<SourceTrust> sources, int iterations) =>
        (Items, Sources, Iterations) = (items, sources, iterations);

    /// <summary>Gets one item per subject · property · validity with quantity claims, agreeing or not, in order of subject, property, unit and time.</summary>
    public ImmutableArray<ConsensusItem> Items { get; }

    /// <summary>Gets the trust of every source with quantity claims, in ordinal order of id.</summary>
    public ImmutableArray<SourceTrust> Sources { get; }

    /// <summary>Gets how many rounds the estimate took to settle.</summary>
    public int Iterations { get; }
}
