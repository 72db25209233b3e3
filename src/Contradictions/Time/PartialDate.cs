using System.Globalization;
using Contradictions.Parsing;
using NodaTime;

namespace Contradictions.Time;

/// <summary>
/// A calendar date known to a day, a month or only a year, such as the publication date of an article whose text
/// gives only the month. Used as the anchor that relative time expressions are resolved against.
/// </summary>
/// <remarks>The <c>default</c> value is the year 1 with year precision; it is not a meaningful date.</remarks>
public readonly struct PartialDate : IEquatable<PartialDate>
{
    private readonly byte month;
    private readonly byte day;

    private PartialDate(int year, int month, int day)
    {
        Year = year;
        this.month = (byte)month;
        this.day = (byte)day;
    }

    /// <summary>Gets the year.</summary>
    public int Year { get; }

    /// <summary>Gets the month (1-12), or <c>null</c> when only the year is known.</summary>
    public int? Month => month == 0 ? null : month;

    /// <summary>Gets the day of the month, or <c>null</c> when the day is not known.</summary>
    public int? Day => day == 0 ? null : day;

    /// <summary>Gets how precisely the date is known: <see cref="TimePrecision.Day"/>, <see cref="TimePrecision.Month"/> or <see cref="TimePrecision.Year"/>.</summary>
    public TimePrecision Precision => day != 0 ? TimePrecision.Day : month != 0 ? TimePrecision.Month : TimePrecision.Year;

    /// <summary>Gets the earliest day the date can be.</summary>
    public LocalDate Earliest => new(Year, month == 0 ? 1 : month, day == 0 ? 1 : day);

    /// <summary>Gets the latest day the date can be.</summary>
    public LocalDate Latest => day != 0
        ? new LocalDate(Year, month, day)
        : month != 0 ? new LocalDate(Year, month, 1).With(DateAdjusters.EndOfMonth) : new LocalDate(Year, 12, 31);

    /// <summary>Gets every day the date can be, as an interval.</summary>
    public TimeInterval Interval => new(Earliest, Latest);

    /// <summary>Creates a date known to the day.</summary>
    public static PartialDate FromDate(LocalDate date) => new(date.Year, date.Month, date.Day);

    /// <summary>Creates a date known to the month.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The year or month is out of range.</exception>
    public static PartialDate FromYearMonth(int year, int month)
    {
        _ = new LocalDate(year, month, 1);
        return new(year, month, 0);
    }

    /// <summary>Creates a date known to the year.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The year is out of range.</exception>
    public static PartialDate FromYear(int year)
    {
        _ = new LocalDate(year, 1, 1);
        return new(year, 0, 0);
    }

    private static bool Digits(ReadOnlySpan<char> text) => !text.ContainsAnyExceptInRange('0', '9');

    /// <summary>
    /// Parses <c>yyyy-MM-dd</c>, <c>yyyy-MM</c> or <c>yyyy</c> (ISO 8601 calendar dates, reduced precision allowed).
    /// </summary>
    public static ParseResult<PartialDate> Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        // yyyy, yyyy-MM or yyyy-MM-dd: read from the span, without splitting into strings (every source and date is parsed).
        var span = text.AsSpan().Trim();
        if (span.Length is not (4 or 7 or 10) || !Digits(span[..4]) ||
            (span.Length > 4 && (span[4] != '-' || !Digits(span.Slice(5, 2)))) ||
            (span.Length > 7 && (span[7] != '-' || !Digits(span.Slice(8, 2)))))
        {
            return Fail($"'{text}' is not a date: expected yyyy-MM-dd, yyyy-MM or yyyy.", text);
        }

        var year = int.Parse(span[..4], CultureInfo.InvariantCulture);
        if (year < 1)
        {
            return Fail($"'{text}': year {year} is out of range.", text);
        }

        if (span.Length == 4)
        {
            return ParseResult<PartialDate>.ForValue(new(year, 0, 0));
        }

        var month = int.Parse(span.Slice(5, 2), CultureInfo.InvariantCulture);
        if (month is < 1 or > 12)
        {
            return Fail($"'{text}': month {month} does not exist.", text);
        }

        if (span.Length == 7)
        {
            return ParseResult<PartialDate>.ForValue(new(year, month, 0));
        }

        var dayOfMonth = int.Parse(span.Slice(8, 2), CultureInfo.InvariantCulture);
        var daysInMonth = CalendarSystem.Iso.GetDaysInMonth(year, month);
        if (dayOfMonth < 1 || dayOfMonth > daysInMonth)
        {
            return Fail($"'{text}': {CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(month)} {year} has no day {dayOfMonth}.", text);
        }

        return ParseResult<PartialDate>.ForValue(new(year, month, dayOfMonth));
    }

    private static ParseResult<PartialDate> Fail(string message, string text) =>
        ParseResult<PartialDate>.ForError(new ParseError(message, text, 0, text.Length));

    /// <inheritdoc />
    public bool Equals(PartialDate other) => Year == other.Year && month == other.month && day == other.day;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is PartialDate other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Year, month, day);

    /// <summary>Compares two dates for equality (value and precision).</summary>
    public static bool operator ==(PartialDate left, PartialDate right) => left.Equals(right);

    /// <summary>Compares two dates for inequality.</summary>
    public static bool operator !=(PartialDate left, PartialDate right) => !left.Equals(right);

    /// <summary>Formats the date in ISO 8601 at its precision: <c>2025-10-10</c>, <c>2025-10</c> or <c>2025</c>.</summary>
    public override string ToString() => Precision switch
    {
        TimePrecision.Day => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{month:D2}-{day:D2}"),
        TimePrecision.Month => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{month:D2}"),
        _ => Year.ToString("D4", CultureInfo.InvariantCulture),
    };
}
