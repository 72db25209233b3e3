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
}
