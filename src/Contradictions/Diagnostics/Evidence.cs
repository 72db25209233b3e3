using Contradictions.Quantities;
using Contradictions.Time;

namespace Contradictions.Diagnostics;

/// <summary>
/// What was compared for one claim: the resolved interval of its value or of its validity, under the default and the
/// widest reading. Tests and tools read these; the message is for people.
/// </summary>
public sealed class Evidence
{
    // One of: the claim's ResolvedTime (shared with the claim, nothing copied), two periods, two amounts with their
    // unit, or an entity id. Checks of large sets make tens of thousands of these.
    private readonly object compared;

    private Evidence(string claimId, EvidenceAspect aspect, object compared)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(claimId);
        if (!Enum.IsDefined(aspect))
        {
            throw new ArgumentOutOfRangeException(nameof(aspect));
        }

        ClaimId = claimId;
        Aspect = aspect;
        this.compared = compared;
    }

    /// <summary>Gets the id of the claim the evidence is about.</summary>
    public string ClaimId { get; }

    /// <summary>Gets what of the claim was compared.</summary>
    public EvidenceAspect Aspect { get; }

    /// <summary>Gets the period compared, for a date value or a validity; otherwise <c>null</c>.</summary>
    public TimeInterval? Period => compared switch { ResolvedTime time => time.Reading, Periods periods => periods.Reading, _ => null };

    /// <summary>Gets the widest reading of <see cref="Period"/>, or <c>null</c>.</summary>
    public TimeInterval? WidestPeriod => compared switch { ResolvedTime time => time.Widest, Periods periods => periods.Widest, _ => null };

    /// <summary>Gets the numbers compared, for a quantity (in <see cref="Unit"/>); otherwise <c>null</c>.</summary>
    public NumericInterval? Amount => (compared as Amounts)?.Reading;

    /// <summary>Gets the widest reading of <see cref="Amount"/>, or <c>null</c>.</summary>
    public NumericInterval? WidestAmount => (compared as Amounts)?.Widest;

    /// <summary>Gets the unit <see cref="Amount"/> is in, or <c>null</c>.</summary>
    public string? Unit => (compared as Amounts)?.Unit;

    /// <summary>Gets the entity compared, for an entity value; otherwise <c>null</c>.</summary>
    public string? Entity => compared as string;

    /// <summary>Creates evidence of a compared period.</summary>
    public static Evidence ForPeriod(string claimId, EvidenceAspect aspect, ResolvedTime time)
    {
        ArgumentNullException.ThrowIfNull(time);
        return new(claimId, aspect, time);
    }

    /// <summary>Creates evidence of a compared period from its default and widest readings.</summary>
    public static Evidence ForPeriod(string claimId, EvidenceAspect aspect, TimeInterval reading, TimeInterval widest) =>
        new(claimId, aspect, new Periods(reading, widest));

    /// <summary>Creates evidence of a compared quantity.</summary>
    public static Evidence ForAmount(string claimId, NumericInterval reading, NumericInterval widest, string unit)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(unit);
        return new(claimId, EvidenceAspect.Value, new Amounts(reading, widest, unit));
    }

    /// <summary>Creates evidence of a compared entity.</summary>
    public static Evidence ForEntity(string claimId, string entity)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(entity);
        return new(claimId, EvidenceAspect.Value, entity);
    }

    /// <inheritdoc />
    public override string ToString() => $"{ClaimId} {Aspect}: {(object?)Period ?? (object?)Amount ?? Entity}";

    private sealed record Periods(TimeInterval Reading, TimeInterval Widest);

    private sealed record Amounts(NumericInterval Reading, NumericInterval Widest, string Unit);
}
