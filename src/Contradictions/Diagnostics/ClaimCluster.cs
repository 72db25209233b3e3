using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Contradictions.Claims;
using Contradictions.Quantities;

namespace Contradictions.Diagnostics;

/// <summary>A group of claims that agree with each other, one side of a clustered diagnostic.</summary>
public sealed class ClaimCluster
{
    // A cluster of amounts keeps the numbers and writes its summary when read: large checks make many nobody prints.
    private readonly string? summary;
    private readonly NumericInterval common;
    private readonly string? unit;

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
        this.summary = summary;
    }

    private ClaimCluster(ImmutableArray<string> claimIds, NumericInterval common, string unit)
    {
        ClaimIds = claimIds;
        (this.common, this.unit) = (common, unit);
    }

    /// <summary>Gets the ids of the claims in the cluster, in ordinal order.</summary>
    public ImmutableArray<string> ClaimIds { get; }

    /// <summary>Gets what the claims of the cluster agree on, such as <c>[9900, 12100] person</c>.</summary>
    public string Summary => summary ?? $"{common} {unit}";

    /// <summary>The cluster of the claims at <paramref name="members"/>, whose amounts share <paramref name="common"/>.</summary>
    internal static ClaimCluster OfAmounts(ImmutableArray<Claim> claims, ArraySegment<int> members, NumericInterval common, string unit) =>
        new(Ids(claims, members), common, unit);

    /// <summary>The ids of the claims at <paramref name="members"/>, in ordinal order.</summary>
    internal static ImmutableArray<string> Ids(ImmutableArray<Claim> claims, ArraySegment<int> members)
    {
        var ids = new string[members.Count];
        for (var i = 0; i < ids.Length; i++)
        {
            ids[i] = claims[members[i]].Id;
        }

        Array.Sort(ids, StringComparer.Ordinal);
        return ImmutableCollectionsMarshal.AsImmutableArray(ids);
    }

    /// <inheritdoc />
    public override string ToString() => $"{Summary}: {string.Join(", ", ClaimIds)}";
}
