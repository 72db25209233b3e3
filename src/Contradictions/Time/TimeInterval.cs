using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace Contradictions.Time;

/// <summary>
/// An interval of calendar days with an inclusive start and an inclusive end, either of which may be open
/// (unbounded). The <c>default</c> value is the unbounded interval, open on both sides.
/// </summary>
/// <remarks>
/// Days rather than instants: the sources this library reads state times to a day at best, and treating a day as
/// indivisible keeps comparisons exact. Two intervals that share one day overlap.
/// </remarks>
public readonly struct TimeInterval : IEquatable<TimeInterval>
{
    /// <summary>Creates an interval from an inclusive start and an inclusive end; <c>null</c> leaves that side open.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="end"/> is before <paramref name="start"/>.</exception>
    public TimeInterval(LocalDate? start, LocalDate? end)
    {
        if (start is { } s && end is { } e && e < s)
        {
            throw new ArgumentOutOfRangeException(nameof(end), $"The end {Format(e)} is before the start {Format(s)}.");
        }

        Start = start;
        End = end;
    }

    /// <summary>Gets the first day of the interval, or <c>null</c> when the interval has no start.</summary>
    public LocalDate? Start { get; }

    /// <summary>Gets the last day of the interval (inclusive), or <c>null</c> when the interval has no end.</summary>
    public LocalDate? End { get; }

    /// <summary>Gets a value indicating whether the interval has a start.</summary>
    public bool HasStart => Start.HasValue;

    /// <summary>Gets a value indicating whether the interval has an end.</summary>
    public bool HasEnd => End.HasValue;

    /// <summary>Gets a value indicating whether the interval is exactly one day.</summary>
    public bool IsSingleDay => Start.HasValue && Start == End;

    /// <summary>Gets the interval open on both sides.</summary>
    public static TimeInterval Unbounded => default;

    /// <summary>Creates the interval holding exactly one day.</summary>
    public static TimeInterval ForDay(LocalDate day) => new(day, day);

    /// <summary>Creates the interval covering the given calendar month.</summary>
    public static TimeInterval ForMonth(int year, int month)
    {
        var first = new LocalDate(year, month, 1);
        return new(first, first.With(DateAdjusters.EndOfMonth));
    }

    /// <summary>Creates the interval covering the given calendar year.</summary>
    public static TimeInterval ForYear(int year) => new(new LocalDate(year, 1, 1), new LocalDate(year, 12, 31));

    /// <summary>Returns whether this interval shares at least one day with <paramref name="other"/>.</summary>
    public bool Overlaps(TimeInterval other) =>
        !(End is { } e && other.Start is { } os && e < os) &&
        !(other.End is { } oe && Start is { } s && oe < s);

    /// <summary>Returns whether every day of <paramref name="other"/> lies within this interval.</summary>
    public bool Contains(TimeInterval other) =>
        (Start is not { } s || (other.Start is { } os && os >= s)) &&
        (End is not { } e || (other.End is { } oe && oe <= e));

    /// <summary>Returns whether <paramref name="day"/> lies within this interval.</summary>
    public bool Contains(LocalDate day) => (Start is not { } s || day >= s) && (End is not { } e || day <= e);

    /// <summary>Returns whether this interval ends strictly before <paramref name="other"/> starts.</summary>
    public bool IsBefore(TimeInterval other) => End is { } e && other.Start is { } os && e < os;

    /// <summary>Returns the smallest interval containing both this interval and <paramref name="other"/>.</summary>
    public TimeInterval Hull(TimeInterval other) => new(
        Start is { } s && other.Start is { } os ? LocalDate.Min(s, os) : null,
        End is { } e && other.End is { } oe ? LocalDate.Max(e, oe) : null);

    /// <summary>Returns the days common to this interval and <paramref name="other"/>, or <c>null</c> when they do not overlap.</summary>
    public TimeInterval? Intersect(TimeInterval other)
    {
        if (!Overlaps(other))
        {
            return null;
        }

        LocalDate? start = Start is { } s ? (other.Start is { } os ? LocalDate.Max(s, os) : s) : other.Start;
        LocalDate? end = End is { } e ? (other.End is { } oe ? LocalDate.Min(e, oe) : e) : other.End;
        return new TimeInterval(start, end);
    }

    /// <inheritdoc />
    public bool Equals(TimeInterval other) => Start == other.Start && End == other.End;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is TimeInterval other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Start, End);

    /// <summary>Compares two intervals for equality.</summary>
    public static bool operator ==(TimeInterval left, TimeInterval right) => left.Equals(right);

    /// <summary>Compares two intervals for inequality.</summary>
    public static bool operator !=(TimeInterval left, TimeInterval right) => !left.Equals(right);

    /// <summary>
    /// Formats the interval as <c>2025-01-01..2025-10-31</c>; an open side is left empty (<c>..2024-09-30</c>),
    /// and a single day is written as that day.
    /// </summary>
    public override string ToString()
    {
        if (IsSingleDay)
        {
            return Format(Start!.Value);
        }

        return string.Create(CultureInfo.InvariantCulture, $"{(Start is { } s ? Format(s) : string.Empty)}..{(End is { } e ? Format(e) : string.Empty)}");
    }

    internal static string Format(LocalDate date) => LocalDatePattern.Iso.Format(date);
}
