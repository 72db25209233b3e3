using Contradictions.Quantities;
using Contradictions.Time;

namespace Contradictions.Checking;

/// <summary>Day numbers for ordering and sweeping time intervals; an open side is ±infinity.</summary>
internal static class Days
{
    public static long Start(TimeInterval interval) => interval.Start is { } s ? s.ToDateOnly().DayNumber : long.MinValue;

    public static long End(TimeInterval interval) => interval.End is { } e ? e.ToDateOnly().DayNumber : long.MaxValue;

    /// <summary>The interval as numbers, so that the numeric clustering serves dates too.</summary>
    public static NumericInterval AsNumbers(TimeInterval interval) => new(
        interval.Start is { } s ? s.ToDateOnly().DayNumber : null,
        interval.End is { } e ? e.ToDateOnly().DayNumber : null);
}
