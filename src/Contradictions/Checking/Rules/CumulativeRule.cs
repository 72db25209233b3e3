using Contradictions.Diagnostics;
using Contradictions.Vocabulary;

namespace Contradictions.Checking.Rules;

/// <summary>
/// For running totals (cumulative quantities): <c>cumulative-decrease</c> when a figure is lower than one for a time
/// that is surely earlier; otherwise, when the figures differ, one <c>reconciled-by-time</c> explaining that they grow.
/// </summary>
/// <remarks>
/// One sweep per (subject, property) in order of start, with a pointer over the claims in order of end: the highest
/// figure among the claims that ended before the current one started is the only one that needs comparing. A total's
/// claims at overlapping times may differ (it grows within a period); they can be reconciled by reading the higher one as later.
/// </remarks>
internal sealed class CumulativeRule : IContradictionRule
{
    // A reconciliation lists its groups of agreeing figures one by one up to this many; beyond, the lowest and highest.
    private const int ListedClustersUpTo = 8;

    /// <inheritdoc />
    public IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } = [DiagnosticDescriptors.CumulativeDecrease, DiagnosticDescriptors.ReconciledByTime, DiagnosticDescriptors.Revision];

    /// <inheritdoc />
    public IEnumerable<Diagnostic> Check(CheckContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var group in context.Groups)
        {
            if (group.Property.ValueKind != ValueKind.Quantity || !group.Property.Cumulative || group.Property.Timeless || group.Claims.Length < 2 || group.AmountsAgree())
            {
                continue;
            }

            context.CancellationToken.ThrowIfCancellationRequested();
            foreach (var (unit, every) in group.PartitionByUnitBase())
            {
                // A figure its body replaced for the same time takes no part (QuantityMismatchRule reports the revision).
                var items = Supersession.Find(group, every) is { } replacedBy ? [.. every.Where((_, k) => replacedBy[k] < 0)] : every;
                foreach (var diagnostic in CheckTotals(group, unit, items))
                {
                    yield return diagnostic;
                }
            }
        }
    }

    private static IEnumerable<Diagnostic> CheckTotals(ClaimGroup group, string unit, int[] items)
    {
        var byEnd = (int[])items.Clone();
        var endKeys = new (long End, int Item)[items.Length];
        for (var k = 0; k < items.Length; k++)
        {
            endKeys[k] = (group.GetValidityDays(items[k]).End, items[k]);
        }

        Array.Sort(endKeys, byEnd);
        SortedDictionary<int, List<int>>? decreases = null;
        int? highest = null;
        var next = 0;
        foreach (var current in items)
        {
            while (next < byEnd.Length && endKeys[next].End < group.GetValidityDays(current).Start)
            {
                var candidate = byEnd[next++];
                if (highest is not { } h || Higher(group.DefaultAmounts[candidate], group.DefaultAmounts[h]))
                {
                    highest = candidate;
                }
            }

            if (highest is { } earlier && group.DefaultAmounts[current].IsBelow(group.DefaultAmounts[earlier]))
            {
                decreases ??= [];
                if (!decreases.TryGetValue(earlier, out var later))
                {
                    decreases.Add(earlier, later = []);
                }

                later.Add(current);
            }
        }

        foreach (var (earlier, later) in decreases ?? [])
        {
            // A lower figure published later by the body that gave the higher one revises it: not a contradiction.
            var revisions = later.Where(i => Provenance.CanUpdate(group.Claims[earlier], group.Claims[i]) && group.Claims[earlier].Source.ComparePublication(group.Claims[i].Source) < 0).ToList();
            if (revisions.Count > 0)
            {
                yield return Revision(group, unit, earlier, revisions);
            }

            if (revisions.Count < later.Count)
            {
                yield return Decrease(group, unit, earlier, [.. later.Except(revisions)]);
            }
        }

        if (decreases is null && !IntervalClusters.ShareANumber(items, i => group.DefaultAmounts[i]))
        {
            var clusters = IntervalClusters.Partition(items, i => group.DefaultAmounts[i]);
            if (clusters.Count >= 2)
            {
                yield return Growth(group, unit, clusters);
            }
        }
    }

    private static bool Higher(Quantities.NumericInterval a, Quantities.NumericInterval b) =>
        (a.Lower ?? decimal.MinValue) > (b.Lower ?? decimal.MinValue) || ((a.Lower ?? decimal.MinValue) == (b.Lower ?? decimal.MinValue) && a.LowerOpen && !b.LowerOpen);

    private static Diagnostic Revision(ClaimGroup group, string unit, int earlier, List<int> revisions)
    {
        var (a, b) = (group.Claims[earlier], group.Claims[revisions[0]]);
        return new Diagnostic(
            DiagnosticDescriptors.Revision,
            DiagnosticSeverity.Info,
            group.Subject,
            group.Property.Id,
            [a, b],
            [ClaimRole.Earlier, ClaimRole.Later],
            [ClaimPhrases.Who(a), $"{group.Subject} {group.Property.Id}", ClaimPhrases.Value(a, group.DefaultAmounts[earlier], unit), ClaimPhrases.Who(b), ClaimPhrases.Value(b, group.DefaultAmounts[revisions[0]], unit)])
        {
            Evidence =
            [
                Evidence.ForAmount(a.Id, group.DefaultAmounts[earlier], group.WidestAmounts[earlier], unit),
                Evidence.ForPeriod(a.Id, EvidenceAspect.Validity, a.Validity.Time),
                Evidence.ForAmount(b.Id, group.DefaultAmounts[revisions[0]], group.WidestAmounts[revisions[0]], unit),
                Evidence.ForPeriod(b.Id, EvidenceAspect.Validity, b.Validity.Time),
            ],
            Reconciliation = $"{b.Origin ?? b.Source.Publisher} revised the running total down, from {a.ValueText ?? a.Value.ToString()} ({a.Source.PublicationText}) to {b.ValueText ?? b.Value.ToString()} ({b.Source.PublicationText}).",
            RelatedClaimIds = [.. revisions.Skip(1).Select(i => group.Claims[i].Id).Order(StringComparer.Ordinal)],
        };
    }

    private static Diagnostic Decrease(ClaimGroup group, string unit, int earlier, List<int> later)
    {
        var claims = group.Claims;
        var a = claims[earlier];

        // Prefer a witness that survives every reading, so that the severity is the strongest the claims support.
        var certain = later.FirstOrDefault(i => a.Validity.Time.IsSurelyBefore(claims[i].Validity.Time) && group.WidestAmounts[i].IsBelow(group.WidestAmounts[earlier]), -1);
        var witness = certain >= 0 ? certain : later[0];
        var b = claims[witness];
        return new Diagnostic(
            DiagnosticDescriptors.CumulativeDecrease,
            certain >= 0 ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
            group.Subject,
            group.Property.Id,
            [a, b],
            [ClaimRole.Earlier, ClaimRole.Later],
            [
                ClaimPhrases.Who(a), $"{group.Subject} {group.Property.Id}", ClaimPhrases.Value(a, group.DefaultAmounts[earlier], unit), ClaimPhrases.When(a),
                ClaimPhrases.Who(b), ClaimPhrases.Value(b, group.DefaultAmounts[witness], unit), ClaimPhrases.When(b),
                certain >= 0 ? string.Empty : " Under the widest reading of the figures or of their times they can be reconciled, so this is a warning.",
                later.Count > 1 ? $" {ClaimPhrases.Count(later.Count - 1, "more later claim")} also fall below it." : string.Empty,
            ])
        {
            Evidence =
            [
                Evidence.ForAmount(a.Id, group.DefaultAmounts[earlier], group.WidestAmounts[earlier], unit),
                Evidence.ForPeriod(a.Id, EvidenceAspect.Validity, a.Validity.Time),
                Evidence.ForAmount(b.Id, group.DefaultAmounts[witness], group.WidestAmounts[witness], unit),
                Evidence.ForPeriod(b.Id, EvidenceAspect.Validity, b.Validity.Time),
            ],
            RelatedClaimIds = [.. later.Where(i => i != witness).Select(i => claims[i].Id).Order(StringComparer.Ordinal)],
        };
    }

    private static System.Collections.Immutable.ImmutableArray<Claims.Claim> Pick(System.Collections.Immutable.ImmutableArray<Claims.Claim> claims, int[] items)
    {
        var picked = new Claims.Claim[items.Length];
        for (var i = 0; i < items.Length; i++)
        {
            picked[i] = claims[items[i]];
        }

        return System.Runtime.InteropServices.ImmutableCollectionsMarshal.AsImmutableArray(picked);
    }

    private static System.Collections.Immutable.ImmutableArray<ClaimCluster> OfAmounts(System.Collections.Immutable.ImmutableArray<Claims.Claim> claims, List<IntervalCluster> clusters, string unit)
    {
        var made = new ClaimCluster[clusters.Count];
        for (var c = 0; c < made.Length; c++)
        {
            made[c] = ClaimCluster.OfAmounts(claims, clusters[c].Members, clusters[c].Common, unit);
        }

        return System.Runtime.InteropServices.ImmutableCollectionsMarshal.AsImmutableArray(made);
    }

    /// <summary>
    /// The figures of a growing total in order, as a message argument: written when the message is read (a large set
    /// has tens of thousands of these, which few read), from the claims alone.
    /// </summary>
    /// <param name="Claims">The representative claims, lowest figure first.</param>
    /// <param name="Distinct">When not all are listed (only the first and last), how many distinct figures there are; otherwise 0.</param>
    private sealed record Steps(System.Collections.Immutable.ImmutableArray<Claims.Claim> Claims, int Distinct)
    {
        public override string ToString() => Distinct == 0
            ? string.Join(" → ", Claims.Select(Step))
            : $"{Step(Claims[0])} → … → {Step(Claims[^1])}, {Distinct} distinct figures in all";

        private static string Step(Claims.Claim claim) => $"{ClaimPhrases.Value(claim)} ({ClaimPhrases.When(claim)}, `{claim.Id}`)";
    }

    private static System.Collections.Immutable.ImmutableArray<string> Related(System.Collections.Immutable.ImmutableArray<Claims.Claim> claims, List<IntervalCluster> clusters, int low, int high)
    {
        var count = 0;
        foreach (var cluster in clusters)
        {
            count += cluster.Members.Count;
        }

        var related = new string[count - (low == high ? 1 : 2)];
        var r = 0;
        foreach (var cluster in clusters)
        {
            foreach (var member in cluster.Members)
            {
                if (member != low && member != high)
                {
                    related[r++] = claims[member].Id;
                }
            }
        }

        Array.Sort(related, StringComparer.Ordinal);
        return System.Runtime.InteropServices.ImmutableCollectionsMarshal.AsImmutableArray(related);
    }

    private static int Earliest(ArraySegment<int> members)
    {
        var earliest = int.MaxValue;
        foreach (var member in members)
        {
            earliest = Math.Min(earliest, member);
        }

        return earliest;
    }

    private static Diagnostic Growth(ClaimGroup group, string unit, List<IntervalCluster> clusters)
    {
        var claims = group.Claims;
        clusters.Sort((x, y) => (x.Common.Lower ?? decimal.MinValue).CompareTo(y.Common.Lower ?? decimal.MinValue));

        // One representative per cluster: its earliest claim (claims are in time order, so the smallest index). The
        // lowest and the highest figures are the claims; the others are related. Few clusters are listed one by one.
        var representatives = new int[clusters.Count];
        var overlapping = false;
        for (var c = 0; c < representatives.Length; c++)
        {
            representatives[c] = Earliest(clusters[c].Members);
            overlapping |= c > 0 && !claims[representatives[c - 1]].Validity.Time.IsSurelyBefore(claims[representatives[c]].Validity.Time);
        }

        var (low, high) = (representatives[0], representatives[^1]);
        var listed = clusters.Count <= ListedClustersUpTo;
        return new Diagnostic(
            DiagnosticDescriptors.ReconciledByTime,
            DiagnosticSeverity.Info,
            group.Subject,
            group.Property.Id,
            [claims[low], claims[high]],
            [ClaimRole.Earlier, ClaimRole.Later],
            [$"{group.Subject} {group.Property.Id}", new Steps(listed ? Pick(claims, representatives) : [claims[low], claims[high]], listed ? 0 : clusters.Count)])
        {
            Clusters = listed ? OfAmounts(claims, clusters, unit) : [],
            RelatedClaimIds = Related(claims, clusters, low, high),
            Evidence =
            [
                Evidence.ForAmount(claims[low].Id, group.DefaultAmounts[low], group.WidestAmounts[low], unit),
                Evidence.ForPeriod(claims[low].Id, EvidenceAspect.Validity, claims[low].Validity.Time),
                Evidence.ForAmount(claims[high].Id, group.DefaultAmounts[high], group.WidestAmounts[high], unit),
                Evidence.ForPeriod(claims[high].Id, EvidenceAspect.Validity, claims[high].Validity.Time),
            ],
            Reconciliation = overlapping
                ? "A running total grows; where two of these times overlap, the higher figure is read as the later one."
                : "A running total grows, and the higher figures are for later times.",
        };
    }
}
