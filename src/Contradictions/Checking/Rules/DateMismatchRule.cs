using Contradictions.Claims;
using Contradictions.Diagnostics;
using Contradictions.Vocabulary;

namespace Contradictions.Checking.Rules;

/// <summary>
/// <c>date-mismatch</c>: an event that happens once (a single-valued date property) dated to periods that do not
/// overlap. The dates are partitioned into the fewest clusters that share a day; each pair of neighbouring clusters is
/// one diagnostic. An error when even the widest readings are disjoint.
/// </summary>
internal sealed class DateMismatchRule : IContradictionRule
{
    /// <inheritdoc />
    public IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } = [DiagnosticDescriptors.DateMismatch];

    /// <inheritdoc />
    public IEnumerable<Diagnostic> Check(CheckContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var group in context.Groups)
        {
            if (group.Property.ValueKind != ValueKind.Date || !group.Property.Timeless || group.Claims.Length < 2)
            {
                continue;
            }

            context.CancellationToken.ThrowIfCancellationRequested();
            var claims = group.Claims;
            var items = Enumerable.Range(0, claims.Length).ToArray();
            if (IntervalClusters.ShareANumber(items, i => DayRange.Of(Date(claims[i]).Reading).AsNumbers()))
            {
                continue;
            }

            var clusters = IntervalClusters.Partition(items, i => DayRange.Of(Date(claims[i]).Reading).AsNumbers());
            clusters.Sort((a, b) => (a.Common.Lower ?? decimal.MinValue).CompareTo(b.Common.Lower ?? decimal.MinValue));
            for (var k = 0; k + 1 < clusters.Count; k++)
            {
                yield return Report(group, clusters[k], clusters[k + 1]);
            }
        }
    }

    private static Diagnostics.Diagnostic Report(ClaimGroup group, IntervalCluster earlier, IntervalCluster later)
    {
        var claims = group.Claims;

        // The strongest pair: the earliest widest end on one side against the latest widest start on the other.
        var a = earlier.Members.OrderBy(i => DayRange.Of(Date(claims[i]).Widest).End).ThenBy(i => claims[i].Id, StringComparer.Ordinal).First();
        var b = later.Members.OrderByDescending(i => DayRange.Of(Date(claims[i]).Widest).Start).ThenBy(i => claims[i].Id, StringComparer.Ordinal).First();
        var error = Date(claims[a]).Widest.IsBefore(Date(claims[b]).Widest);
        if (!error)
        {
            a = earlier.Members.OrderBy(i => DayRange.Of(Date(claims[i]).Reading).End).ThenBy(i => claims[i].Id, StringComparer.Ordinal).First();
            b = later.Members.OrderByDescending(i => DayRange.Of(Date(claims[i]).Reading).Start).ThenBy(i => claims[i].Id, StringComparer.Ordinal).First();
        }

        var (ca, cb) = (claims[a], claims[b]);
        var others = earlier.Members.Concat(later.Members).Where(i => i != a && i != b).Select(i => claims[i].Id).Order(StringComparer.Ordinal).ToList();
        return new Diagnostics.Diagnostic(
            DiagnosticDescriptors.DateMismatch,
            error ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
            group.Subject,
            group.Property.Id,
            [ca, cb],
            [ClaimRole.Earlier, ClaimRole.Later],
            [
                ClaimPhrases.Who(ca), $"{group.Subject} {group.Property.Id}", ClaimPhrases.Value(ca), ClaimPhrases.Who(cb), ClaimPhrases.Value(cb),
                error ? string.Empty : " Their widest readings do overlap, so this is a warning.",
                Agreeing(ca, earlier, a), Agreeing(cb, later, b),
            ])
        {
            Evidence =
            [
                Evidence.ForPeriod(ca.Id, EvidenceAspect.Value, Date(ca)),
                Evidence.ForPeriod(cb.Id, EvidenceAspect.Value, Date(cb)),
            ],
            Clusters =
            [
                new ClaimCluster(ClaimCluster.Ids(claims, earlier.Members), DaysAgreedOn(earlier)),
                new ClaimCluster(ClaimCluster.Ids(claims, later.Members), DaysAgreedOn(later)),
            ],
            RelatedClaimIds = [.. others],
        };
    }

    private static string Agreeing(Claim named, IntervalCluster cluster, int except)
    {
        var count = cluster.Members.Count(i => i != except);
        return count == 0 ? string.Empty : $" {ClaimPhrases.Count(count, "other claim")} agree{(count == 1 ? "s" : string.Empty)} with `{named.Id}`.";
    }

    private static string DaysAgreedOn(IntervalCluster cluster)
    {
        var common = cluster.Common;
        static string Day(decimal? n) => n is { } d ? NodaTime.LocalDate.FromDateOnly(DateOnly.FromDayNumber((int)d)).ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : string.Empty;
        return common.Lower == common.Upper ? Day(common.Lower) : $"{Day(common.Lower)}..{Day(common.Upper)}";
    }

    internal static Time.ResolvedTime Date(Claim claim) => ((DateValue)claim.Value).Time;
}
