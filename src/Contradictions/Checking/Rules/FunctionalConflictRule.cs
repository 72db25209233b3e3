using Contradictions.Claims;
using Contradictions.Diagnostics;
using Contradictions.Vocabulary;

namespace Contradictions.Checking.Rules;

/// <summary>
/// <c>functional-conflict</c>: a property with one value at a time (the holder of an office) given two different
/// entities at overlapping times. A hand-over — one value's time ending on the day the other's begins — is not a
/// conflict. Single-valued entity properties are compared regardless of time.
/// </summary>
/// <remarks>
/// One sweep in order of start, keeping the live claims per entity in heaps by end: each claim is compared with the
/// latest-ending live claim of every other entity. Conflicts between the same two entities are reported once, with
/// the first pair found as the claims and the rest as related claims.
/// </remarks>
internal sealed class FunctionalConflictRule : IContradictionRule
{
    /// <inheritdoc />
    public IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } = [DiagnosticDescriptors.FunctionalConflict];

    /// <inheritdoc />
    public IEnumerable<Diagnostic> Check(CheckContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var group in context.Groups)
        {
            if (group.Property.ValueKind != ValueKind.Entity || !(group.Property.OneValueAtATime || group.Property.Timeless) || group.Claims.Length < 2 || NamesOneEntity(group))
            {
                continue;
            }

            context.CancellationToken.ThrowIfCancellationRequested();
            foreach (var diagnostic in CheckGroup(group))
            {
                yield return diagnostic;
            }
        }
    }

    /// <summary>Whether every claim names the same entity: then nothing can conflict, and the sweep is skipped (most groups).</summary>
    private static bool NamesOneEntity(ClaimGroup group)
    {
        var first = Entity(group.Claims[0]);
        for (var i = 1; i < group.Claims.Length; i++)
        {
            if (Entity(group.Claims[i]) != first)
            {
                return false;
            }
        }

        return true;
    }

    private static IEnumerable<Diagnostic> CheckGroup(ClaimGroup group)
    {
        var claims = group.Claims;
        var timeless = group.Property.Timeless;
        long Start(int i) => timeless ? long.MinValue : group.GetValidityDays(i).Start;
        long End(int i) => timeless ? long.MaxValue : group.GetValidityDays(i).End;

        // A plain dictionary: it is enumerated for every claim, and a sorted one allocates a stack per enumeration. The
        // order of its entries does not reach the output, which follows the sorted conflicts.
        var live = new Dictionary<string, PriorityQueue<int, long>>(StringComparer.Ordinal);
        var conflicts = new SortedDictionary<(string, string), List<(int First, int Second)>>();
        for (var current = 0; current < claims.Length; current++)
        {
            var entity = Entity(claims[current]);
            var start = Start(current);
            foreach (var (other, heap) in live)
            {
                if (other == entity)
                {
                    continue;
                }

                while (heap.TryPeek(out var top, out _) && End(top) < start)
                {
                    heap.Dequeue();
                }

                if (heap.TryPeek(out var overlapping, out _) && !IsHandOver(claims[overlapping], claims[current], timeless))
                {
                    var key = string.CompareOrdinal(other, entity) < 0 ? (other, entity) : (entity, other);
                    if (!conflicts.TryGetValue(key, out var pairs))
                    {
                        conflicts.Add(key, pairs = []);
                    }

                    pairs.Add((overlapping, current));
                }
            }

            if (!live.TryGetValue(entity, out var own))
            {
                live.Add(entity, own = new PriorityQueue<int, long>(Comparer<long>.Create((x, y) => y.CompareTo(x))));
            }

            own.Enqueue(current, End(current));
        }

        foreach (var (_, pairs) in conflicts)
        {
            yield return Report(group, pairs, timeless);
        }
    }

    /// <summary>The two times share only the day one ends and the other begins: a hand-over, on which either may be named.</summary>
    private static bool IsHandOver(Claim earlier, Claim later, bool timeless)
    {
        if (timeless)
        {
            return false;
        }

        var a = earlier.Validity.Time.Reading;
        var b = later.Validity.Time.Reading;
        return a.Intersect(b) is { IsSingleDay: true } day && ((day.Start == a.End && day.Start == b.Start) || (day.Start == b.End && day.Start == a.Start));
    }

    private static Diagnostic Report(ClaimGroup group, List<(int First, int Second)> pairs, bool timeless)
    {
        var claims = group.Claims;

        // Prefer a pair whose overlap is certain under every reading.
        var certain = pairs.FindIndex(p => timeless || claims[p.First].Validity.Time.SurelyOverlaps(claims[p.Second].Validity.Time));
        var (i, j) = pairs[certain >= 0 ? certain : 0];
        var (a, b) = (claims[i], claims[j]);
        var related = pairs.SelectMany(p => new[] { p.First, p.Second }).Distinct().Where(k => k != i && k != j).Select(k => claims[k].Id).Order(StringComparer.Ordinal).ToList();
        return new Diagnostic(
            DiagnosticDescriptors.FunctionalConflict,
            certain >= 0 ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
            group.Subject,
            group.Property.Id,
            [a, b],
            [ClaimRole.Conflicting, ClaimRole.Conflicting],
            [
                ClaimPhrases.Who(a), $"{group.Subject} {group.Property.Id}", Entity(a), ClaimPhrases.When(a), ClaimPhrases.Who(b), Entity(b), ClaimPhrases.When(b),
                timeless ? "The property has one value for all time." : "The property has one value at a time, and these times overlap.",
                certain >= 0 ? string.Empty : " The overlap depends on the default reading of a vague or uncertain time, so this is a warning.",
                related.Count > 0 ? $" Also involved: {string.Join(", ", related.Select(r => $"`{r}`"))}." : string.Empty,
            ])
        {
            Evidence =
            [
                Evidence.ForEntity(a.Id, Entity(a)),
                Evidence.ForPeriod(a.Id, EvidenceAspect.Validity, a.Validity.Time),
                Evidence.ForEntity(b.Id, Entity(b)),
                Evidence.ForPeriod(b.Id, EvidenceAspect.Validity, b.Validity.Time),
            ],
            RelatedClaimIds = [.. related],
        };
    }

    private static string Entity(Claim claim) => ((EntityValue)claim.Value).EntityId;
}
