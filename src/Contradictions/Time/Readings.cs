using NodaTime;

namespace Contradictions.Time;

/// <summary>The three readings of an expression evaluated against one anchor day.</summary>
internal readonly record struct Readings(TimeInterval? Narrowest, TimeInterval Reading, TimeInterval Widest)
{
    public static Readings Exact(TimeInterval interval) => new(interval, interval, interval);

    /// <summary>
    /// Combines the readings for the earliest and the latest possible anchor day. Interval ends move monotonically
    /// with the anchor, so the hull covers every anchor in between and the intersection is what all of them share.
    /// </summary>
    public static Readings AcrossAnchors(Readings early, Readings late)
    {
        TimeInterval? narrowest = early.Narrowest is { } a && late.Narrowest is { } b ? a.Intersect(b) : null;
        return new(narrowest, early.Reading.Hull(late.Reading), early.Widest.Hull(late.Widest));
    }

    /// <summary>
    /// The readings of "from X to Y": from the start of X to the end of Y, and surely from the latest possible start
    /// to the earliest possible end. A missing side is unknown, not endless: it is open in the reading and the widest
    /// reading, and closed at the known end in the narrowest ("until today" surely holds today, not since the beginning
    /// of time), so that only what holds under every reading makes an error. An open end stated on
    /// <paramref name="statedOn"/> (the publication of "from March 2024", or of a reference tenure with no end yet) surely
    /// holds until that day: a source that gives no end says it still holds.
    /// </summary>
    public static Readings Spanning(Readings? from, Readings? to, LocalDate? statedOn = null)
    {
        var reading = new TimeInterval(from?.Reading.Start, to?.Reading.End);
        var widest = new TimeInterval(from?.Widest.Start, to?.Widest.End);
        var sureStart = from is { } f ? f.Widest.End : to?.Widest.Start;
        var sureEnd = to is { } t ? t.Widest.Start : from?.Widest.End is { } e && statedOn is { } stated && stated > e ? stated : from?.Widest.End;
        TimeInterval? narrowest = sureStart is null || sureEnd is null || sureStart > sureEnd ? null : new TimeInterval(sureStart, sureEnd);
        return new(narrowest is { } n && reading.Contains(n) ? n : null, reading, widest);
    }
}
