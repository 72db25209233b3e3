using Contradictions.Vocabulary;

namespace Contradictions.Claims;

/// <summary>A claim's value that is an entity, by canonical id ("mark-rutte").</summary>
public sealed class EntityValue : ClaimValue
{
    /// <summary>Creates the value.</summary>
    /// <exception cref="ArgumentException"><paramref name="entityId"/> is empty.</exception>
    public EntityValue(string entityId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(entityId);
        EntityId = entityId;
    }

    /// <summary>Gets the canonical entity id.</summary>
    public string EntityId { get; }

    /// <inheritdoc />
    public override ValueKind Kind => ValueKind.Entity;

    /// <inheritdoc />
    public override bool Equals(ClaimValue? other) => other is EntityValue e && EntityId == e.EntityId;

    /// <inheritdoc />
    public override int GetHashCode() => EntityId.GetHashCode(StringComparison.Ordinal);

    /// <inheritdoc />
    public override string ToString() => EntityId;
}
