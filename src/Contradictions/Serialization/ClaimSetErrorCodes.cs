namespace Contradictions.Serialization;

/// <summary>The stable codes of <see cref="ClaimSetError"/>. A code is never reused for another meaning.</summary>
public static class ClaimSetErrorCodes
{
    /// <summary>The input is not well-formed JSON (or not UTF-8).</summary>
    public const string InvalidJson = "invalid-json";

    /// <summary>The <c>format</c> field is missing or names another format or version.</summary>
    public const string UnsupportedFormat = "unsupported-format";

    /// <summary>A field holds a value of the wrong JSON type.</summary>
    public const string WrongType = "wrong-type";

    /// <summary>A field this format does not define (often a misspelling); rejected so that nothing is silently dropped.</summary>
    public const string UnknownField = "unknown-field";

    /// <summary>A required field is missing or empty.</summary>
    public const string Required = "required";

    /// <summary>An id is used twice, within a file or across the files loaded together.</summary>
    public const string DuplicateId = "duplicate-id";

    /// <summary>A field appears twice in the same JSON object.</summary>
    public const string DuplicateField = "duplicate-field";

    /// <summary>A claim cites a source that no loaded file defines.</summary>
    public const string UnknownSource = "unknown-source";

    /// <summary>A claim, or a property relation, names a property that no vocabulary defines.</summary>
    public const string UnknownProperty = "unknown-property";

    /// <summary>A unit is not in the unit catalog.</summary>
    public const string UnknownUnit = "unknown-unit";

    /// <summary>A quantity's unit measures another dimension than its property.</summary>
    public const string WrongDimension = "wrong-dimension";

    /// <summary>A value does not fit its property's type (a date for a quantity property, say).</summary>
    public const string WrongValueKind = "wrong-value-kind";

    /// <summary>A number is out of range: not finite, too large, or negative where amounts cannot be.</summary>
    public const string OutOfRange = "out-of-range";

    /// <summary>A date does not exist (<c>2025-02-30</c>) or is not in <c>yyyy-MM-dd</c>, <c>yyyy-MM</c> or <c>yyyy</c> form.</summary>
    public const string InvalidDate = "invalid-date";

    /// <summary>A time or quantity expression could not be understood; the message names the part.</summary>
    public const string InvalidExpression = "invalid-expression";

    /// <summary>A character span ends before it starts.</summary>
    public const string InvalidSpan = "invalid-span";

    /// <summary>A property is defined differently in two files.</summary>
    public const string VocabularyConflict = "vocabulary-conflict";

    /// <summary>A property definition is inconsistent (a relation to a property of another type, say).</summary>
    public const string InvalidProperty = "invalid-property";

    /// <summary>An input exceeds a configured limit (file size, number of claims, length of an expression).</summary>
    public const string LimitExceeded = "limit-exceeded";

    /// <summary>A file could not be read.</summary>
    public const string Unreadable = "unreadable";

    /// <summary>A claim's <c>revises</c> names no claim of the set, itself, or a claim of another subject or property.</summary>
    public const string InvalidRevision = "invalid-revision";

    /// <summary>A claim's quote does not stand at its span in the source's text (or is not in it).</summary>
    public const string QuoteMismatch = "quote-mismatch";
}
