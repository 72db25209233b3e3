using System.Collections.Immutable;
using Contradictions.Claims;
using Contradictions.Diagnostics;
using Contradictions.Vocabulary;

namespace Contradictions.Checking.Rules;

/// <summary>
/// <c>temporal-order</c>: events declared in an order (<c>notAfter</c>: signed no later than ratified), directly or
/// through a chain of such relations, dated surely in the opposite order. For each pair of properties the chain links,
/// the latest-starting claim of the earlier event is compared with the earliest-ending claim of the later one.
/// </summary>
internal sealed class TemporalOrderRule : IContradictionRule
{
    /// <inheritdoc />
    public IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } = [DiagnosticDescriptors.TemporalOrder];

    /// <inheritdoc />
    public IEnumerable<Diagnostic> Check(CheckContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var vocabulary = context.ClaimSet.Vocabulary;
        foreach (var group in context.Groups)
        {
            if (group.Property.ValueKind != ValueKind.Date || group.Property.NotAfter is null || group.Claims.IsEmpty)
            {
                continue;
            }

            foreach (var (laterProperty, chain) in Reachable(vocabulary, group.Property.Id))
            {
                if (context.TryGetGroup(group.Subject, laterProperty, out var later) && !later.Claims.IsEmpty &&
                    Compare(group, later, chain) is { } diagnostic)
                {
                    yield return diagnostic;
                }
            }
        }
    }

    /// <summary>Every property reachable through <c>notAfter</c> links, with the chain of ids that leads to it (cycles are cut).</summary>
    private static IEnumerable<(string Property, List<string> Chain)> Reachable(PropertyVocabulary vocabulary, string start)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal) { start };
        var chain = new List<string> { start };
        var current = start;
        while (vocabulary.TryGetProperty(current, out var property) && property.NotAfter is { } next && seen.Add(next))
        {
            chain.Add(next);
            yield return (next, [.. chain]);
            current = next;
        }
    }

    /// <summary>
    /// The claim with the greatest (or least) key, the smallest id among equals — what sorting by the key, then the id,
    /// and taking the first would give, in one pass (this runs for every subject with ordered dates).
    /// </summary>
    private static Claim Pick(ImmutableArray<Claim> claims, Func<Claim, long> key, bool greatest)
    {
        var best = claims[0];
        var bestKey = key(best);
        for (var i = 1; i < claims.Length; i++)
        {
            var claim = claims[i];
            var k = key(claim);
            if ((greatest ? k > bestKey : k < bestKey) || (k == bestKey && string.CompareOrdinal(claim.Id, best.Id) < 0))
            {
                (best, bestKey) = (claim, k);
            }
        }

        return best;
    }

    private static Diagnostic? Compare(ClaimGroup earlier, ClaimGroup later, List<string> chain)
    {
        static Time.ResolvedTime Date(Claim c) => DateMismatchRule.Date(c);
        var a = Pick(earlier.Claims, c => DayRange.Of(Date(c).Widest).Start, greatest: true);
        var b = Pick(later.Claims, c => DayRange.Of(Date(c).Widest).End, greatest: false);
        var error = Date(b).Widest.IsBefore(Date(a).Widest);
        if (!error)
        {
            a = Pick(earlier.Claims, c => DayRange.Of(Date(c).Reading).Start, greatest: true);
            b = Pick(later.Claims, c => DayRange.Of(Date(c).Reading).End, greatest: false);
            if (!Date(b).Reading.IsBefore(Date(a).Reading))
            {
                return null;
            }
        }

        var order = string.Join(" ≤ ", chain);
        return new Diagnostic(
            DiagnosticDescriptors.TemporalOrder,
            error ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
            earlier.Subject,
            earlier.Property.Id,
            [a, b],
            [ClaimRole.Earlier, ClaimRole.Later],
            [
                ClaimPhrases.Who(a), $"{earlier.Subject} {earlier.Property.Id}", ClaimPhrases.Value(a), ClaimPhrases.Who(b), later.Property.Id, ClaimPhrases.Value(b), order,
                chain.Count > 2 ? $" The order follows from the chain {order}." : string.Empty,
                error ? string.Empty : " Their widest readings can be ordered, so this is a warning.",
            ])
        {
            Evidence =
            [
                Evidence.ForPeriod(a.Id, EvidenceAspect.Value, Date(a)),
                Evidence.ForPeriod(b.Id, EvidenceAspect.Value, Date(b)),
            ],
        };
    }
}
