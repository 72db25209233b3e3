using System.Collections.Immutable;
using Contradictions.Claims;
using Contradictions.Diagnostics;
using Contradictions.Quantities;
using Contradictions.Vocabulary;

namespace Contradictions.Checking.Rules;

/// <summary>
/// <c>quantity-mismatch</c>: claims about the same quantity at overlapping times whose values cannot both hold; and,
/// when the same body revised its own figure in a later publication, <c>revision</c> instead.
/// </summary>
/// <remarks>
/// Per (subject, property): claims are swept in time order into groups linked by overlapping validity; within each,
/// values are partitioned into the fewest clusters that agree (one sort), and a conflict between two clusters is
/// confirmed by a pair of claims that overlap in time — one diagnostic per pair of disagreeing clusters, never one per
/// pair of claims. Running totals (cumulative properties) are compared here only when both claims are for the same
/// single day; otherwise their differences are the business of <see cref="CumulativeRule"/>. Figures of the same day
/// are put in order by their sources' publication times where both give one: a running total that grows during the day
/// is no conflict, and the same body's later figure is a revision. Where the order is unknown, a running total or the
/// same body's figures of one day are a warning, never an error. Time-invariant (single-valued) quantities are compared
/// regardless of time.
/// </remarks>
internal sealed class QuantityMismatchRule : IContradictionRule
{
    // With few clusters every pair is tried, so that a conflict between non-neighbouring clusters is not missed; with
    // many, neighbours only, to stay near-linear.
    private const int AllPairsUpTo = 8;

