using System.Globalization;

namespace Contradictions.Quantities;

/// <summary>
/// A stated amount: a number, how it is qualified ("approximately", "at least", a range) and its unit.
/// <see cref="ToInterval"/> turns it into the numbers it allows.
/// </summary>
public sealed class Quantity : IEquatable<Quantity>
{
    private Quantity(decimal amount, decimal? maximum, Qualifier qualifier, Unit unit)
    {
        Amount = amount;
        Maximum = maximum;
        Qualifier = qualifier;
        Unit = unit;
    }

    /// <summary>Gets the stated amount; for a <see cref="Qualifier.Range"/>, its lower end.</summary>
    public decimal Amount { get; }

    /// <summary>Gets the upper end of a <see cref="Qualifier.Range"/>, or <c>null</c> for any other qualifier.</summary>
    public decimal? Maximum { get; }

    /// <summary>Gets how the amount bounds the true value.</summary>
    public Qualifier Qualifier { get; }

    /// <summary>Gets the unit the amount is stated in.</summary>
    public Unit Unit { get; }

    /// <summary>
    /// Gets the noun a count was stated with ("soldiers", "person"), kept for display: every count converts through
    /// <c>item</c>, but a report should say what was counted. <c>null</c> when none was named.
    /// </summary>
    public string? Noun { get; private init; }

    /// <summary>Returns this quantity with the noun it counts ("soldiers"), kept for display.</summary>
    public Quantity WithNoun(string? noun) =>
        noun == Noun ? this : new(Amount, Maximum, Qualifier, Unit) { Noun = string.IsNullOrWhiteSpace(noun) ? null : noun.Trim() };

    /// <summary>Creates a quantity with a single amount.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The amount is negative, or the qualifier is <see cref="Qualifier.Range"/> (use <see cref="Between"/>).</exception>
    public static Quantity From(decimal amount, Qualifier qualifier, Unit unit)
    {
        ArgumentNullException.ThrowIfNull(unit);
        if (!unit.Dimension.IsIntervalScale())
        {
            ArgumentOutOfRangeException.ThrowIfNegative(amount);
        }

        if (qualifier == Qualifier.Range || !Enum.IsDefined(qualifier))
        {
            throw new ArgumentOutOfRangeException(nameof(qualifier), qualifier, "A range needs both ends: use Quantity.Between.");
        }

        return new(amount, null, qualifier, unit);
    }

