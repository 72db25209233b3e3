using Contradictions.Claims;

namespace Contradictions.Serialization;

/// <summary>
/// A claim's fields as given — read from JSON, passed to the builder or proposed by a drafter — before they are checked and resolved by
/// <see cref="ClaimBinder"/>. The JSON reader reuses one draft per thread; the builder keeps one per claim.
/// </summary>
internal sealed class ClaimDraft
{
    public string Path { get; set; } = string.Empty;

    public ClaimLocation? Location { get; set; }

    public string? Id { get; set; }

    public string? Source { get; set; }

    /// <summary>Gets or sets the source <see cref="Source"/> names, when reading already found it (a file's claims look their source up from its bytes).</summary>
    public Source? KnownSource { get; set; }

    public string? Origin { get; set; }

    public string? Subject { get; set; }

    public string? Property { get; set; }

    public string? Unit { get; set; }

    public bool Negated { get; set; }

    public string? Quote { get; set; }

    public string? Note { get; set; }

    public string? Revises { get; set; }

    /// <summary>Gets or sets the mark of a drafter's proposal, or <c>null</c>.</summary>
    public Drafting.DraftMark? Draft { get; set; }

    /// <summary>Gets or sets a value indicating whether the claim has a value field, or a typed value.</summary>
    public bool HasValue { get; set; }

    /// <summary>Gets or sets the value as an expression (<c>"about 400"</c>), when it is one; beside a typed value, the text it was read from.</summary>
    public string? ValueText { get; set; }

    /// <summary>Gets or sets a value indicating whether the value is an object (<c>{ "amount": … }</c>) or a bare number.</summary>
    public bool ValueIsObject { get; set; }

    public decimal? Amount { get; set; }

    public string? Qualifier { get; set; }

    public decimal? Min { get; set; }

    public decimal? Max { get; set; }

    public string? Date { get; set; }

    public string? Entity { get; set; }

    /// <summary>Gets or sets a value made in code, which needs no resolving.</summary>
    public ClaimValue? TypedValue { get; set; }

    public bool HasTime { get; set; }

    /// <summary>Gets or sets the time as an expression (<c>"in September"</c>), when it is one.</summary>
    public string? TimeText { get; set; }

    public bool TimeIsObject { get; set; }

    public string? AsOf { get; set; }

    public string? From { get; set; }

    public string? To { get; set; }

    /// <summary>Gets or sets a validity made in code, which needs no resolving.</summary>
    public Validity? TypedValidity { get; set; }

    public bool HasSpan { get; set; }

    public long? SpanStart { get; set; }

    public long? SpanEnd { get; set; }

    /// <summary>Gets or sets a value indicating whether reading already reported a problem with the claim's fields.</summary>
    public bool Malformed { get; set; }

    /// <summary>Clears every field, for the next claim.</summary>
    public void Reset(string path, ClaimLocation? location)
    {
        (Path, Location, Id, Source, KnownSource, Origin, Subject, Property, Unit, Negated, Quote, Note, Revises) = (path, location, null, null, null, null, null, null, null, false, null, null, null);
        (HasValue, ValueText, ValueIsObject, Amount, Qualifier, Min, Max, Date, Entity, TypedValue) = (false, null, false, null, null, null, null, null, null, null);
        (HasTime, TimeText, TimeIsObject, AsOf, From, To, TypedValidity) = (false, null, false, null, null, null, null);
        (HasSpan, SpanStart, SpanEnd, Malformed, Draft) = (false, null, null, false, null);
    }
}
