namespace Contradictions.Claims;

/// <summary>
/// One statement by a source: that a subject's property has a value, during a validity time, possibly negated
/// ("former president X": X did not hold the office then).
/// </summary>
public sealed class Claim : IEquatable<Claim>
{
    /// <summary>Creates a claim.</summary>
    /// <param name="id">The claim's id, unique in its claim set.</param>
    /// <param name="source">The source that makes the claim.</param>
    /// <param name="subject">The canonical id of what the claim is about.</param>
    /// <param name="property">The property id, from the vocabulary.</param>
    /// <param name="value">The stated value.</param>
    /// <param name="validity">When the claim holds.</param>
    /// <exception cref="ArgumentException">An id is empty.</exception>
    public Claim(string id, Source source, string subject, string property, ClaimValue value, Validity validity)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentNullException.ThrowIfNull(source);
        ArgumentException.ThrowIfNullOrWhiteSpace(subject);
        ArgumentException.ThrowIfNullOrWhiteSpace(property);
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(validity);
        Id = id;
        Source = source;
        Subject = subject;
        Property = property;
        Value = value;
        Validity = validity;
    }

    /// <summary>Gets the claim's id.</summary>
    public string Id { get; }

    /// <summary>Gets the source that makes the claim.</summary>
    public Source Source { get; }

    /// <summary>Gets the body the source attributes the claim to ("South Korea's NIS"), or <c>null</c> when it names none.</summary>
    public string? Origin { get; init; }

    /// <summary>Gets the canonical id of what the claim is about.</summary>
    public string Subject { get; }

    /// <summary>Gets the property id.</summary>
    public string Property { get; }

    /// <summary>Gets the stated value.</summary>
    public ClaimValue Value { get; }

    /// <summary>Gets when the claim holds.</summary>
    public Validity Validity { get; }

    /// <summary>Gets a value indicating whether the claim states that the subject did <em>not</em> have the value.</summary>
    public bool Negated { get; init; }

    /// <summary>Gets a short quote from the source supporting the claim, or <c>null</c>.</summary>
    public string? Quote { get; init; }

    /// <summary>Gets where the quote stands in the source's text, or <c>null</c>.</summary>
    public TextSpan? Span { get; init; }

    /// <summary>Gets the annotator's note on the claim (why it was read this way), or <c>null</c>.</summary>
    public string? Note { get; init; }

    /// <summary>
    /// Gets the id of a claim this one revises, as its source announces ("revised from 1,247"): the revised claim is
    /// replaced by this one whoever published it — a revision, never a contradiction (CX0011). Same subject and property.
    /// </summary>
    public string? Revises { get; init; }

    /// <summary>Gets the text the value was stated as (<c>roughly 2,000</c>), or <c>null</c> when it was given as structured data.</summary>
    public string? ValueText { get; init; }

    /// <summary>Gets the mark of a claim a drafter proposed and nobody has reviewed yet, or <c>null</c>.</summary>
    public Drafting.DraftMark? Draft { get; init; }

    /// <summary>Gets where the claim was read from, or <c>null</c> for a claim made in code.</summary>
    public ClaimLocation? Location { get; init; }

    /// <inheritdoc />
    public bool Equals(Claim? other) =>
        other is not null && Id == other.Id && Source.Equals(other.Source) && Origin == other.Origin && Subject == other.Subject &&
        Property == other.Property && Value.Equals(other.Value) && Validity.Equals(other.Validity) && Negated == other.Negated &&
        Quote == other.Quote && Span == other.Span && ValueText == other.ValueText && Note == other.Note && Revises == other.Revises;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Claim);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Id, Subject, Property, Value);

    /// <summary>Formats the claim as <c>id: subject.property = value (validity)</c>.</summary>
    public override string ToString() => $"{Id}: {Subject}.{Property} {(Negated ? "≠" : "=")} {Value} ({Validity})";
}
