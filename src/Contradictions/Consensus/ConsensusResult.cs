using System.Collections.Immutable;

namespace Contradictions.Consensus;

/// <summary>The best-supported value of everything the claims give figures for, and each body's and source's track record.</summary>
public sealed class ConsensusResult
{
    internal ConsensusResult(ImmutableArray<ConsensusItem> items, ImmutableArray<TrustRecord> bodies, ImmutableArray<TrustRecord> sources, int iterations) =>
        (Items, Bodies, Sources, Iterations) = (items, bodies, sources, iterations);

    /// <summary>Gets one item per subject · property · validity with quantity claims, agreeing or not, in order of subject, property, unit and time.</summary>
    public ImmutableArray<ConsensusItem> Items { get; }

    /// <summary>Gets the trust of every body that gave quantity figures, in ordinal order of its name's key.</summary>
    public ImmutableArray<TrustRecord> Bodies { get; }

    /// <summary>Gets the trust of every source with quantity claims, in ordinal order of id.</summary>
    public ImmutableArray<TrustRecord> Sources { get; }

    /// <summary>Gets how many rounds the estimate took to settle.</summary>
    public int Iterations { get; }
}
