using Contradictions.Claims;

namespace Contradictions.Drafting;

/// <summary>
/// What "a draft recovers a reviewed claim" means, in one place for the tests and the measuring script: the same
/// source, subject and property, the same value (a quantity's amounts and hedge; a date's reading and widest reading,
/// however it was worded — "in January" and "January"; an entity's id) and quote spans that overlap.
/// </summary>
internal static class DraftComparison
{
    /// <summary>For each reviewed claim, the first draft that recovers it, or <c>null</c>.</summary>
    /// <param name="reviewed">The claims a person wrote.</param>
    /// <param name="drafts">The drafted claims.</param>
    /// <param name="span">Where a reviewed claim's quote stands in the text the drafts were made from; <c>null</c> when it is not there.</param>
    public static List<(Claim Reviewed, Claim? Draft)> Match(IEnumerable<Claim> reviewed, IReadOnlyList<Claim> drafts, Func<Claim, TextSpan?> span)
    {
        var matches = new List<(Claim, Claim?)>();
        foreach (var claim in reviewed)
        {
            var at = span(claim);
            var draft = at is not { } where ? null : drafts.FirstOrDefault(d =>
                d.Source.Id == claim.Source.Id && d.Subject == claim.Subject && d.Property == claim.Property && d.Negated == claim.Negated
                && SameValue(d.Value, claim.Value) && d.Span is { } s && s.Start < where.End && where.Start < s.End);
            matches.Add((claim, draft));
        }

        return matches;
    }

    public static bool SameValue(ClaimValue a, ClaimValue b) => (a, b) switch
    {
        (QuantityValue x, QuantityValue y) => x.Quantity.Amount == y.Quantity.Amount && x.Quantity.Maximum == y.Quantity.Maximum && x.Quantity.Qualifier == y.Quantity.Qualifier,
        (DateValue x, DateValue y) => x.Time.Reading == y.Time.Reading && x.Time.Widest == y.Time.Widest,
        (EntityValue x, EntityValue y) => x.EntityId == y.EntityId,
        _ => false,
    };
}
