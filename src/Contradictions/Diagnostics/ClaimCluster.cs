using System.Collections.Immutable;

namespace Contradictions.Diagnostics;

/// <summary>A group of claims that agree with each other, one side of a clustered diagnostic.</summary>
public sealed class ClaimCluster
{
    /// <summary>Creates a cluster.</summary>
    /// <param name="claimIds">The ids of the claims in the cluster; at least one.</param>
    /// <param name="summary">What the claims agree on, such as <c>[9900, 12100] person</c>.</param>
    public ClaimCluster(ImmutableArray<string> claimIds, string summary)
    {
        if (claimIds.IsDefaultOrEmpty)
        {
            throw new ArgumentException("A cluster holds at least one claim.", nameof(claimIds));
        }

        ArgumentException.ThrowIfNullOrWhiteSpace(summary);
        ClaimIds = claimIds;
        Summary = summary;
    }

    /// <summary>Gets the ids of the claims in the cluster, in ordinal order.</summary>
    public ImmutableArray<string> ClaimIds { get; }

    /// <summary>Gets what the claims of the cluster agree on, such as <c>[9900, 12100] person</c>.</summary>
    public string Summary { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Summary}: {string.Join(", ", ClaimIds)}";
}
