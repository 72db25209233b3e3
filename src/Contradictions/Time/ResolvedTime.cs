using NodaTime;

namespace Contradictions.Time;

/// <summary>
/// A time expression resolved to calendar days: the default <see cref="Reading"/>, and the
/// <see cref="Narrowest"/> and <see cref="Widest"/> honest readings that bracket it.
/// </summary>
/// <remarks>
/// <para>
/// The three readings exist so that the checker can tell an error from a warning. A contradiction that rests on
/// two periods being disjoint is an error only when their <see cref="Widest"/> readings are disjoint; one that rests
/// on two periods overlapping is an error only when the overlap is certain (see <see cref="SurelyOverlaps"/>).
/// </para>
/// <para>
/// For a calendar expression ("2024-10-24", "in September") all three readings are the same interval, unless the
/// anchor itself is uncertain. For a vague one ("recently", "late February") they differ by documented conventions
/// (see <see cref="TimeResolutionOptions"/> and <c>docs/time-expressions.md</c>).
/// </para>
/// </remarks>
public sealed class ResolvedTime : IEquatable<ResolvedTime>
{
    /// <summary>Creates a resolved time.</summary>
    /// <param name="reading">The default reading.</param>
    /// <param name="widest">The widest honest reading; must contain <paramref name="reading"/>.</param>
    /// <param name="narrowest">The days every honest reading contains, or <c>null</c> when no day is certain; must lie within <paramref name="reading"/>.</param>
    /// <param name="precision">The granularity the expression was stated with.</param>
    /// <param name="text">The expression the time was resolved from.</param>
    /// <param name="statedWeekday">The weekday the text named for a single day, if any, kept so that a mismatch can be reported.</param>
    /// <param name="isSpan">Whether the expression names a stretch of time something holds throughout ("since November").</param>
    /// <exception cref="ArgumentException">The readings are not nested.</exception>
    public ResolvedTime(TimeInterval reading, TimeInterval widest, TimeInterval? narrowest, TimePrecision precision, string text, IsoDayOfWeek? statedWeekday = null, bool isSpan = false)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!widest.Contains(reading))
        {
            throw new ArgumentException($"The widest reading {widest} must contain the reading {reading}.", nameof(widest));
        }

        if (narrowest is { } n && !reading.Contains(n))
        {
            throw new ArgumentException($"The narrowest reading {n} must lie within the reading {reading}.", nameof(narrowest));
        }

        Reading = reading;
        Widest = widest;
        Narrowest = narrowest;
        Precision = precision;
        Text = text;
        StatedWeekday = statedWeekday;
        IsSpan = isSpan;
    }

    /// <summary>Gets the default reading: the interval the expression means under the configured conventions.</summary>
    public TimeInterval Reading { get; }

    /// <summary>Gets the widest honest reading of the expression.</summary>
    public TimeInterval Widest { get; }

    /// <summary>Gets the days that every honest reading contains, or <c>null</c> when there is no such day.</summary>
    public TimeInterval? Narrowest { get; }

    /// <summary>Gets the granularity the expression was stated with.</summary>
    public TimePrecision Precision { get; }

    /// <summary>Gets the text the time was resolved from.</summary>
    public string Text { get; }

    /// <summary>Gets the weekday the text stated for its day ("Friday, October 10, 2025"), if any.</summary>
    public IsoDayOfWeek? StatedWeekday { get; }

    /// <summary>
    /// Gets a value indicating whether the expression names a stretch of time that something holds throughout
    /// ("since November", "from 2019 to 2024", "until May") rather than a period in which a moment lies ("in September").
    /// </summary>
    public bool IsSpan { get; }

    /// <summary>
    /// Gets a value indicating whether the text stated a weekday that the day it names does not fall on.
    /// </summary>
    public bool HasWeekdayMismatch =>
        StatedWeekday is { } stated && Reading.IsSingleDay && Reading.Start!.Value.DayOfWeek != stated;

    /// <summary>Creates a resolved time whose three readings are the same interval.</summary>
    public static ResolvedTime Exact(TimeInterval interval, TimePrecision precision, string text) =>
        new(interval, interval, interval, precision, text);

    /// <summary>Creates the resolved time of a single day, written in ISO 8601.</summary>
    public static ResolvedTime ForDay(LocalDate day) =>
        Exact(TimeInterval.ForDay(day), TimePrecision.Day, TimeInterval.Format(day));

    /// <summary>
    /// Returns whether this time and <paramref name="other"/> share a day under every honest reading of both.
    /// </summary>
    /// <remarks>
    /// True when their narrowest readings overlap, or when one's widest reading lies inside the other's narrowest:
    /// whichever reading of the first is true, it then falls within days the second surely covers.
    /// </remarks>
    public bool SurelyOverlaps(ResolvedTime other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (Narrowest is { } mine && other.Narrowest is { } theirs && mine.Overlaps(theirs))
        {
            return true;
        }

        return (other.Narrowest is { } o && o.Contains(Widest)) || (Narrowest is { } m && m.Contains(other.Widest));
    }

    /// <summary>Returns whether this time ends before <paramref name="other"/> starts under every honest reading.</summary>
    public bool IsSurelyBefore(ResolvedTime other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return Widest.IsBefore(other.Widest);
    }

    /// <inheritdoc />
    public bool Equals(ResolvedTime? other) =>
        other is not null && Reading == other.Reading && Widest == other.Widest && Nullable.Equals(Narrowest, other.Narrowest) &&
        Precision == other.Precision && Text == other.Text && StatedWeekday == other.StatedWeekday && IsSpan == other.IsSpan;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ResolvedTime);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Reading, Widest, Narrowest, Precision, Text, StatedWeekday);

    internal Readings ToReadings() => new(Narrowest, Reading, Widest);

    /// <summary>Formats the default reading, followed by the widest reading when it differs.</summary>
    public override string ToString() => Widest == Reading ? Reading.ToString() : $"{Reading} (at widest {Widest})";
}
