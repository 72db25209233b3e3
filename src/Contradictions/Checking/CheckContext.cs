using System.Collections.Frozen;
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
    private readonly FrozenDictionary<(string Subject, string Property), ClaimGroup> groupsByKey;

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

            positive.Sort(ByValidity.Instance);
            negated.Sort(ByValidity.Instance);
            groups.Add(new ClaimGroup(subject, definition, [.. positive], [.. negated], options.Tolerance));
        }

        groups.Sort((a, b) => string.CompareOrdinal(a.Subject, b.Subject) is var s and not 0 ? s : string.CompareOrdinal(a.Property.Id, b.Property.Id));
        Groups = [.. groups];
        groupsByKey = groups.ToFrozenDictionary(g => (g.Subject, g.Property.Id));
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

    /// <summary>Orders claims by the start of their validity's default reading (open starts first), then by end, then by id.</summary>
    internal sealed class ByValidity : IComparer<Claim>
    {
        public static readonly ByValidity Instance = new();

        public int Compare(Claim? x, Claim? y)
        {
            var a = x!.Validity.Time.Reading;
            var b = y!.Validity.Time.Reading;
            var order = Days.Start(a).CompareTo(Days.Start(b));
            if (order == 0)
            {
                order = Days.End(a).CompareTo(Days.End(b));
            }

            return order == 0 ? string.CompareOrdinal(x.Id, y.Id) : order;
        }
    }
}
