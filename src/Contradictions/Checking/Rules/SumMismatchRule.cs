using System.Collections.Immutable;
using Contradictions.Claims;
using Contradictions.Diagnostics;
using Contradictions.Quantities;
using Contradictions.Vocabulary;

namespace Contradictions.Checking.Rules;

/// <summary>
/// <c>sum-mismatch</c>: a whole declared the sum of parts (casualties = killed + wounded) that the parts reported for
/// the same time cannot add up to; or a single part already larger than its whole.
/// </summary>
/// <remarks>
/// For each claim of the whole, the parts are the claims of each part property whose validity overlaps it — surely, for
/// running totals, whose figures may differ within a period — preferring those from the same source. Several claims of
/// one part are combined by the hull of their intervals (the most lenient reading), so a disagreement among them is left
/// to <c>quantity-mismatch</c> and not reported twice.
/// </remarks>
internal sealed class SumMismatchRule : IContradictionRule
{
    /// <inheritdoc />
    public IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } = [DiagnosticDescriptors.SumMismatch];

    /// <inheritdoc />
    public IEnumerable<Diagnostic> Check(CheckContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var whole in context.Groups)
        {
            if (whole.Property.ValueKind != ValueKind.Quantity || whole.Property.SumOf.IsEmpty)
            {
                continue;
            }

            context.CancellationToken.ThrowIfCancellationRequested();
            var parts = new List<ClaimGroup?>(whole.Property.SumOf.Length);
            var any = false;
            foreach (var part in whole.Property.SumOf)
            {
                parts.Add(context.TryGetGroup(whole.Subject, part, out var group) ? group : null);
                any |= group is not null;
            }

            if (!any)
            {
                continue;
            }

            for (var w = 0; w < whole.Claims.Length; w++)
            {
                if (CheckWhole(whole, w, parts) is { } diagnostic)
                {
                    yield return diagnostic;
                }
            }
        }
    }

    private static Diagnostic? CheckWhole(ClaimGroup whole, int w, List<ClaimGroup?> parts)
    {
        var claim = whole.Claims[w];
        var unit = ((QuantityValue)claim.Value).Quantity.Unit;
        var chosen = new List<(ClaimGroup Group, List<int> Items)>();
        foreach (var part in parts)
        {
            if (part is null)
            {
                continue;
            }

            var cumulative = whole.Property.Cumulative || part.Property.Cumulative;
            List<int>? sameTime = null;
            List<int>? sameSource = null;
            for (var j = 0; j < part.Claims.Length; j++)
            {
                var candidate = part.Claims[j];
                if (((QuantityValue)candidate.Value).Quantity.Unit.CanConvertTo(unit) && SameTime(claim, candidate, cumulative))
                {
                    (sameTime ??= []).Add(j);
                    if (string.Equals(candidate.Source.Id, claim.Source.Id, StringComparison.Ordinal))
                    {
                        (sameSource ??= []).Add(j);
                    }
                }
            }

            if (sameTime is not null)
            {
                chosen.Add((part, sameSource ?? sameTime));
            }
        }

        if (chosen.Count == 0)
        {
            return null;
        }

        var complete = chosen.Count == parts.Count;
        if (complete)
        {
            var sum = chosen.Select(c => Hull(c.Group.DefaultAmounts, c.Items)).Aggregate((x, y) => x.Plus(y));
            if (!sum.Overlaps(whole.DefaultAmounts[w]))
            {
                var widestSum = chosen.Select(c => Hull(c.Group.WidestAmounts, c.Items)).Aggregate((x, y) => x.Plus(y));
                var error = !widestSum.Overlaps(whole.WidestAmounts[w]) && chosen.TrueForAll(c => c.Items.TrueForAll(j => c.Group.Claims[j].Validity.Time.SurelyOverlaps(claim.Validity.Time)));
                return Report(whole, w, chosen, sum, error, unit.BaseId, $"the parts add up to {sum} {unit.BaseId}");
            }

            return null;
        }

        // Without every part, a single part larger than the whole is still impossible: parts are not negative.
        foreach (var (group, items) in chosen)
        {
            var part = Hull(group.DefaultAmounts, items);
            if (whole.DefaultAmounts[w].IsBelow(part))
            {
                var error = whole.WidestAmounts[w].IsBelow(Hull(group.WidestAmounts, items)) && items.TrueForAll(j => group.Claims[j].Validity.Time.SurelyOverlaps(claim.Validity.Time));
                return Report(whole, w, [(group, items)], part, error, unit.BaseId, $"the part {group.Property.Id} alone is {part} {unit.BaseId}");
            }
        }

        return null;
    }

    private static bool SameTime(Claim whole, Claim part, bool cumulative) => cumulative
        ? whole.Validity.Time.SurelyOverlaps(part.Validity.Time)
        : whole.Validity.Time.Reading.Overlaps(part.Validity.Time.Reading);

    private static NumericInterval Hull(ImmutableArray<NumericInterval> amounts, List<int> items)
    {
        var lower = items.Select(i => amounts[i]).MinBy(a => a.Lower ?? decimal.MinValue);
        var upper = items.Select(i => amounts[i]).MaxBy(a => a.Upper ?? decimal.MaxValue);
        return new NumericInterval(lower.Lower, upper.Upper, lower.LowerOpen, upper.UpperOpen);
    }

    private static Diagnostic Report(ClaimGroup whole, int w, List<(ClaimGroup Group, List<int> Items)> parts, NumericInterval sum, bool error, string unit, string finding)
    {
        var claim = whole.Claims[w];
        var partClaims = parts.SelectMany(p => p.Items.Select(j => (p.Group, Index: j))).ToList();
        var described = string.Join("; ", partClaims.Select(p => $"{ClaimPhrases.Who(p.Group.Claims[p.Index])} gives {p.Group.Property.Id} as {ClaimPhrases.Value(p.Group.Claims[p.Index], p.Group.DefaultAmounts[p.Index], unit)}"));
        return new Diagnostic(
            DiagnosticDescriptors.SumMismatch,
            error ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
            whole.Subject,
            whole.Property.Id,
            [claim, .. partClaims.Select(p => p.Group.Claims[p.Index])],
            [ClaimRole.Whole, .. partClaims.Select(_ => ClaimRole.Part)],
            [
                ClaimPhrases.Who(claim), $"{whole.Subject} {whole.Property.Id}", string.Join(" + ", whole.Property.SumOf),
                ClaimPhrases.Value(claim, whole.DefaultAmounts[w], unit), ClaimPhrases.When(claim), described, finding,
                error ? string.Empty : " Under the widest reading of the figures or their times they can, so this is a warning.",
            ])
        {
            Evidence =
            [
                Evidence.ForAmount(claim.Id, whole.DefaultAmounts[w], whole.WidestAmounts[w], unit),
                .. partClaims.Select(p => Evidence.ForAmount(p.Group.Claims[p.Index].Id, p.Group.DefaultAmounts[p.Index], p.Group.WidestAmounts[p.Index], unit)),
            ],
        };
    }
}
