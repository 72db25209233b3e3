using System.Collections.Immutable;
using System.Runtime.InteropServices;
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
    private ClaimGroup(string subject, PropertyDefinition property, Claim[] claims, long[] starts, long[] ends, Claim[] negated, TolerancePolicy tolerance)
    {
        Subject = subject;
        Property = property;
        Claims = ImmutableCollectionsMarshal.AsImmutableArray(claims);
        NegatedClaims = ImmutableCollectionsMarshal.AsImmutableArray(negated);
        Starts = starts;
        Ends = ends;
        (DefaultAmounts, WidestAmounts) = ComputeAmounts(claims, tolerance);
    }

    /// <summary>Makes the group of one run of claims already in time order, splitting off the negated ones.</summary>
    internal static ClaimGroup Create(string subject, PropertyDefinition property, ReadOnlySpan<TimeKey> run, TolerancePolicy tolerance)
    {
        var negatedCount = 0;
        foreach (var key in run)
        {
            negatedCount += key.Claim.Negated ? 1 : 0;
        }

        var claims = new Claim[run.Length - negatedCount];
        var starts = new long[claims.Length];
        var ends = new long[claims.Length];
        var negated = negatedCount == 0 ? [] : new Claim[negatedCount];
        var (p, n) = (0, 0);
        foreach (var key in run)
        {
            if (key.Claim.Negated)
            {
                negated[n++] = key.Claim;
                continue;
            }

            (claims[p], starts[p], ends[p]) = (key.Claim, key.Start, key.End);
            p++;
        }

        return new ClaimGroup(subject, property, claims, starts, ends, negated, tolerance);
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

    private static (ImmutableArray<NumericInterval>, ImmutableArray<NumericInterval>) ComputeAmounts(Claim[] claims, TolerancePolicy tolerance)
    {
        if (claims.Length == 0 || claims[0].Value is not QuantityValue)
        {
            return ([], []);
        }

        var defaults = new NumericInterval[claims.Length];
        var widest = new NumericInterval[claims.Length];
        for (var i = 0; i < claims.Length; i++)
        {
            var quantity = ((QuantityValue)claims[i].Value).Quantity;
            defaults[i] = quantity.ToInterval(tolerance).Scale(quantity.Unit.Factor);
            widest[i] = quantity.ToInterval(tolerance, QuantityReading.Widest).Scale(quantity.Unit.Factor);
        }

        return (ImmutableCollectionsMarshal.AsImmutableArray(defaults), ImmutableCollectionsMarshal.AsImmutableArray(widest));
    }

    /// <inheritdoc />
    public override string ToString() => $"{Subject}.{Property.Id} ({Claims.Length} claims)";
}
