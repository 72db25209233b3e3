namespace Contradictions.Diagnostics;

/// <summary>Which part of a claim a piece of evidence is about.</summary>
public enum EvidenceAspect
{
    /// <summary>The claim's value (an amount, an event's date, an entity).</summary>
    Value = 0,

    /// <summary>When the claim holds.</summary>
    Validity = 1,
}
