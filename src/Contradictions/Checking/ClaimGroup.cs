using System.Collections.Immutable;
using Contradictions.Claims;
using Contradictions.Quantities;
using Contradictions.Vocabulary;

namespace Contradictions.Checking;

/// <summary>
/// The claims about one subject's one property, ordered by the start of their validity (then by id), with their
/// quantity intervals computed once, in the unit's base, for the rules to share.
/// </summary>
public sealed class ClaimGroup
{
    internal ClaimGroup(string subject, PropertyDefinition property, ImmutableArray<Claim> claims, ImmutableArray<Claim> negated, TolerancePolicy tolerance)
    {
        Subject = subject;
        Property = property;
        Claims = claims;
        NegatedClaims = negated;
        (DefaultAmounts, WidestAmounts) = ComputeAmounts(claims, tolerance);
        Starts = new long[claims.Length];
        Ends = new long[claims.Length];
        for (var i = 0; i < claims.Length; i++)
        {
            var reading = claims[i].Validity.Time.Reading;
            Starts[i] = Days.Start(reading);
            Ends[i] = Days.End(reading);
        }
    }

    /// <summary>Gets the subject.</summary>
    public string Subject { get; }

    /// <summary>Gets the property's definition.</summary>
    public PropertyDefinition Property { get; }

    /// <summary>Gets the claims that are not negated, ordered by validity start, then id.</summary>
    public ImmutableArray<Claim> Claims { get; }

    /// <summary>Gets the negated claims, ordered by validity start, then id.</summary>
    public ImmutableArray<Claim> NegatedClaims { get; }

    /// <summary>
    /// Gets, for a quantity property, each claim's numbers under the default reading, in the base unit of its unit
    /// (parallel to <see cref="Claims"/>); empty otherwise.
    /// </summary>
    public ImmutableArray<NumericInterval> DefaultAmounts { get; }

    /// <summary>The first day of each claim's validity reading as a day number (open: <see cref="long.MinValue"/>), parallel to <see cref="Claims"/>.</summary>
    internal long[] Starts { get; }

    /// <summary>The last day of each claim's validity reading as a day number (open: <see cref="long.MaxValue"/>), parallel to <see cref="Claims"/>.</summary>
    internal long[] Ends { get; }

    /// <summary>Gets, for a quantity property, each claim's numbers under the widest reading (parallel to <see cref="Claims"/>).</summary>
    public ImmutableArray<NumericInterval> WidestAmounts { get; }

    private static (ImmutableArray<NumericInterval>, ImmutableArray<NumericInterval>) ComputeAmounts(ImmutableArray<Claim> claims, TolerancePolicy tolerance)
    {
        if (claims.IsEmpty || claims[0].Value is not QuantityValue)
        {
            return ([], []);
        }

        var defaults = ImmutableArray.CreateBuilder<NumericInterval>(claims.Length);
        var widest = ImmutableArray.CreateBuilder<NumericInterval>(claims.Length);
        foreach (var claim in claims)
        {
            var quantity = ((QuantityValue)claim.Value).Quantity;
            defaults.Add(quantity.ToInterval(tolerance).Scale(quantity.Unit.Factor));
            widest.Add(quantity.ToInterval(tolerance, QuantityReading.Widest).Scale(quantity.Unit.Factor));
        }

        return (defaults.MoveToImmutable(), widest.MoveToImmutable());
    }

    /// <inheritdoc />
    public override string ToString() => $"{Subject}.{Property.Id} ({Claims.Length} claims)";
}
