using System.Collections.Immutable;

namespace Contradictions.Quantities;

/// <summary>
/// A unit of measure: its dimension and its factor to the base unit it converts through (kilometres convert to
/// miles through the metre). Two units convert into each other only when they share a base.
/// </summary>
public sealed class Unit : IEquatable<Unit>
{
    /// <summary>Creates a unit.</summary>
    /// <param name="id">The canonical identifier, such as <c>km</c>.</param>
    /// <param name="dimension">What the unit measures.</param>
    /// <param name="factor">How many base units one of this unit is; positive.</param>
    /// <param name="baseId">The identifier of the base unit; <c>null</c> when this unit is its own base.</param>
    /// <param name="aliases">Other names the unit is written as (<c>kilometre</c>, <c>kilometers</c>).</param>
    public Unit(string id, Dimension dimension, decimal factor = 1m, string? baseId = null, IEnumerable<string>? aliases = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(factor);
        if (!Enum.IsDefined(dimension))
        {
            throw new ArgumentOutOfRangeException(nameof(dimension));
        }

        Id = id;
        Dimension = dimension;
        Factor = factor;
        BaseId = baseId ?? id;
        Aliases = aliases?.ToImmutableArray() ?? [];
    }

    /// <summary>Gets the canonical identifier.</summary>
    public string Id { get; }

    /// <summary>Gets what the unit measures.</summary>
    public Dimension Dimension { get; }

    /// <summary>Gets how many base units one of this unit is.</summary>
    public decimal Factor { get; }

    /// <summary>Gets the identifier of the base unit conversions go through.</summary>
    public string BaseId { get; }

    /// <summary>Gets the other names the unit is written as.</summary>
    public ImmutableArray<string> Aliases { get; }

    /// <summary>
    /// Gets what is added after multiplying by <see cref="Factor"/> to reach the base unit: zero but on interval scales
    /// (a degree Fahrenheit is 5/9 of a degree Celsius, offset by −160/9).
    /// </summary>
    public decimal Offset { get; init; }

    /// <summary>Returns whether amounts in this unit can be expressed in <paramref name="other"/>.</summary>
    public bool CanConvertTo(Unit other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return Dimension == other.Dimension && BaseId == other.BaseId;
    }

    /// <summary>Expresses <paramref name="amount"/> of this unit in <paramref name="target"/>.</summary>
    /// <exception cref="InvalidOperationException">The units do not share a base.</exception>
    public decimal Convert(decimal amount, Unit target)
    {
        ArgumentNullException.ThrowIfNull(target);
        if (!CanConvertTo(target))
        {
            throw new InvalidOperationException($"'{Id}' ({Dimension}) does not convert to '{target.Id}' ({target.Dimension}).");
        }

        return Factor == target.Factor && Offset == target.Offset ? amount : ((amount * Factor) + Offset - target.Offset) / target.Factor;
    }

    /// <summary>Expresses an interval of amounts of this unit in its base unit.</summary>
    internal NumericInterval ToBase(NumericInterval interval) => interval.Scale(Factor).Shift(Offset);

    /// <summary>Expresses an interval of amounts of the base unit in this unit.</summary>
    internal NumericInterval FromBase(NumericInterval interval) => interval.Shift(-Offset).Scale(1m / Factor);

    /// <inheritdoc />
    public bool Equals(Unit? other) =>
        other is not null && Id == other.Id && Dimension == other.Dimension && Factor == other.Factor && BaseId == other.BaseId && Offset == other.Offset;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Unit);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Id, Dimension, Factor, BaseId);

    /// <inheritdoc />
    public override string ToString() => Id;
}
