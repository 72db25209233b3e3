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

        var grouped = new Dictionary<(string, string), (List<Claim> Positive, List<Claim> Negated)>();
        foreach (var claim in claimSet.Claims)
        {
            var key = (claim.Subject, claim.Property);
            if (!grouped.TryGetValue(key, out var lists))
            {
                lists = ([], []);
                grouped.Add(key, lists);
            }

            (claim.Negated ? lists.Negated : lists.Positive).Add(claim);
        }

        var groups = new List<ClaimGroup>(grouped.Count);
        foreach (var ((subject, property), (positive, negated)) in grouped)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!claimSet.Vocabulary.TryGetProperty(property, out var definition))
            {
                continue;
            }

            SortByValidity(positive);
            SortByValidity(negated);
            groups.Add(new ClaimGroup(subject, definition, [.. positive], [.. negated], options.Tolerance));
        }

        groups.Sort((a, b) => string.CompareOrdinal(a.Subject, b.Subject) is var s and not 0 ? s : string.CompareOrdinal(a.Property.Id, b.Property.Id));
        Groups = [.. groups];
        groupsByKey = groups.ToDictionary(g => (g.Subject, g.Property.Id));
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

    /// <summary>Sorts by precomputed day numbers: the comparer then never converts a date.</summary>
    private static void SortByValidity(List<Claim> claims)
    {
        if (claims.Count < 2)
        {
            return;
        }

        var keys = new (long Start, long End, string Id)[claims.Count];
        for (var i = 0; i < keys.Length; i++)
        {
            var reading = claims[i].Validity.Time.Reading;
            keys[i] = (Days.Start(reading), Days.End(reading), claims[i].Id);
        }

        var items = claims.ToArray();
        Array.Sort(keys, items, ValidityKey.Instance);
        claims.Clear();
        claims.AddRange(items);
    }

    private sealed class ValidityKey : IComparer<(long Start, long End, string Id)>
    {
        public static readonly ValidityKey Instance = new();

        public int Compare((long Start, long End, string Id) x, (long Start, long End, string Id) y) =>
            x.Start != y.Start ? x.Start.CompareTo(y.Start) : x.End != y.End ? x.End.CompareTo(y.End) : string.CompareOrdinal(x.Id, y.Id);
    }
}
