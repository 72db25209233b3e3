namespace Contradictions.Serialization;

// The claim-set format as read, before validation: every field optional and loosely typed, so that every problem
// can be reported with its path instead of failing on the first. One concept: the raw document tree.
internal sealed class ClaimSetDocument
{
    public required string File { get; init; }

    public string? Format { get; set; }

    public VocabularyDocument? Vocabulary { get; set; }

    public List<SourceDocument> Sources { get; } = [];

    /// <summary>Claims drafted in code (<see cref="Claims.ClaimSetBuilder"/>).</summary>
    public List<ClaimDocument> Claims { get; } = [];

    /// <summary>Claims read from a file, still encoded; they follow <see cref="Claims"/>.</summary>
    public EncodedClaims? Encoded { get; set; }

    /// <summary>Gets how many claims the document holds, drafted and encoded.</summary>
    public int ClaimCount => Claims.Count + (Encoded?.Count ?? 0);
}

internal sealed class VocabularyDocument
{
    public List<PropertyDocument> Properties { get; } = [];

    public List<UnitDocument> Units { get; } = [];
}

internal sealed class PropertyDocument
{
    public required string Id { get; init; }

    public required string Path { get; init; }

    public string? Type { get; set; }

    public string? Dimension { get; set; }

    public bool Cumulative { get; set; }

    public bool SingleValued { get; set; }

    public bool Functional { get; set; }

    public List<string> SumOf { get; } = [];

    public string? AtMost { get; set; }

    public string? NotAfter { get; set; }

    public string? Description { get; set; }
}

internal sealed class UnitDocument
{
    public required string Id { get; init; }

    public required string Path { get; init; }

    public string? Dimension { get; set; }

    public decimal? Factor { get; set; }

    public string? Base { get; set; }

    public List<string> Aliases { get; } = [];
}

internal sealed class SourceDocument
{
    public required string Path { get; init; }

    public string? Id { get; set; }

    public string? Title { get; set; }

    public string? Publisher { get; set; }

    public string? Published { get; set; }

    public string? Url { get; set; }

    public double? Trust { get; set; }

    public string? Note { get; set; }
}

internal sealed class ClaimDocument
{
    public required string Path { get; init; }

    public string? Id { get; set; }

    public string? Source { get; set; }

    public string? Origin { get; set; }

    public string? Subject { get; set; }

    public string? Property { get; set; }

    public ValueDocument? Value { get; set; }

    /// <summary>Whether the object had a <c>value</c> field at all (a malformed one leaves <see cref="Value"/> null).</summary>
    public bool HasValueField { get; set; }

    public string? Unit { get; set; }

    public TimeDocument? Time { get; set; }

    public bool Negated { get; set; }

    public string? Quote { get; set; }

    public SpanDocument? Span { get; set; }

    public string? Note { get; set; }

    /// <summary>Set when a field had the wrong type or was unknown: the claim is reported but never resolved.</summary>
    public bool IsMalformed { get; set; }
}

internal sealed class ValueDocument
{
    /// <summary>The value written as a string: a quantity, date or entity expression.</summary>
    public string? Text { get; set; }

    public decimal? Amount { get; set; }

    public string? Qualifier { get; set; }

    public decimal? Min { get; set; }

    public decimal? Max { get; set; }

    public string? Date { get; set; }

    public string? Entity { get; set; }

    public bool IsObject { get; set; }
}

internal sealed class TimeDocument
{
    /// <summary>The time written as a string expression.</summary>
    public string? Text { get; set; }

    public string? AsOf { get; set; }

    public string? From { get; set; }

    public string? To { get; set; }

    public bool IsObject { get; set; }
}

internal sealed class SpanDocument
{
    public long? Start { get; set; }

    public long? End { get; set; }
}
