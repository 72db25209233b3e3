using Contradictions.Time;
using NodaTime;

namespace Contradictions.Claims;

/// <summary>
/// When a claim holds. A point ("as of X") holds at some unknown moment within X, so no single day of a period is
/// certain; a span ("from X to Y") holds on every day of it. <see cref="Time"/> carries the readings the checker compares.
/// </summary>
public sealed class Validity : IEquatable<Validity>
{
    // The ends a span was made from, and whether a statement date closed its open end: the builder closes it at the
    // source's publication, as the loader does for a file's {"from": …}.
    private ResolvedTime? FromTime { get; init; }

    private ResolvedTime? ToTime { get; init; }

    private bool Stated { get; init; }

    private Validity(ValidityKind kind, ResolvedTime time, string? asOf, string? from, string? to)
    {
        Kind = kind;
        Time = time;
        AsOfText = asOf;
        FromText = from;
        ToText = to;
    }

    /// <summary>Gets how the validity was given.</summary>
    public ValidityKind Kind { get; }

    /// <summary>Gets the resolved readings of the validity.</summary>
    public ResolvedTime Time { get; }

    /// <summary>Gets the single expression the validity was given as, or <c>null</c> when it was given as a span's ends or not at all.</summary>
    public string? AsOfText { get; }

    /// <summary>Gets the start expression of a <see cref="ValidityKind.Span"/>, or <c>null</c> when it has no start.</summary>
    public string? FromText { get; }

    /// <summary>Gets the end expression of a <see cref="ValidityKind.Span"/>, or <c>null</c> when it has no end.</summary>
    public string? ToText { get; }

    /// <summary>Gets a value indicating whether the claim holds on every day of <see cref="Time"/> rather than at one moment in it.</summary>
    public bool HoldsThroughout => Kind == ValidityKind.Span;

    /// <summary>Creates the validity of a claim that gives no time: as of its source's publication date.</summary>
    public static Validity AtPublication(PartialDate published) =>
        new(ValidityKind.Publication, AsPoint(ResolvedTime.Exact(published.Interval, published.Precision, published.ToString())), null, null, null);

    /// <summary>
    /// Creates the validity a time expression describes: a span when it names a stretch of time ("since November"),
    /// otherwise a point in the period it names ("in September").
    /// </summary>
    public static Validity FromExpression(ResolvedTime time)
    {
        ArgumentNullException.ThrowIfNull(time);
        return time.IsSpan ? new(ValidityKind.Span, time, time.Text, null, null) : AsOf(time);
    }

    /// <summary>Creates a point validity from a resolved expression; the claim held at some moment within it.</summary>
    public static Validity AsOf(ResolvedTime time)
    {
        ArgumentNullException.ThrowIfNull(time);
        return new(ValidityKind.AsOf, AsPoint(time), time.Text, null, null);
    }

    /// <summary>
    /// Creates a span validity; either end may be <c>null</c> for an unknown side. The claim holds throughout. An
    /// unknown side is open in the default and widest readings and closed at the known end in the narrowest.
    /// </summary>
    /// <exception cref="ArgumentException">Both ends are <c>null</c>, or the span ends before it starts.</exception>
    public static Validity Between(ResolvedTime? from, ResolvedTime? to) => Between(from, to, statedOn: null);

    /// <summary>
    /// Creates a span validity stated by a source published on <paramref name="statedOn"/>: as
    /// <see cref="Between(ResolvedTime?, ResolvedTime?)"/>, and a span with no end surely holds until that date, since
    /// the source gives it as still holding (a reference tenure "from 2024-10-01" published in 2026 holds in 2025).
    /// </summary>
    /// <exception cref="ArgumentException">Both ends are <c>null</c>, or the span ends before it starts.</exception>
    public static Validity Between(ResolvedTime? from, ResolvedTime? to, PartialDate statedOn) => Between(from, to, (PartialDate?)statedOn);

    private static Validity Between(ResolvedTime? from, ResolvedTime? to, PartialDate? statedOn)
    {
        if (from is null && to is null)
        {
            throw new ArgumentException("A span needs at least one end.", nameof(to));
        }

        if (from is not null && to is not null && to.Widest.End < from.Widest.Start)
        {
            throw new ArgumentException($"The span ends ({to.Reading}) before it starts ({from.Reading}).", nameof(to));
        }

        var readings = Readings.Spanning(from?.ToReadings(), to?.ToReadings(), statedOn?.Earliest);
        var text = $"{from?.Text ?? string.Empty}..{to?.Text ?? string.Empty}";
        var precision = from?.Precision ?? to!.Precision;
        return new(ValidityKind.Span, new ResolvedTime(readings.Reading, readings.Widest, readings.Narrowest, precision, text, isSpan: true), null, from?.Text, to?.Text)
        {
            FromTime = from,
            ToTime = to,
            Stated = statedOn is not null,
        };
    }

    /// <summary>Creates the validity of a claim that held on one day (at some moment of it).</summary>
    public static Validity On(LocalDate day) => AsOf(ResolvedTime.ForDay(day));

    /// <summary>Creates the validity of a claim that held on every day of <paramref name="interval"/> (both ends included).</summary>
    public static Validity Throughout(DateInterval interval)
    {
        ArgumentNullException.ThrowIfNull(interval);
        return Between(ResolvedTime.ForDay(interval.Start), ResolvedTime.ForDay(interval.End));
    }

    /// <summary>
    /// Creates the validity of a claim that holds from <paramref name="start"/> with no end given; added to a
    /// <see cref="ClaimSetBuilder"/>, it surely holds until its source's publication, as <c>{"from": …}</c> in a file does.
    /// </summary>
    public static Validity From(LocalDate start) => Between(ResolvedTime.ForDay(start), null);

    /// <summary>Creates the validity of a claim that held until <paramref name="end"/>, with no start given.</summary>
    public static Validity Until(LocalDate end) => Between(null, ResolvedTime.ForDay(end));

    /// <summary>This validity as stated by a source published on <paramref name="published"/>: an open end surely holds until then.</summary>
    internal Validity StatedOn(PartialDate published) =>
        Kind == ValidityKind.Span && !Stated && ToTime is null && FromTime is not null ? Between(FromTime, null, published) : this;

    // A point in a period is at an unknown moment: only a single day is certain.
    private static ResolvedTime AsPoint(ResolvedTime time) =>
        time.Narrowest is { IsSingleDay: true } || time.Narrowest is null
            ? time
            : new ResolvedTime(time.Reading, time.Widest, null, time.Precision, time.Text, time.StatedWeekday, time.IsSpan);

    /// <inheritdoc />
    public bool Equals(Validity? other) =>
        other is not null && Kind == other.Kind && Time.Equals(other.Time) && AsOfText == other.AsOfText && FromText == other.FromText && ToText == other.ToText;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Validity);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Kind, Time, AsOfText, FromText, ToText);

    /// <summary>Formats the validity as the checker reads it: <c>as of 2025-02-21..2025-02-28</c>, <c>throughout 2024-10-01..</c>.</summary>
    public override string ToString() => HoldsThroughout ? $"throughout {Time.Reading}" : $"as of {Time.Reading}";
}
