using Contradictions.Quantities;
using Contradictions.Vocabulary;

namespace Contradictions.Claims;

/// <summary>A claim's value that is an amount ("approximately 11,000 troops").</summary>
public sealed class QuantityValue : ClaimValue
{
    /// <summary>Creates the value.</summary>
    public QuantityValue(Quantity quantity)
    {
        ArgumentNullException.ThrowIfNull(quantity);
        Quantity = quantity;
    }

    /// <summary>Gets the amount.</summary>
    public Quantity Quantity { get; }

    /// <inheritdoc />
    public override ValueKind Kind => ValueKind.Quantity;

    /// <inheritdoc />
    public override bool Equals(ClaimValue? other) => other is QuantityValue q && Quantity.Equals(q.Quantity);

    /// <inheritdoc />
    public override int GetHashCode() => Quantity.GetHashCode();

    /// <inheritdoc />
    public override string ToString() => Quantity.ToString();
}
