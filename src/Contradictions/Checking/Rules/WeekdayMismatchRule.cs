using Contradictions.Claims;
using Contradictions.Diagnostics;

namespace Contradictions.Checking.Rules;

/// <summary><c>weekday-mismatch</c>: a date written with a weekday it does not fall on, in a claim's value or its time.</summary>
internal sealed class WeekdayMismatchRule : IContradictionRule
{
    /// <inheritdoc />
    public IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } = [DiagnosticDescriptors.WeekdayMismatch];

    /// <inheritdoc />
    public IEnumerable<Diagnostic> Check(CheckContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var claim in context.ClaimSet.Claims)
        {
            if (claim.Value is DateValue { Time: { HasWeekdayMismatch: true } value })
            {
                yield return Report(claim, value, EvidenceAspect.Value);
            }

            if (claim.Validity.Time.HasWeekdayMismatch)
            {
                yield return Report(claim, claim.Validity.Time, EvidenceAspect.Validity);
            }
        }
    }

    private static Diagnostic Report(Claim claim, Time.ResolvedTime time, EvidenceAspect aspect)
    {
        var day = time.Reading.Start!.Value;
        return new Diagnostic(
            DiagnosticDescriptors.WeekdayMismatch,
            DiagnosticSeverity.Error,
            claim.Subject,
            claim.Property,
            [claim],
            [ClaimRole.Stated],
            [ClaimPhrases.Who(claim), time.Text, Time.TimeInterval.Format(day), day.DayOfWeek.ToString(), time.StatedWeekday.ToString() ?? string.Empty])
        {
            Evidence = [Evidence.ForPeriod(claim.Id, aspect, time)],
        };
    }
}
