using Contradictions.Vocabulary;

namespace Contradictions.Claims;

/// <summary>The typed value a claim states: a <see cref="QuantityValue"/>, a <see cref="DateValue"/> or an <see cref="EntityValue"/>.</summary>
public abstract class ClaimValue : IEquatable<ClaimValue>
{
    private protected ClaimValue()
    {
    }

    /// <summary>Gets the type of the value.</summary>
    public abstract ValueKind Kind { get; }

    /// <inheritdoc />
    public abstract bool Equals(ClaimValue? other);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ClaimValue);

    /// <inheritdoc />
    public abstract override int GetHashCode();
}
