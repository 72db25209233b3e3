namespace Contradictions.Diagnostics;

/// <summary>
/// What a claim is in a finding, so that a tool can draw or sort the claims without parsing the message: which is
/// the earlier figure of a running total, which is the whole and which its parts. Each kind's roles are listed in
/// <c>docs/diagnostics.md</c>.
/// </summary>
public enum ClaimRole
{
    /// <summary>One of two or more claims that disagree with no order between them (two figures for the same time).</summary>
    Conflicting,

    /// <summary>The claim for the earlier time, or the event that must come first.</summary>
    Earlier,

    /// <summary>The claim for the later time, or the event that must come after.</summary>
    Later,

    /// <summary>The claim of a whole declared the sum of parts.</summary>
    Whole,

    /// <summary>The claim of one part of a whole.</summary>
    Part,

    /// <summary>The claim of a quantity that can never exceed another.</summary>
    Bounded,

    /// <summary>The claim of the quantity that bounds another.</summary>
    Bound,

    /// <summary>The claim that says the subject did not have the value.</summary>
    Negated,

    /// <summary>The claim that says the subject had the value, against a negation.</summary>
    Affirmed,

    /// <summary>The only claim of a finding about one claim alone (a weekday that does not match its date).</summary>
    Stated,
}
