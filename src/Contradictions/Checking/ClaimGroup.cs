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
    private readonly ImmutableArray<ExchangeRate> rates;
    private (string Base, decimal Rate)[]? bases;
    private NumericInterval[]? defaultAmounts;
    private NumericInterval[]? widestAmounts;

    private ClaimGroup(string subject, PropertyDefinition property, Claim[] claims, Claim[] negated, GroupTimes times, int offset, TolerancePolicy tolerance, ImmutableArray<ExchangeRate> rates)
    {
        this.rates = rates;
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
    /// convert to, in ordinal order of the base: amounts in different bases (two currencies with no exchange rate in the
    /// vocabulary) are never compared.
    /// </summary>
    public IReadOnlyList<(string BaseUnit, int[] Items)> PartitionByUnitBase()
    {
        if (Claims.IsEmpty || Claims[0].Value is not QuantityValue)
        {
            return [];
        }

        // Without exchange rates every claim's base is its unit's, and no array is needed for it.
        var claimBases = rates.IsEmpty ? null : bases ?? PublishBases();
        string BaseOf(int i) => claimBases?[i].Base ?? ((QuantityValue)Claims[i].Value).Quantity.Unit.BaseId;
        var first = BaseOf(0);
        var mixed = false;
        for (var i = 1; i < Claims.Length && !mixed; i++)
        {
            mixed = !string.Equals(BaseOf(i), first, StringComparison.Ordinal);
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
            .GroupBy(BaseOf, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (g.Key, g.ToArray()))];
    }

    /// <summary>
    /// Each claim's base unit and the rate its amounts are multiplied by to reach it: its unit's base and 1, but for a
    /// group in several currencies joined by exchange rates, where every currency with a rate to the group's most used
    /// one (ties: the first in ordinal order) is converted into it, at the rate nearest in time to the claim.
    /// </summary>
    private (string Base, decimal Rate)[] PublishBases()
    {
        var result = new (string Base, decimal Rate)[Claims.Length];
        var currencies = 0;
        for (var i = 0; i < result.Length; i++)
        {
            var unit = ((QuantityValue)Claims[i].Value).Quantity.Unit;
            result[i] = (unit.BaseId, 1m);
            currencies += unit.Dimension == Dimension.Currency ? 1 : 0;
        }

        if (!rates.IsEmpty && currencies > 1 && result.Any(b => b.Base != result[0].Base))
        {
            var reference = result.GroupBy(b => b.Base, StringComparer.Ordinal)
                .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).First().Key;
            for (var i = 0; i < result.Length; i++)
            {
                if (result[i].Base != reference && ((QuantityValue)Claims[i].Value).Quantity.Unit.Dimension == Dimension.Currency &&
                    NearestRate(result[i].Base, reference, Claims[i]) is { } rate)
                {
                    result[i] = (reference, rate);
                }
            }
        }

        return Interlocked.CompareExchange(ref bases, result, null) ?? result;
    }

    private decimal? NearestRate(string currency, string reference, Claim claim)
    {
        var time = claim.Validity.Time.Reading;
        var when = time.Start ?? time.End ?? claim.Source.Published.Earliest;
        decimal? best = null;
        var bestDistance = long.MaxValue;
        foreach (var rate in rates)
        {
            if (rate.Between(currency, reference) is { } value)
            {
                var distance = Math.Abs((long)NodaTime.Period.DaysBetween(rate.On, when));
                if (distance < bestDistance)
                {
                    (best, bestDistance) = (value, distance);
                }
            }
        }

        return best;
    }

    /// <summary>
    /// Makes the group of one run of claims already in time order, splitting off the negated ones; the day numbers of
    /// the others go to <paramref name="times"/> from <paramref name="offset"/> on (the run's own slice).
    /// </summary>
    internal static ClaimGroup Create(string subject, PropertyDefinition property, ReadOnlySpan<TimeKey> run, TolerancePolicy tolerance, ImmutableArray<ExchangeRate> rates, GroupTimes times, int offset)
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

        return new ClaimGroup(subject, property, claims, negated, times, offset, tolerance, rates);
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
            var claimBases = rates.IsEmpty ? null : bases ?? PublishBases();
            for (var i = 0; i < amounts.Length; i++)
            {
                var quantity = ((QuantityValue)Claims[i].Value).Quantity;
                var amount = quantity.Unit.ToBase(quantity.ToInterval(tolerance, reading));
                amounts[i] = claimBases is null ? amount : amount.Scale(claimBases[i].Rate);
            }
        }

        return Interlocked.CompareExchange(ref field, amounts, null) ?? amounts;
    }

    /// <inheritdoc />
    public override string ToString() => $"{Subject}.{Property.Id} ({Claims.Length} claims)";
}
