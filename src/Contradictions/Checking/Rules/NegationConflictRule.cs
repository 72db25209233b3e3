using Contradictions.Claims;
using Contradictions.Diagnostics;

namespace Contradictions.Checking.Rules;

/// <summary>
/// <c>negation-conflict</c>: a claim that the subject did <em>not</em> have a value ("former president X") at a time
/// another claim says it did. Only the boundary day of the positive claim's time (the day a term ends or begins) is
/// not a conflict. Claims are compared within each value, in time order.
/// </summary>
internal sealed class NegationConflictRule : IContradictionRule
{
    /// <inheritdoc />
    public IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } = [DiagnosticDescriptors.NegationConflict];

    /// <inheritdoc />
    public IEnumerable<Diagnostic> Check(CheckContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var group in context.Groups)
        {
            if (group.NegatedClaims.IsEmpty || group.Claims.IsEmpty)
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

    // Apart from the loop over all groups, so that its closures are made only for groups with negated claims.
    private static IEnumerable<Diagnostic> CheckGroup(ClaimGroup group)
    {
        var timeless = group.Property.Timeless;
        var positives = group.Claims.ToLookup(c => c.Value);
        foreach (var negated in group.NegatedClaims)
        {
            var overlapping = positives[negated.Value]
                .Where(p => timeless || (Overlaps(p, negated) && !OnlyOnBoundary(p, negated)))
                .ToList();
            if (overlapping.Count == 0)
            {
                continue;
            }

            var certain = overlapping.FirstOrDefault(p => timeless || p.Validity.Time.SurelyOverlaps(negated.Validity.Time));
            var positive = certain ?? overlapping[0];
            yield return new Diagnostic(
                DiagnosticDescriptors.NegationConflict,
                certain is not null ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
                group.Subject,
                group.Property.Id,
                [negated, positive],
                [ClaimRole.Negated, ClaimRole.Affirmed],
                [
                    ClaimPhrases.Who(negated), $"{group.Subject} {group.Property.Id}", negated.Value.ToString() ?? string.Empty, ClaimPhrases.When(negated),
                    ClaimPhrases.Who(positive), ClaimPhrases.When(positive),
                    certain is not null ? string.Empty : " The overlap depends on the default reading of a vague or uncertain time, so this is a warning.",
                ])
            {
                Evidence =
                [
                    Evidence.ForPeriod(negated.Id, EvidenceAspect.Validity, negated.Validity.Time),
                    Evidence.ForPeriod(positive.Id, EvidenceAspect.Validity, positive.Validity.Time),
                ],
                RelatedClaimIds = [.. overlapping.Where(p => p != positive).Select(p => p.Id).Order(StringComparer.Ordinal)],
            };
        }
    }

    private static bool Overlaps(Claim a, Claim b) => a.Validity.Time.Reading.Overlaps(b.Validity.Time.Reading);

    private static bool OnlyOnBoundary(Claim positive, Claim negated)
    {
        var span = positive.Validity.Time.Reading;
        return span.Intersect(negated.Validity.Time.Reading) is { IsSingleDay: true } day && (day.Start == span.End || day.Start == span.Start);
    }
}
