namespace Contradictions.Mentions;

/// <summary>The TimeML TIMEX3 type of a time mention.</summary>
public enum TimeMentionType
{
    /// <summary>A calendar date or period: "last week", "the end of the year", "two weeks ago", "Q3 2024".</summary>
    Date = 0,

    /// <summary>A time of day: "18:00 UTC", "this morning" is a <see cref="Date"/> here, as the readings are days.</summary>
    Time = 1,

    /// <summary>A length of time: "six weeks", "four years", "a five-year plan".</summary>
    Duration = 2,

    /// <summary>A recurring time: "every Monday", "weekly", "each year".</summary>
    Set = 3,
}
