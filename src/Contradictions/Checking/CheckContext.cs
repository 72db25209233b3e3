using System.Buffers;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using Contradictions.Claims;

namespace Contradictions.Checking;

/// <summary>
/// What a rule sees: the claim set, the options, and the claims grouped by subject and property and ordered by time,
/// computed once per check and shared by every rule.
/// </summary>
public sealed class CheckContext
{
    private readonly Dictionary<(string Subject, string Property), ClaimGroup> groupsByKey;

    internal CheckContext(ClaimSet claimSet, ContradictionOptions options, CancellationToken cancellationToken)
    {
        ClaimSet = claimSet;
        Options = options;
        CancellationToken = cancellationToken;

        var groups = BuildGroups(claimSet, options, cancellationToken);
        Groups = [.. groups];
        groupsByKey = groups.ToDictionary(g => (g.Subject, g.Property.Id));
    }

    /// <summary>
    /// One sort of every claim by (subject, property, validity start, end, id) makes each group a contiguous run, already
    /// in time order: the cost is that of the sort any checker that orders claims must pay. The sort's arrays are pooled:
    /// arrays this large live on the large object heap, and allocating them anew in every check would trigger full
    /// collections of the whole claim graph.
    /// </summary>
    private static List<ClaimGroup> BuildGroups(ClaimSet claimSet, ContradictionOptions options, CancellationToken cancellationToken)
    {
        var groups = new List<ClaimGroup>();
        var count = claimSet.Claims.Length;
        var claims = ArrayPool<Claim>.Shared.Rent(count);
        var keys = ArrayPool<ClaimKey>.Shared.Rent(count);
        try
        {
            for (var i = 0; i < count; i++)
            {
                var claim = claimSet.Claims[i];
                var reading = claim.Validity.Time.Reading;
                claims[i] = claim;
                keys[i] = new ClaimKey(claim.Subject, claim.Property, Days.Start(reading), Days.End(reading), claim.Id);
            }

            Array.Sort(keys, claims, 0, count);
            for (var start = 0; start < count;)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var end = start + 1;
                while (end < count && keys[end].Subject == keys[start].Subject && keys[end].Property == keys[start].Property)
                {
                    end++;
                }

                if (claimSet.Vocabulary.TryGetProperty(keys[start].Property, out var definition))
                {
                    var positive = ImmutableArray.CreateBuilder<Claim>(end - start);
                    var negated = ImmutableArray.CreateBuilder<Claim>();
                    for (var i = start; i < end; i++)
                    {
                        (claims[i].Negated ? negated : positive).Add(claims[i]);
                    }

                    groups.Add(new ClaimGroup(keys[start].Subject, definition, positive.ToImmutable(), negated.ToImmutable(), options.Tolerance));
                }

                start = end;
            }
        }
        finally
        {
            ArrayPool<Claim>.Shared.Return(claims, clearArray: true);
            ArrayPool<ClaimKey>.Shared.Return(keys, clearArray: true);
        }

        return groups;
    }

    /// <summary>Gets the claim set being checked.</summary>
    public ClaimSet ClaimSet { get; }

    /// <summary>Gets the options in force.</summary>
    public ContradictionOptions Options { get; }

    /// <summary>Gets the token that cancels the check; rules should observe it in long loops.</summary>
    public CancellationToken CancellationToken { get; }

    /// <summary>Gets every (subject, property) group, ordered by subject then property.</summary>
    public ImmutableArray<ClaimGroup> Groups { get; }

    /// <summary>Finds the group of a subject's property.</summary>
    public bool TryGetGroup(string subject, string property, [NotNullWhen(true)] out ClaimGroup? group) =>
        groupsByKey.TryGetValue((subject, property), out group);

    private readonly record struct ClaimKey(string Subject, string Property, long Start, long End, string Id) : IComparable<ClaimKey>
    {
        public int CompareTo(ClaimKey other)
        {
            var order = string.CompareOrdinal(Subject, other.Subject);
            if (order == 0)
            {
                order = string.CompareOrdinal(Property, other.Property);
            }

            if (order == 0)
            {
                order = Start.CompareTo(other.Start);
            }

            if (order == 0)
            {
                order = End.CompareTo(other.End);
            }

            return order == 0 ? string.CompareOrdinal(Id, other.Id) : order;
        }
    }
}