    /// <summary>Creates the range from <paramref name="minimum"/> to <paramref name="maximum"/>, inclusive.</summary>
    /// <exception cref="ArgumentOutOfRangeException">An end is negative, or the maximum is below the minimum.</exception>
    public static Quantity Between(decimal minimum, decimal maximum, Unit unit)
    {
        ArgumentNullException.ThrowIfNull(unit);
        if (!unit.Dimension.IsIntervalScale())
        {
            ArgumentOutOfRangeException.ThrowIfNegative(minimum);
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(maximum, minimum);
        return new(minimum, maximum, Qualifier.Range, unit);
    }

    /// <summary>
    /// Returns the numbers the quantity allows, under <paramref name="policy"/>, expressed in <paramref name="target"/>
    /// (by default, the quantity's own unit).
    /// </summary>
    /// <exception cref="InvalidOperationException"><paramref name="target"/> is of another dimension or base.</exception>
    public NumericInterval ToInterval(TolerancePolicy policy, QuantityReading reading = QuantityReading.Default, Unit? target = null)
    {
        ArgumentNullException.ThrowIfNull(policy);
        var widest = reading == QuantityReading.Widest;
        var a = Amount;
        if (Unit.Dimension.IsIntervalScale())
        {
            var onScale = OnIntervalScale(widest);
            return target is null ? onScale : target.FromBase(Unit.ToBase(onScale));
        }

        var halfRounding = widest && policy.RoundFiguresMayBeRounded ? RoundingUnit(a) / 2m : 0m;
        var interval = Qualifier switch
        {
            Qualifier.Exact => new NumericInterval(a - halfRounding, a + halfRounding),
            Qualifier.Approximately => Around(a, Math.Max(a * (widest ? policy.ApproximatelyWidest : policy.Approximately), halfRounding)),
            Qualifier.AtLeast => new NumericInterval(a, null),
            Qualifier.MoreThan => new NumericInterval(a, null, lowerOpen: true),
            Qualifier.AtMost => new NumericInterval(0m, a),
            Qualifier.LessThan => a == 0m ? NumericInterval.Point(0m) : new NumericInterval(0m, a, upperOpen: true),
            Qualifier.Nearly => new NumericInterval(a * (1m - (widest ? policy.NearlyWidest : policy.Nearly)), a),
            _ => new NumericInterval(a, Maximum!.Value),
        };

        return target is null ? interval : interval.Scale(Unit.Convert(1m, target));
    }

    /// <summary>
    /// The reading of a quantity on an interval scale (temperature, magnitude), where a percentage means nothing: a
    /// figure is read to its last digit ("7.1" may be 7.05 to 7.15 at widest; "about 7.1" 7.05 to 7.15 by default and
    /// 7.0 to 7.2 at widest), and bounds are open below zero.
    /// </summary>
    private NumericInterval OnIntervalScale(bool widest)
    {
        var a = Amount;
        var place = LastPlace(a);
        return Qualifier switch
        {
            Qualifier.Exact => widest ? new(a - (place / 2m), a + (place / 2m)) : NumericInterval.Point(a),
            Qualifier.Approximately => widest ? new(a - place, a + place) : new(a - (place / 2m), a + (place / 2m)),
            Qualifier.Nearly => new(a - (widest ? 2m * place : place), a),
            Qualifier.AtLeast => new(a, null),
            Qualifier.MoreThan => new(a, null, lowerOpen: true),
            Qualifier.AtMost => new(null, a),
            Qualifier.LessThan => new(null, a, upperOpen: true),
            _ => new(a, Maximum!.Value),
        };
    }

    // The place value of a figure's last digit as written: 1 for 20, 0.1 for 7.1, 0.01 for 7.10.
    private static decimal LastPlace(decimal amount)
    {
        var scale = (decimal.GetBits(amount)[3] >> 16) & 0xFF;
        var place = 1m;
        for (var k = 0; k < scale; k++)
        {
            place /= 10m;
        }

        return place;
    }

    private static NumericInterval Around(decimal amount, decimal tolerance) => new(Math.Max(0m, amount - tolerance), amount + tolerance);

    /// <summary>The place value of the last non-zero digit of a whole figure: 100 for 4,700, 1,000,000 for 12,000,000; 0 for fractions and zero.</summary>
    internal static decimal RoundingUnit(decimal amount)
    {
        if (amount <= 0m || decimal.Truncate(amount) != amount)
        {
            return 0m;
        }

        // Whole figures that fit in a long are the common case: integer arithmetic is an order of magnitude cheaper.
        if (amount <= long.MaxValue)
        {
            var whole = (long)amount;
            var place = 1L;
            while (whole % 10 == 0)
            {
                whole /= 10;
                place *= 10;
            }

            return place;
        }

        var unit = 1m;
        while (amount % (unit * 10m) == 0m)
        {
            unit *= 10m;
        }

        return unit;
    }

    /// <inheritdoc />
    public bool Equals(Quantity? other) =>
        other is not null && Amount == other.Amount && Maximum == other.Maximum && Qualifier == other.Qualifier && Unit.Equals(other.Unit) && Noun == other.Noun;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Quantity);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Amount, Maximum, Qualifier, Unit);

    /// <summary>
    /// Formats the quantity in words: <c>approximately 11000 soldiers</c>, <c>between 3000 and 5000 USD</c>. A count
    /// of items with no noun is its number alone (<c>11000</c>): "item" is the format's unit id, not a word a reader
    /// should meet.
    /// </summary>
    public override string ToString()
    {
        var amount = NumericInterval.Format(Amount);
        var text = Qualifier switch
        {
            Qualifier.Exact => amount,
            Qualifier.Approximately => $"approximately {amount}",
            Qualifier.AtLeast => $"at least {amount}",
            Qualifier.MoreThan => $"more than {amount}",
            Qualifier.AtMost => $"at most {amount}",
            Qualifier.LessThan => $"less than {amount}",
            Qualifier.Nearly => $"nearly {amount}",
            _ => string.Create(CultureInfo.InvariantCulture, $"between {amount} and {NumericInterval.Format(Maximum!.Value)}"),
        };
        return Noun is null && Unit.Equals(UnitCatalog.Item) ? text : $"{text} {Noun ?? Unit.Id}";
    }
}
