using Contradictions.Quantities;
using Contradictions.Time;

namespace Contradictions.Checking;

/// <summary>
/// A <see cref="TimeInterval"/> as two day numbers (<see cref="DateOnly.DayNumber"/>: days since 0001-01-01), the
/// form in which rules sort and sweep times: comparing two numbers is cheaper than comparing two optional dates. An
/// open start is <see cref="long.MinValue"/>, an open end <see cref="long.MaxValue"/>. The default value is the
/// single day 0001-01-01 — use <see cref="Of"/>.
/// </summary>
public readonly struct DayRange
{
    /// <summary>Creates a range from day numbers.</summary>
    /// <param name="start">The first day, or <see cref="long.MinValue"/> when the interval has no start.</param>
    /// <param name="end">The last day (inclusive), or <see cref="long.MaxValue"/> when it has no end.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="end"/> is before <paramref name="start"/>.</exception>
    public DayRange(long start, long end)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(end, start);
        (Start, End) = (start, end);
    }

    /// <summary>Gets the first day, or <see cref="long.MinValue"/> when the interval has no start.</summary>
    public long Start { get; }

    /// <summary>Gets the last day (inclusive), or <see cref="long.MaxValue"/> when it has no end.</summary>
    public long End { get; }

    // Without the order check: for day numbers made by Of, or read back from a group, which are in order.
    private DayRange(long start, long end, bool trusted) => (Start, End) = (start, end);

    /// <summary>Gets the day numbers of <paramref name="interval"/>.</summary>
    public static DayRange Of(TimeInterval interval) => new(
        interval.Start is { } s ? DayNumber(s) : long.MinValue,
        interval.End is { } e ? DayNumber(e) : long.MaxValue,
        trusted: true);

    /// <summary>A range from day numbers known to be in order (a group's, made by <see cref="Of"/>).</summary>
    internal static DayRange FromOrdered(long start, long end) => new(start, end, trusted: true);

    /// <summary>
    /// <see cref="DateOnly.DayNumber"/> of an ISO date, from its year, month and day without building a
    /// <see cref="DateOnly"/> (the days-from-civil count of Howard Hinnant's date algorithms); a check computes two per claim.
    /// </summary>
    internal static long DayNumber(NodaTime.LocalDate date)
    {
        var (year, month, day) = (date.Year - (date.Month <= 2 ? 1 : 0), date.Month, date.Day);
        var era = (year >= 0 ? year : year - 399) / 400;
        var yearOfEra = year - (era * 400);
        var dayOfYear = ((153 * (month + (month > 2 ? -3 : 9))) + 2) / 5 + day - 1;
        var dayOfEra = (yearOfEra * 365) + (yearOfEra / 4) - (yearOfEra / 100) + dayOfYear;
        return (era * 146097L) + dayOfEra - 306;
    }

    /// <summary>Gets a value indicating whether the two ranges share a day.</summary>
    public bool Overlaps(DayRange other) => Start <= other.End && other.Start <= End;

    /// <summary>Gets a value indicating whether this range ends before <paramref name="other"/> starts.</summary>
    public bool IsBefore(DayRange other) => End < other.Start;

    /// <summary>Gets the range as numbers (open sides unbounded), so that numeric clustering serves dates too.</summary>
    public NumericInterval AsNumbers() => new(Start == long.MinValue ? null : Start, End == long.MaxValue ? null : End);
}
