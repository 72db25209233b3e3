using Contradictions.Quantities;
using Contradictions.Time;

namespace Contradictions.Diagnostics;

/// <summary>
/// What was compared for one claim: the resolved interval of its value or of its validity, under the default and the
/// widest reading. Tests and tools read these; the message is for people.
/// </summary>
public sealed class Evidence
{
    private Evidence(string claimId, EvidenceAspect aspect)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(claimId);
        ClaimId = claimId;
        Aspect = aspect;
    }

    /// <summary>Gets the id of the claim the evidence is about.</summary>
    public string ClaimId { get; }

    /// <summary>Gets what of the claim was compared.</summary>
    public EvidenceAspect Aspect { get; }

    /// <summary>Gets the period compared, for a date value or a validity; otherwise <c>null</c>.</summary>
    public TimeInterval? Period { get; private init; }

    /// <summary>Gets the widest reading of <see cref="Period"/>, or <c>null</c>.</summary>
    public TimeInterval? WidestPeriod { get; private init; }

    /// <summary>Gets the numbers compared, for a quantity (in <see cref="Unit"/>); otherwise <c>null</c>.</summary>
    public NumericInterval? Amount { get; private init; }

    /// <summary>Gets the widest reading of <see cref="Amount"/>, or <c>null</c>.</summary>
    public NumericInterval? WidestAmount { get; private init; }

    /// <summary>Gets the unit <see cref="Amount"/> is in, or <c>null</c>.</summary>
    public string? Unit { get; private init; }

    /// <summary>Gets the entity compared, for an entity value; otherwise <c>null</c>.</summary>
    public string? Entity { get; private init; }

    /// <summary>Creates evidence of a compared period.</summary>
    public static Evidence ForPeriod(string claimId, EvidenceAspect aspect, ResolvedTime time)
    {
        ArgumentNullException.ThrowIfNull(time);
        return new(claimId, aspect) { Period = time.Reading, WidestPeriod = time.Widest };
    }

    /// <summary>Creates evidence of a compared period from its default and widest readings.</summary>
    public static Evidence ForPeriod(string claimId, EvidenceAspect aspect, TimeInterval reading, TimeInterval widest) =>
        new(claimId, aspect) { Period = reading, WidestPeriod = widest };

    /// <summary>Creates evidence of a compared quantity.</summary>
    public static Evidence ForAmount(string claimId, NumericInterval reading, NumericInterval widest, string unit) =>
        new(claimId, EvidenceAspect.Value) { Amount = reading, WidestAmount = widest, Unit = unit };

    /// <summary>Creates evidence of a compared entity.</summary>
    public static Evidence ForEntity(string claimId, string entity) => new(claimId, EvidenceAspect.Value) { Entity = entity };

    /// <inheritdoc />
    public override string ToString() => $"{ClaimId} {Aspect}: {(object?)Period ?? (object?)Amount ?? Entity}";
}
