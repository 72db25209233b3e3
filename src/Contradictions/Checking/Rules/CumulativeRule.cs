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
public sealed class CumulativeRule : IContradictionRule
{
    /// <inheritdoc />
    public IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } = [DiagnosticDescriptors.CumulativeDecrease, DiagnosticDescriptors.ReconciledByTime];

    /// <inheritdoc />
    public IEnumerable<Diagnostic> Check(CheckContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var group in context.Groups)
        {
            if (group.Property.ValueKind != ValueKind.Quantity || !group.Property.Cumulative || group.Property.SingleValued || group.Claims.Length < 2)
            {
                continue;
            }

            context.CancellationToken.ThrowIfCancellationRequested();
            foreach (var (unit, items) in UnitBases.Partition(group))
            {
                foreach (var diagnostic in CheckTotals(group, unit, items))
                {
                    yield return diagnostic;
                }
            }
        }
    }

    private static IEnumerable<Diagnostic> CheckTotals(ClaimGroup group, string unit, int[] items)
    {
        var claims = group.Claims;
        long Start(int i) => Days.Start(claims[i].Validity.Time.Reading);
        long End(int i) => Days.End(claims[i].Validity.Time.Reading);

        var byEnd = items.OrderBy(End).ThenBy(i => i).ToArray();
        var decreases = new SortedDictionary<int, List<int>>();
        int? highest = null;
        var next = 0;
        foreach (var current in items)
        {
            while (next < byEnd.Length && End(byEnd[next]) < Start(current))
            {
                var candidate = byEnd[next++];
                if (highest is not { } h || Higher(group.DefaultAmounts[candidate], group.DefaultAmounts[h]))
                {
                    highest = candidate;
                }
            }

            if (highest is { } earlier && group.DefaultAmounts[current].IsBelow(group.DefaultAmounts[earlier]))
            {
                if (!decreases.TryGetValue(earlier, out var later))
                {
                    decreases.Add(earlier, later = []);
                }

                later.Add(current);
            }
        }

        foreach (var (earlier, later) in decreases)
        {
            yield return Decrease(group, unit, earlier, later);
        }

        if (decreases.Count == 0)
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
            () => $"{Phrases.Who(a)} gives the running total {group.Subject} {group.Property.Id} as {Phrases.Value(a, group.DefaultAmounts[earlier], unit)} {Phrases.When(a)}; " +
            $"{Phrases.Who(b)} gives {Phrases.Value(b, group.DefaultAmounts[witness], unit)} {Phrases.When(b)}, which is later, yet lower: a running total cannot go down." +
            (certain >= 0 ? string.Empty : " Under the widest reading of the figures or of their times they can be reconciled, so this is a warning.") +
            (later.Count > 1 ? $" {Phrases.Count(later.Count - 1, "more later claim")} also fall below it." : string.Empty))
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

    private static Diagnostic Growth(ClaimGroup group, string unit, List<IntervalClusters.Cluster> clusters)
    {
        var claims = group.Claims;
        clusters.Sort((x, y) => (x.Common.Lower ?? decimal.MinValue).CompareTo(y.Common.Lower ?? decimal.MinValue));

        // One representative per cluster: its earliest claim (claims are in time order, so the smallest index).
        var representatives = clusters.Select(c => c.Members.Min()).ToList();
        var overlapping = representatives.Zip(representatives.Skip(1)).Any(p => !claims[p.First].Validity.Time.IsSurelyBefore(claims[p.Second].Validity.Time));
        return new Diagnostic(
            DiagnosticDescriptors.ReconciledByTime,
            DiagnosticSeverity.Info,
            group.Subject,
            group.Property.Id,
            [.. representatives.Select(i => claims[i])],
            () => $"The running total {group.Subject} {group.Property.Id} is reported as {string.Join(" → ", representatives.Select(i => $"{Phrases.Value(claims[i])} ({Phrases.When(claims[i])}, `{claims[i].Id}`)"))}. The figures differ, but each higher figure is for a time no earlier than the lower ones, so they describe growth, not a contradiction.")
        {
            Clusters = [.. clusters.Select(c => new ClaimCluster([.. c.Members.Select(i => claims[i].Id).Order(StringComparer.Ordinal)], () => $"{c.Common} {unit}"))],
            RelatedClaimIds = [.. clusters.SelectMany(c => c.Members).Except(representatives).Select(i => claims[i].Id).Order(StringComparer.Ordinal)],
            Evidence = [.. representatives.SelectMany(i => new[]
            {
                Evidence.ForAmount(claims[i].Id, group.DefaultAmounts[i], group.WidestAmounts[i], unit),
                Evidence.ForPeriod(claims[i].Id, EvidenceAspect.Validity, claims[i].Validity.Time),
            })],
            Reconciliation = overlapping
                ? "A running total grows; where two of these times overlap, the higher figure is read as the later one."
                : "A running total grows, and the higher figures are for later times.",
        };
    }
}
