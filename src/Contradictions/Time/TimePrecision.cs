namespace Contradictions.Time;

/// <summary>
/// The granularity a time expression was stated with. It describes the expression, not the width of
/// the resolved interval: "in September" is <see cref="Month"/> even when an uncertain anchor widens the
/// resolved interval to several Septembers.
/// </summary>
public enum TimePrecision
{
    /// <summary>A single calendar day ("2024-10-24", "yesterday", "on Friday").</summary>
    Day = 0,

    /// <summary>A calendar week ("last week", "two weeks ago").</summary>
    Week = 1,

    /// <summary>A calendar month ("2024-10", "in September", "last month").</summary>
    Month = 2,

    /// <summary>A calendar quarter ("Q3 2024", "the third quarter").</summary>
    Quarter = 3,

    /// <summary>Half a calendar year ("the first half of 2025").</summary>
    HalfYear = 4,

    /// <summary>A calendar year ("2024", "last year").</summary>
    Year = 5,

    /// <summary>
    /// A period whose bounds are a convention rather than a calendar unit ("recently", "late February",
    /// "early 2025", "the end of the year"); its narrowest and widest readings differ from its default reading.
    /// </summary>
    Vague = 6,
}
