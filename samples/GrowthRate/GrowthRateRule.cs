using Contradictions.Checking;
using Contradictions.Diagnostics;
using Microsoft.Extensions.Options;

namespace GrowthRate;

/// <summary>
/// <c>GR0001 implausible-growth</c>: a running total that grows faster than its stated rate between two claims in time
/// order. Written with the public API only, as a user would: groups, day ranges and amounts from the context, phrases
/// and a diagnostic from a descriptor.
/// </summary>
public sealed class GrowthRateRule(IOptions<GrowthRateOptions> options) : IContradictionRule
{
    /// <summary>The kind of finding this rule reports.</summary>
    public static readonly DiagnosticDescriptor ImplausibleGrowth = new(
        "GR0001",
        "implausible-growth",
        "A running total grows implausibly fast",
        "{0} gives {1} as {2} {3}; {4} gives {5} {6}: at least {7} a day, more than the {8} a day the total can grow.",
        "Quantities",
        DiagnosticSeverity.Warning,
        "Between two claims of a running total, the total would have grown faster than the rate configured for it.",
        "Check both figures: one may count something else (killed and wounded against killed), or its date may be wrong.");

    private readonly GrowthRateOptions settings = options.Value;

    /// <inheritdoc />
    public IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } = [ImplausibleGrowth];

    /// <inheritdoc />
    public IEnumerable<Diagnostic> Check(CheckContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var group in context.Groups)
        {
            if (!group.Property.Cumulative || !settings.MaxPerDay.TryGetValue(group.Property.Id, out var limit) || group.AmountsAgree())
            {
                continue;
            }

            foreach (var (unit, items) in group.PartitionByUnitBase())
            {
                // Claims are in time order: each is compared with the one before it.
                for (var k = 1; k < items.Length; k++)
                {
                    var (earlier, later) = (items[k - 1], items[k]);
                    var (from, to) = (group.GetValidityDays(earlier), group.GetValidityDays(later));
                    if (from.Start == long.MinValue || to.End == long.MaxValue || !from.IsBefore(to))
                    {
                        continue;
                    }

                    // The least growth over the most time the two claims allow.
                    var (low, high) = (group.DefaultAmounts[earlier].Upper, group.DefaultAmounts[later].Lower);
                    if (low is null || high is null)
                    {
                        continue;
                    }

                    var perDay = (high.Value - low.Value) / (to.End - from.Start + 1);
                    if (perDay > limit)
                    {
                        yield return Report(group, unit, earlier, later, perDay, limit);
                    }
                }
            }
        }
    }

    private static Diagnostic Report(ClaimGroup group, string unit, int earlier, int later, decimal perDay, decimal limit)
    {
        var (a, b) = (group.Claims[earlier], group.Claims[later]);
        return new Diagnostic(
            ImplausibleGrowth,
            ImplausibleGrowth.DefaultSeverity,
            group.Subject,
            group.Property.Id,
            [a, b],
            [ClaimRole.Earlier, ClaimRole.Later],
            [
                ClaimPhrases.Who(a), $"{group.Subject} {group.Property.Id}", ClaimPhrases.Value(a, group.DefaultAmounts[earlier], unit), ClaimPhrases.When(a),
                ClaimPhrases.Who(b), ClaimPhrases.Value(b, group.DefaultAmounts[later], unit), ClaimPhrases.When(b),
                $"{perDay.ToString("0.#", System.Globalization.CultureInfo.InvariantCulture)} {unit}", $"{limit} {unit}",
            ]);
    }
}
