using Contradictions.Claims;
using Contradictions.Quantities;

namespace Contradictions.Mentions;

/// <summary>
/// A number a claim could be made of, found in a text: the quantity as the claim format reads it (hedge, scale word,
/// unit: "around 400", "$1.2 billion", "between 3,000 and 5,000", "12 million") and the noun it counts ("North Korean
/// soldiers", "artillery shells"), when one follows it.
/// </summary>
public sealed class QuantityMention : Mention
{
    /// <summary>Creates a quantity mention.</summary>
    /// <param name="span">Where the quantity stands (hedge, number, scale word and unit; not the noun).</param>
    /// <param name="text">The quantity as it stands.</param>
    /// <param name="quantity">The quantity it means.</param>
    /// <param name="noun">The words it counts, as they stand after it, or <c>null</c>.</param>
    public QuantityMention(TextSpan span, string text, Quantity quantity, string? noun = null)
        : base(span, text)
    {
        ArgumentNullException.ThrowIfNull(quantity);
        Quantity = quantity;
        Noun = noun;
    }

    /// <inheritdoc />
    public override string Kind => "quantity";

    /// <summary>Gets the quantity the words mean.</summary>
    public Quantity Quantity { get; }

    /// <summary>Gets the words the quantity counts ("North Korean soldiers"), or <c>null</c>.</summary>
    public string? Noun { get; }
}
