using Contradictions.Claims;
using Contradictions.Diagnostics;
using Contradictions.Vocabulary;

namespace Contradictions.Checking.Rules;

/// <summary>
/// <c>bound-violation</c>: a quantity declared at most another (missiles launched ≤ missiles delivered) reported
/// larger than it at the same time — or larger than a figure of the bound for a surely later time, when the bound is
/// a running total (what has been delivered by then can only have grown).
/// </summary>
internal sealed class BoundViolationRule : IContradictionRule
{
    /// <inheritdoc />
    public IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } = [DiagnosticDescriptors.BoundViolation];

    /// <inheritdoc />
    public IEnumerable<Diagnostic> Check(CheckContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var bounded in context.Groups)
        {
            if (bounded.Property.ValueKind != ValueKind.Quantity || bounded.Property.AtMost is not { } boundId ||
                !context.TryGetGroup(bounded.Subject, boundId, out var bound))
            {
                continue;
            }

            context.CancellationToken.ThrowIfCancellationRequested();
            for (var i = 0; i < bounded.Claims.Length; i++)
            {
                if (Check(bounded, i, bound) is { } diagnostic)
                {
                    yield return diagnostic;
                }
            }
        }
    }

    private static Diagnostic? Check(ClaimGroup bounded, int i, ClaimGroup bound)
    {
        var claim = bounded.Claims[i];
        var unit = ((QuantityValue)claim.Value).Quantity.Unit;
        int? witness = null;
        var error = false;
        for (var j = 0; j < bound.Claims.Length; j++)
        {
            var other = bound.Claims[j];
            if (!((QuantityValue)other.Value).Quantity.Unit.CanConvertTo(unit) || !bound.DefaultAmounts[j].IsBelow(bounded.DefaultAmounts[i]))
            {
                continue;
            }

            var laterTotal = bound.Property.Cumulative && claim.Validity.Time.Reading.IsBefore(other.Validity.Time.Reading);
            if (!laterTotal && !claim.Validity.Time.Reading.Overlaps(other.Validity.Time.Reading))
            {
                continue;
            }

            var certainTime = bound.Property.Cumulative && claim.Validity.Time.IsSurelyBefore(other.Validity.Time) || claim.Validity.Time.SurelyOverlaps(other.Validity.Time);
            var certain = certainTime && bound.WidestAmounts[j].IsBelow(bounded.WidestAmounts[i]);
            if (witness is null || (certain && !error))
            {
                witness = j;
                error = certain;
            }
        }

        if (witness is not { } w)
        {
            return null;
        }

        var limit = bound.Claims[w];
        return new Diagnostic(
            DiagnosticDescriptors.BoundViolation,
            error ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
            bounded.Subject,
            bounded.Property.Id,
            [claim, limit],
            [ClaimRole.Bounded, ClaimRole.Bound],
            [
                ClaimPhrases.Who(claim), $"{bounded.Subject} {bounded.Property.Id}", ClaimPhrases.Value(claim, bounded.DefaultAmounts[i], unit.BaseId), ClaimPhrases.When(claim),
                ClaimPhrases.Who(limit), bound.Property.Id, ClaimPhrases.Value(limit, bound.DefaultAmounts[w], unit.BaseId), ClaimPhrases.When(limit),
                bounded.Property.Id,
                error ? string.Empty : " Under the widest reading of the figures or their times it need not, so this is a warning.",
            ])
        {
            Evidence =
            [
                Evidence.ForAmount(claim.Id, bounded.DefaultAmounts[i], bounded.WidestAmounts[i], unit.BaseId),
                Evidence.ForAmount(limit.Id, bound.DefaultAmounts[w], bound.WidestAmounts[w], unit.BaseId),
            ],
        };
    }
}
