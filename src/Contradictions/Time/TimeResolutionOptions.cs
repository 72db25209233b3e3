using NodaTime;

namespace Contradictions.Time;

/// <summary>
/// The conventions used to resolve vague time expressions. Every value is documented in
/// <c>docs/time-expressions.md</c>; change them to match how your sources write.
/// </summary>
public sealed class TimeResolutionOptions
{
    /// <summary>
    /// Gets or sets how far back "recently" reaches by default. Default: one month before the anchor.
    /// </summary>
    public Period Recently { get; set; } = Period.FromMonths(1);

    /// <summary>
    /// Gets or sets how far back "recently" can honestly reach (its widest reading). Default: six months.
    /// </summary>
    public Period RecentlyAtMost { get; set; } = Period.FromMonths(6);

    /// <summary>Gets or sets the longest expression accepted, in characters. Default: 200.</summary>
    public int MaximumLength { get; set; } = 200;
}
