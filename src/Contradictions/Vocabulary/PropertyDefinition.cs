using System.Collections.Immutable;
using Contradictions.Quantities;

namespace Contradictions.Vocabulary;

/// <summary>
/// What a property means: the type of its values and the semantics the checker relies on — whether it is a running
/// total, one value for all time, one value at a time — and its relations to other properties.
/// </summary>
public sealed class PropertyDefinition : IEquatable<PropertyDefinition>
{
    /// <summary>Creates a property definition.</summary>
    /// <param name="id">The property id, as claims name it.</param>
    /// <param name="valueKind">The type of the property's values.</param>
    /// <exception cref="ArgumentException"><paramref name="id"/> is empty.</exception>
    public PropertyDefinition(string id, ValueKind valueKind)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        if (!Enum.IsDefined(valueKind))
        {
            throw new ArgumentOutOfRangeException(nameof(valueKind));
        }

        Id = id;
        ValueKind = valueKind;
    }

    /// <summary>Gets the property id.</summary>
    public string Id { get; }

    /// <summary>Gets the type of the property's values.</summary>
    public ValueKind ValueKind { get; }

    /// <summary>Gets the dimension of a quantity property's values, or <c>null</c> to accept any.</summary>
    public Dimension? Dimension { get; init; }

    /// <summary>Gets a value indicating whether the property is a running total that never decreases (killed so far).</summary>
    public bool Cumulative { get; init; }

    /// <summary>
    /// Gets a value indicating whether the property has one value for all time: an event that happens once (the date a
    /// treaty was signed), a distance. <c>"singleValued"</c> in the claim-set format.
    /// </summary>
    public bool Timeless { get; init; }

    /// <summary>
    /// Gets a value indicating whether the property has one value at any time, which may change (who holds an office).
    /// <c>"functional"</c> in the claim-set format.
    /// </summary>
    public bool OneValueAtATime { get; init; }

    /// <summary>Gets the properties whose values add up to this one's at the same time (casualties = killed + wounded).</summary>
    public ImmutableArray<string> SumOf { get; init; } = [];

    /// <summary>Gets the property this one can never exceed at the same time (launched ≤ delivered), or <c>null</c>.</summary>
    public string? AtMost { get; init; }

    /// <summary>Gets the date property this one's event can never come after (signed no later than ratified), or <c>null</c>.</summary>
    public string? NotAfter { get; init; }

    /// <summary>Gets a short description for people reading reports, or <c>null</c>.</summary>
    public string? Description { get; init; }

    /// <inheritdoc />
    public bool Equals(PropertyDefinition? other) =>
        other is not null && Id == other.Id && ValueKind == other.ValueKind && Dimension == other.Dimension &&
        Cumulative == other.Cumulative && Timeless == other.Timeless && OneValueAtATime == other.OneValueAtATime &&
        SumOf.SequenceEqual(other.SumOf) && AtMost == other.AtMost && NotAfter == other.NotAfter && Description == other.Description;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as PropertyDefinition);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Id, ValueKind, Dimension, Cumulative, Timeless, OneValueAtATime, AtMost, NotAfter);

    /// <inheritdoc />
    public override string ToString() => $"{Id} ({ValueKind})";
}
