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
    private readonly string? relays;

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

    private ClaimCluster(ImmutableArray<string> claimIds, NumericInterval common, string unit, string? relays)
    {
        ClaimIds = claimIds;
        (this.common, this.unit, this.relays) = (common, unit, relays);
    }

    /// <summary>Gets the ids of the claims in the cluster, in ordinal order.</summary>
    public ImmutableArray<string> ClaimIds { get; }

    /// <summary>Gets what the claims of the cluster agree on, such as <c>[9900, 12100] person</c>.</summary>
    public string Summary => summary ?? (relays is null ? $"{common} {unit}" : $"{common} {unit} ({relays})");

    /// <summary>The cluster of the claims at <paramref name="members"/>, whose amounts share <paramref name="common"/>.</summary>
    internal static ClaimCluster OfAmounts(ImmutableArray<Claim> claims, ArraySegment<int> members, NumericInterval common, string unit) =>
        new(Ids(claims, members), common, unit, Relays(claims, members));

    /// <summary>
    /// The origins that several outlets of the cluster relay, said once each ("South Korea's NIS, relayed by 3
    /// outlets"): five outlets relaying one agency are one piece of evidence, not five. Null when there are none.
    /// </summary>
    private static string? Relays(ImmutableArray<Claim> claims, ArraySegment<int> members)
    {
        Dictionary<string, (string Origin, HashSet<string> Outlets)>? byOrigin = null;
        foreach (var member in members)
        {
            var claim = claims[member];
            if (claim.Origin is not { } origin)
            {
                continue;
            }

            byOrigin ??= new(StringComparer.Ordinal);
            var key = Checking.Provenance.Key(origin);
            if (!byOrigin.TryGetValue(key, out var entry))
            {
                entry = (origin, new HashSet<string>(StringComparer.OrdinalIgnoreCase));
                byOrigin.Add(key, entry);
            }

            entry.Outlets.Add(claim.Source.Publisher ?? claim.Source.Id);
            if (string.CompareOrdinal(origin, entry.Origin) < 0)
            {
                // One spelling whatever the order of the claims: the first in ordinal order.
                byOrigin[key] = (origin, entry.Outlets);
            }
        }

        var relayed = byOrigin?.Values.Where(e => e.Outlets.Count > 1).OrderBy(e => e.Origin, StringComparer.Ordinal).Select(e => $"{e.Origin}, relayed by {e.Outlets.Count} outlets").ToList();
        return relayed is { Count: > 0 } ? string.Join("; ", relayed) : null;
    }

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
