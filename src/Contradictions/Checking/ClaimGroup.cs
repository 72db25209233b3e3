using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Contradictions.Claims;
using Contradictions.Quantities;
using Contradictions.Vocabulary;

namespace Contradictions.Checking;

/// <summary>
/// The claims about one subject's one property, ordered by the start of their validity (then by end, then id). Their
/// quantity intervals, in the unit's base, are computed on first use and shared by the rules: most groups of a large
/// set hold one claim, and no rule needs their amounts.
/// </summary>
public sealed class ClaimGroup
{
    private readonly GroupTimes times;
    private readonly int offset;
    private readonly TolerancePolicy tolerance;
    private NumericInterval[]? defaultAmounts;
    private NumericInterval[]? widestAmounts;

    private ClaimGroup(string subject, PropertyDefinition property, Claim[] claims, Claim[] negated, GroupTimes times, int offset, TolerancePolicy tolerance)
    {
        Subject = subject;
        Property = property;
        Claims = ImmutableCollectionsMarshal.AsImmutableArray(claims);
        NegatedClaims = ImmutableCollectionsMarshal.AsImmutableArray(negated);
        this.times = times;
        this.offset = offset;
        this.tolerance = tolerance;
    }

    /// <summary>Gets the subject.</summary>
    public string Subject { get; }

    /// <summary>Gets the property's definition.</summary>
    public PropertyDefinition Property { get; }

    /// <summary>Gets the claims that are not negated, ordered by validity start, then end, then id.</summary>
    public ImmutableArray<Claim> Claims { get; }

    /// <summary>Gets the negated claims, ordered by validity start, then end, then id.</summary>
    public ImmutableArray<Claim> NegatedClaims { get; }

    /// <summary>
    /// Gets, for a quantity property, each claim's numbers under the default reading, in the base unit of its unit
    /// (parallel to <see cref="Claims"/>); empty otherwise.
    /// </summary>
    public ImmutableArray<NumericInterval> DefaultAmounts =>
        ImmutableCollectionsMarshal.AsImmutableArray(defaultAmounts ?? Publish(ref defaultAmounts, QuantityReading.Default));

    /// <summary>Gets, for a quantity property, each claim's numbers under the widest reading (parallel to <see cref="Claims"/>); empty otherwise.</summary>
    public ImmutableArray<NumericInterval> WidestAmounts =>
        ImmutableCollectionsMarshal.AsImmutableArray(widestAmounts ?? Publish(ref widestAmounts, QuantityReading.Widest));

    /// <summary>
    /// Gets the validity of claim <paramref name="index"/> of <see cref="Claims"/> (its default reading) as day numbers,
    /// the form in which rules sweep time.
    /// </summary>
    public DayRange GetValidityDays(int index)
    {
        // One comparison, as unsigned, keeps an index out of range from reading another group's days.
        if ((uint)index >= (uint)Claims.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(index));
        }

        return DayRange.FromOrdered(times.Starts[offset + index], times.Ends[offset + index]);
    }

    /// <summary>
    /// Gets a value indicating whether the default amounts of all the claims share a number: then no two of them
    /// disagree at any time, and the quantity rules skip the group — most groups of a large set. Always <c>true</c>
    /// for a group that is not of quantities.
    /// </summary>
    public bool AmountsAgree() => IntervalClusters.ShareANumber(DefaultAmounts.AsSpan());

    /// <summary>
    /// Splits the claims (as indices into <see cref="Claims"/>, in time order) by the base unit their quantities
    /// convert to, in ordinal order of the base: amounts in different bases (two currencies) are never compared.
    /// </summary>
    public IReadOnlyList<(string BaseUnit, int[] Items)> PartitionByUnitBase()
    {
        if (Claims.IsEmpty || Claims[0].Value is not QuantityValue)
        {
            return [];
        }

        var first = Base(Claims[0]);
        var mixed = false;
        for (var i = 1; i < Claims.Length && !mixed; i++)
        {
            mixed = !string.Equals(Base(Claims[i]), first, StringComparison.Ordinal);
        }

        if (!mixed)
        {
            var all = new int[Claims.Length];
            for (var i = 0; i < all.Length; i++)
            {
                all[i] = i;
            }

            return [(first, all)];
        }

        return [.. Enumerable.Range(0, Claims.Length)
            .GroupBy(i => Base(Claims[i]), StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (g.Key, g.ToArray()))];

        static string Base(Claim claim) => ((QuantityValue)claim.Value).Quantity.Unit.BaseId;
    }

    /// <summary>
    /// Makes the group of one run of claims already in time order, splitting off the negated ones; the day numbers of
    /// the others go to <paramref name="times"/> from <paramref name="offset"/> on (the run's own slice).
    /// </summary>
    internal static ClaimGroup Create(string subject, PropertyDefinition property, ReadOnlySpan<TimeKey> run, TolerancePolicy tolerance, GroupTimes times, int offset)
    {
        var negatedCount = 0;
        foreach (var key in run)
        {
            negatedCount += key.Negated ? 1 : 0;
        }

        var claims = new Claim[run.Length - negatedCount];
        var negated = negatedCount == 0 ? [] : new Claim[negatedCount];
        var (p, n) = (0, 0);
        foreach (var key in run)
        {
            if (key.Negated)
            {
                negated[n++] = key.Claim;
                continue;
            }

            claims[p] = key.Claim;
            times.Starts[offset + p] = key.Start;
            times.Ends[offset + p] = key.End;
            p++;
        }

        return new ClaimGroup(subject, property, claims, negated, times, offset, tolerance);
    }

    /// <summary>
    /// Computes the amounts once per reading. Rules run on several threads: two may compute the same (identical) array,
    /// and the first one published wins.
    /// </summary>
    private NumericInterval[] Publish(ref NumericInterval[]? field, QuantityReading reading)
    {
        NumericInterval[] amounts;
        if (Claims.IsEmpty || Claims[0].Value is not QuantityValue)
        {
            amounts = [];
        }
        else
        {
            amounts = new NumericInterval[Claims.Length];
            for (var i = 0; i < amounts.Length; i++)
            {
                var quantity = ((QuantityValue)Claims[i].Value).Quantity;
                amounts[i] = quantity.Unit.ToBase(quantity.ToInterval(tolerance, reading));
            }
        }

        return Interlocked.CompareExchange(ref field, amounts, null) ?? amounts;
    }

    /// <inheritdoc />
    public override string ToString() => $"{Subject}.{Property.Id} ({Claims.Length} claims)";
}
