namespace Contradictions.Claims;

/// <summary>How a claim's validity time was given.</summary>
public enum ValidityKind
{
    /// <summary>Not given: the claim holds as of its source's publication date.</summary>
    Publication = 0,

    /// <summary>A point in time, possibly known only to a period: the claim held at some moment in it ("as of late February").</summary>
    AsOf = 1,

    /// <summary>A span: the claim held throughout it ("from 2024-10-01", "from 2019 to 2024").</summary>
    Span = 2,
}