    /// <inheritdoc />
    public IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } = [DiagnosticDescriptors.QuantityMismatch, DiagnosticDescriptors.Revision, DiagnosticDescriptors.IncomparableUnits, DiagnosticDescriptors.RelayDiscrepancy];

    /// <inheritdoc />
    public IEnumerable<Diagnostic> Check(CheckContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var group in context.Groups)
        {
            if (group.Property.ValueKind != ValueKind.Quantity || group.Claims.Length < 2)
            {
                continue;
            }

            context.CancellationToken.ThrowIfCancellationRequested();
            if (!group.AmountsAgree())
            {
                foreach (var diagnostic in CheckGroup(group))
                {
                    yield return diagnostic;
                }
            }

            // Amounts in two currencies may "agree" as bare numbers; whether they were compared is another matter.
            if (HasSeveralUnitBases(group))
            {
                foreach (var diagnostic in IncomparableUnits(group))
                {
                    yield return diagnostic;
                }
            }
        }
    }

    private static IEnumerable<Diagnostic> CheckGroup(ClaimGroup group)
    {
        var claims = group.Claims;
        var timeless = group.Property.Timeless;
        var sameDayOnly = group.Property.Cumulative && !timeless;
        DayRange Time(int i) => timeless ? new(long.MinValue, long.MaxValue) : group.GetValidityDays(i);

        foreach (var (unit, every) in group.PartitionByUnitBase())
        {
            // A figure its body replaced for the same time is a revision; it takes no further part.
            var all = every;
            if (Supersession.Find(group, every) is { } replacedBy)
            {
                // One revision per latest figure, with every figure of its body it replaced.
                foreach (var revision in every.Select((item, k) => (Earlier: item, Later: replacedBy[k])).Where(p => p.Later >= 0).GroupBy(p => p.Later))
                {
                    yield return Revision(group, unit, [.. revision.Select(p => p.Earlier)], revision.Key);
                }

                all = [.. every.Where((_, k) => replacedBy[k] < 0)];
            }

            var items = sameDayOnly ? [.. all.Where(i => claims[i].Validity.Time.Reading.IsSingleDay)] : all;
            foreach (var component in TimeComponents(items, Time))
            {
                if (component.Count < 2 || IntervalClusters.ShareANumber(component, i => group.DefaultAmounts[i]))
                {
                    continue;
                }

                var clusters = IntervalClusters.Partition(component, i => group.DefaultAmounts[i]);
                if (clusters.Count < 2)
                {
                    continue;
                }

                clusters.Sort((a, b) => Lower(a.Common).CompareTo(Lower(b.Common)));
                for (var x = 0; x < clusters.Count; x++)
                {
                    for (var y = x + 1; y < clusters.Count && (y == x + 1 || clusters.Count <= AllPairsUpTo); y++)
                    {
                        var witness = OverlapWitness.Find(clusters[x].Members, clusters[y].Members, Time, i => group.DefaultAmounts[i]);
                        if (witness is not { } pair)
                        {
                            continue;
                        }

                        if (Report(group, unit, clusters[x], clusters[y], pair.First, pair.Second, timeless) is { } diagnostic)
                        {
                            yield return diagnostic;
                        }

                        // A revision by one body says nothing of the other bodies in the two clusters: they may still conflict.
                        if (IsRevision(claims[pair.First], claims[pair.Second])
                            && OtherBodiesWitness(group, clusters[x].Members, clusters[y].Members, Time) is { } other
                            && Report(group, unit, clusters[x], clusters[y], other.First, other.Second, timeless) is { } conflict)
                        {
                            yield return conflict;
                        }
                    }
                }
            }
        }
    }

    /// <summary>
    /// The same body's figure for the same time, published later than one or more others of its figures: a revision,
    /// never a contradiction. The message names the earliest replaced figure and counts the others.
    /// </summary>
    private static Diagnostic Revision(ClaimGroup group, string unit, int[] earlierIndices, int laterIndex)
    {
        var earlier = earlierIndices.OrderBy(i => group.Claims[i].Source.Published.Earliest).ThenBy(i => group.Claims[i].Id, StringComparer.Ordinal).ToArray();
        var (first, later) = (group.Claims[earlier[0]], group.Claims[laterIndex]);
        var others = earlier.Length > 1 ? $" and {ClaimPhrases.Count(earlier.Length - 1, "other figure")} of the same body" : string.Empty;
        return new Diagnostic(
            DiagnosticDescriptors.Revision,
            DiagnosticSeverity.Info,
            group.Subject,
            group.Property.Id,
            [.. earlier.Select(i => group.Claims[i]), later],
            [.. earlier.Select(_ => ClaimRole.Earlier), ClaimRole.Later],
            [ClaimPhrases.Who(first) + others, $"{group.Subject} {group.Property.Id}", ClaimPhrases.Value(first), ClaimPhrases.Who(later), ClaimPhrases.Value(later)])
        {
            Evidence =
            [
                .. earlier.Append(laterIndex).SelectMany(i => new[]
                {
                    Diagnostics.Evidence.ForAmount(group.Claims[i].Id, group.DefaultAmounts[i], group.WidestAmounts[i], unit),
                    Diagnostics.Evidence.ForPeriod(group.Claims[i].Id, EvidenceAspect.Validity, group.Claims[i].Validity.Time),
                }),
            ],
            Reconciliation = $"{Provenance.Body(later)} revised its figure between {first.Source.PublicationText} and {later.Source.PublicationText}.",
        };
    }

    /// <summary>How many pairs <see cref="OtherBodiesWitness"/> looks at, at most: beyond, two clusters are said by their revision alone.</summary>
    private const int MaxPairsBesideARevision = 1_000_000;

    private static bool IsRevision(Claim a, Claim b) => Provenance.CanUpdate(a, b) && a.Source.ComparePublication(b.Source) != 0;

    /// <summary>
    /// A pair of the two clusters whose times overlap and whose amounts cannot both hold, other than a revision by one
    /// body: the witness found first may be a revision while two other bodies contradict each other.
    /// </summary>
    private static (int First, int Second)? OtherBodiesWitness(ClaimGroup group, ArraySegment<int> low, ArraySegment<int> high, Func<int, DayRange> time)
    {
        if ((long)low.Count * high.Count > MaxPairsBesideARevision)
        {
            return null;
        }

        foreach (var i in low)
        {
            foreach (var j in high)
            {
                var (ti, tj) = (time(i), time(j));
                if (ti.Start <= tj.End && tj.Start <= ti.End
                    && (group.DefaultAmounts[i].IsBelow(group.DefaultAmounts[j]) || group.DefaultAmounts[j].IsBelow(group.DefaultAmounts[i]))
                    && !IsRevision(group.Claims[i], group.Claims[j]))
                {
                    return (i, j);
                }
            }
        }

        return null;
    }

    private static Diagnostic? Report(ClaimGroup group, string unit, IntervalCluster low, IntervalCluster high, int i, int j, bool timeless)
    {
        var claims = group.Claims;
        var (a, b) = string.CompareOrdinal(claims[i].Id, claims[j].Id) <= 0 ? (i, j) : (j, i);
        var (ca, cb) = (claims[a], claims[b]);
        var widestDisjoint = group.WidestAmounts[a].IsBelow(group.WidestAmounts[b]) || group.WidestAmounts[b].IsBelow(group.WidestAmounts[a]);
        var sameTime = timeless || ca.Validity.Time.SurelyOverlaps(cb.Validity.Time);
        ImmutableArray<Evidence> evidence =
        [
            Diagnostics.Evidence.ForAmount(ca.Id, group.DefaultAmounts[a], group.WidestAmounts[a], unit),
            Diagnostics.Evidence.ForPeriod(ca.Id, EvidenceAspect.Validity, ca.Validity.Time),
            Diagnostics.Evidence.ForAmount(cb.Id, group.DefaultAmounts[b], group.WidestAmounts[b], unit),
            Diagnostics.Evidence.ForPeriod(cb.Id, EvidenceAspect.Validity, cb.Validity.Time),
        ];
        var what = $"{group.Subject} {group.Property.Id}";

        var sameBody = Provenance.CanUpdate(ca, cb);
        var order = ca.Source.ComparePublication(cb.Source);
        var runningTotal = group.Property.Cumulative && !timeless;
        if (runningTotal && order != 0 && !sameBody)
        {
            // Two figures of a running total on the same day, put in order by their publication times: only a fall is a conflict.
            var (first, second) = order < 0 ? (a, b) : (b, a);
            if (!group.WidestAmounts[second].IsBelow(group.WidestAmounts[first]))
            {
                return null;
            }
        }

        if (sameBody && order != 0)
        {
            return order < 0 ? Revision(group, unit, [a], b) : Revision(group, unit, [b], a);
        }

        // Two outlets relaying one body with different figures, in an order no source gives: one may misreport it, or the
        // body updated its figure in between. Worth saying in those words; possible, not certain, so a warning.
        if (sameBody && order == 0 && Provenance.SameOrigin(ca, cb) && !string.Equals(ca.Source.Publisher ?? ca.Source.Id, cb.Source.Publisher ?? cb.Source.Id, StringComparison.OrdinalIgnoreCase))
        {
            return new Diagnostic(
                DiagnosticDescriptors.RelayDiscrepancy,
                DiagnosticSeverity.Warning,
                group.Subject,
                group.Property.Id,
                [ca, cb],
                [ClaimRole.Conflicting, ClaimRole.Conflicting],
                [ClaimPhrases.Who(ca), ClaimPhrases.Who(cb), ca.Origin!, what, ClaimPhrases.Value(ca, group.DefaultAmounts[a], unit), ClaimPhrases.Value(cb, group.DefaultAmounts[b], unit)])
            {
                Evidence = evidence,
            };
        }

        // The same day, in an order no source gives: a running total may have grown in between, and the same body may have
        // updated its figure. Possible, not certain, so never an error.
        var orderUnknown = order == 0 && (runningTotal || sameBody);
        var related = low.Members.Count + high.Members.Count > 2;
        var (lowCluster, highCluster) = (Cluster(group, low, unit), Cluster(group, high, unit));
        return new Diagnostic(
            DiagnosticDescriptors.QuantityMismatch,
            widestDisjoint && sameTime && !orderUnknown ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
            group.Subject,
            group.Property.Id,
            [ca, cb],
            [ClaimRole.Conflicting, ClaimRole.Conflicting],
            [
                ClaimPhrases.Who(ca), what, ClaimPhrases.Value(ca, group.DefaultAmounts[a], unit), ClaimPhrases.When(ca),
                ClaimPhrases.Who(cb), ClaimPhrases.Value(cb, group.DefaultAmounts[b], unit), ClaimPhrases.When(cb),
                timeless ? "and the quantity does not change over time" : "for overlapping times",
                (widestDisjoint ? string.Empty : " They can under the widest reading of the qualifiers, so this is a warning.") +
                (!orderUnknown ? string.Empty : sameBody
                    ? $" Both come from {ca.Origin ?? ca.Source.Publisher} on the same day, in an order the sources do not give: probably an update, so this is a warning."
                    : " Both are running totals of the same day, in an order the sources do not give (publication times would settle it): the total may have grown in between, so this is a warning."),
                sameTime || timeless ? string.Empty : " Their times overlap only under the default reading of a vague or uncertain period.",
                !related ? string.Empty : $" {ClaimPhrases.Count(low.Members.Count + high.Members.Count, "claim")} fall into two groups that agree among themselves: {lowCluster} and {highCluster}.",
            ])
        {
            Evidence = evidence,
            Clusters = [lowCluster, highCluster],
            RelatedClaimIds = [.. low.Members.Concat(high.Members).Where(k => k != a && k != b).Select(k => claims[k].Id).Order(StringComparer.Ordinal)],
        };
    }

    // Most groups are in one unit base: find that out without the partition's arrays.
    private static bool HasSeveralUnitBases(ClaimGroup group)
    {
        var firstBase = ((QuantityValue)group.Claims[0].Value).Quantity.Unit.BaseId;
        foreach (var claim in group.Claims)
        {
            if (!ReferenceEquals(((QuantityValue)claim.Value).Quantity.Unit.BaseId, firstBase) &&
                !string.Equals(((QuantityValue)claim.Value).Quantity.Unit.BaseId, firstBase, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// One info per pair of bases that never convert (two currencies) whose claims overlap in time: those figures are
    /// not compared, and the reader should know it.
    /// </summary>
    private static IEnumerable<Diagnostic> IncomparableUnits(ClaimGroup group)
    {
        var partitions = group.PartitionByUnitBase();
        var timeless = group.Property.Timeless;
        for (var x = 0; x < partitions.Count; x++)
        {
            for (var y = x + 1; y < partitions.Count; y++)
            {
                if (FirstOverlap(group, partitions[x].Items, partitions[y].Items, timeless) is not var (i, j))
                {
                    continue;
                }

                var (a, b) = (group.Claims[i], group.Claims[j]);
                yield return new Diagnostic(
                    DiagnosticDescriptors.IncomparableUnits,
                    DiagnosticSeverity.Info,
                    group.Subject,
                    group.Property.Id,
                    [a, b],
                    [ClaimRole.Conflicting, ClaimRole.Conflicting],
                    [ClaimPhrases.Who(a), $"{group.Subject} {group.Property.Id}", ClaimPhrases.Value(a), ClaimPhrases.Who(b), ClaimPhrases.Value(b), partitions[x].BaseUnit, partitions[y].BaseUnit]);
            }
        }
    }

    /// <summary>
    /// The first pair, one from each list (both in order of start), whose times overlap: a merge that keeps, for each
    /// list, the item reaching furthest so far.
    /// </summary>
    private static (int, int)? FirstOverlap(ClaimGroup group, int[] first, int[] second, bool timeless)
    {
        if (timeless)
        {
            return (first[0], second[0]);
        }

        var (p, q) = (0, 0);
        int? reachFirst = null, reachSecond = null;
        while (p < first.Length || q < second.Length)
        {
            var takeFirst = q >= second.Length || (p < first.Length && group.GetValidityDays(first[p]).Start <= group.GetValidityDays(second[q]).Start);
            var item = takeFirst ? first[p++] : second[q++];
            var days = group.GetValidityDays(item);
            var other = takeFirst ? reachSecond : reachFirst;
            if (other is { } o && group.GetValidityDays(o).End >= days.Start)
            {
                return takeFirst ? (item, o) : (o, item);
            }

            ref var reach = ref takeFirst ? ref reachFirst : ref reachSecond;
            if (reach is not { } r || group.GetValidityDays(r).End < days.End)
            {
                reach = item;
            }
        }

        return null;
    }

    private static ClaimCluster Cluster(ClaimGroup group, IntervalCluster cluster, string unit) =>
        ClaimCluster.OfAmounts(group.Claims, cluster.Members, cluster.Common, unit);

    private static decimal Lower(NumericInterval interval) => interval.Lower ?? decimal.MinValue;

    /// <summary>
    /// Splits claims into runs linked by overlapping times. The items are indices into the group in ascending order,
    /// which is the order of their validity's start: the group is sorted that way.
    /// </summary>
    private static IEnumerable<ArraySegment<int>> TimeComponents(int[] items, Func<int, DayRange> time)
    {
        var first = 0;
        var end = long.MinValue;
        for (var k = 0; k < items.Length; k++)
        {
            var range = time(items[k]);
            var (start, itemEnd) = (range.Start, range.End);
            if (k > first && start > end)
            {
                yield return new ArraySegment<int>(items, first, k - first);
                first = k;
                end = long.MinValue;
            }

            end = Math.Max(end, itemEnd);
        }

        if (items.Length > first)
        {
            yield return new ArraySegment<int>(items, first, items.Length - first);
        }
    }
}
