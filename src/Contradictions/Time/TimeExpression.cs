using NodaTime;

namespace Contradictions.Time;

/// <summary>
/// A parsed time expression: a tree that can be evaluated against any anchor day. Parsing once and evaluating
/// many times is what lets one expression be resolved against an anchor that is itself uncertain.
/// </summary>
internal abstract class TimeExpression
{
    public abstract TimePrecision Precision { get; }

    public virtual IsoDayOfWeek? StatedWeekday => null;

    /// <summary>Whether the expression names a stretch of time something holds throughout ("since November") rather than a period a moment lies in.</summary>
    public virtual bool IsSpan => false;

    /// <summary>
    /// Returns the expression as read in a sentence about the future: a bare "Tuesday", "April" or "the weekend" is
    /// then the coming one, not the most recent. Expressions that do not depend on tense return themselves.
    /// </summary>
    public virtual TimeExpression InFuture() => this;

    /// <summary>Evaluates the expression for one anchor day.</summary>
    /// <exception cref="TimeExpressionException">The expression names a day that does not exist for this anchor.</exception>
    public abstract Readings Evaluate(LocalDate anchor, TimeResolutionOptions options);

    /// <summary>Which of the periods with a name the expression means: "June", "last June", "this June", "next June".</summary>
    internal enum Direction
    {
        /// <summary>No word: the most recent one that has started (news is written about the past).</summary>
        Bare,

        /// <summary>"last": the most recent one before the anchor's.</summary>
        Last,

        /// <summary>"this": the one of the anchor's week or year.</summary>
        This,

        /// <summary>"next": the first one after the anchor's.</summary>
        Next,

        /// <summary>No word, in a sentence about the future: the first one that has not ended by the anchor.</summary>
        Coming,
    }

    internal enum Unit
    {
        Day,
        Week,
        Month,
        Year,
    }

    internal enum Part
    {
        Early,
        Mid,
        Late,
        Beginning,
        End,
    }

    internal static TimePrecision PrecisionOf(Unit unit) => unit switch
    {
        Unit.Day => TimePrecision.Day,
        Unit.Week => TimePrecision.Week,
        Unit.Month => TimePrecision.Month,
        _ => TimePrecision.Year,
    };

    /// <summary>The calendar unit (day, ISO week, month, year) containing <paramref name="day"/>.</summary>
    internal static TimeInterval UnitContaining(LocalDate day, Unit unit) => unit switch
    {
        Unit.Day => TimeInterval.ForDay(day),
        Unit.Week => new(day.With(DateAdjusters.PreviousOrSame(IsoDayOfWeek.Monday)), day.With(DateAdjusters.NextOrSame(IsoDayOfWeek.Sunday))),
        Unit.Month => TimeInterval.ForMonth(day.Year, day.Month),
        _ => TimeInterval.ForYear(day.Year),
    };

    internal static LocalDate Shift(LocalDate day, Unit unit, int count) => unit switch
    {
        Unit.Day => day.PlusDays(count),
        Unit.Week => day.PlusWeeks(count),
        Unit.Month => day.PlusMonths(count),
        _ => day.PlusYears(count),
    };

    /// <summary>A calendar period that does not depend on the anchor ("2024-10-24", "October 2024", "Q3 2024").</summary>
    internal sealed class Fixed(TimeInterval interval, TimePrecision precision, IsoDayOfWeek? weekday = null) : TimeExpression
    {
        public override TimePrecision Precision => precision;

        public override IsoDayOfWeek? StatedWeekday => weekday;

        public override Readings Evaluate(LocalDate anchor, TimeResolutionOptions options) => Readings.Exact(interval);
    }

    /// <summary>
    /// "September" (the most recent September that starts on or before the anchor), "last June", "next March",
    /// "this May". "last June" in a July article may be the June just gone or the one a year before: when the nearest
    /// one lies in the anchor's own year, the widest reading reaches the other and no day is certain.
    /// </summary>
    internal sealed class NamedMonth(int month, Direction direction) : TimeExpression
    {
        public override TimePrecision Precision => TimePrecision.Month;

        public override TimeExpression InFuture() => direction == Direction.Bare ? new NamedMonth(month, Direction.Coming) : this;

        public override Readings Evaluate(LocalDate anchor, TimeResolutionOptions options)
        {
            TimeInterval In(int year) => TimeInterval.ForMonth(year, month);
            switch (direction)
            {
                case Direction.Last:
                    var last = month < anchor.Month ? anchor.Year : anchor.Year - 1;
                    return last == anchor.Year ? new(null, In(last), In(last - 1).Hull(In(last))) : Readings.Exact(In(last));
                case Direction.Next:
                    var next = month > anchor.Month ? anchor.Year : anchor.Year + 1;
                    return next == anchor.Year ? new(null, In(next), In(next).Hull(In(next + 1))) : Readings.Exact(In(next));
                case Direction.This:
                    return Readings.Exact(In(anchor.Year));
                case Direction.Coming:
                    return Readings.Exact(In(month >= anchor.Month ? anchor.Year : anchor.Year + 1));
                default:
                    return Readings.Exact(In(month <= anchor.Month ? anchor.Year : anchor.Year - 1));
            }
        }
    }

    /// <summary>"Aug. 7": the most recent August 7 on or before the anchor.</summary>
    internal sealed class DayWithoutYear(int month, int day, IsoDayOfWeek? weekday, bool future = false) : TimeExpression
    {
        public override TimePrecision Precision => TimePrecision.Day;

        public override IsoDayOfWeek? StatedWeekday => weekday;

        public override TimeExpression InFuture() => future ? this : new DayWithoutYear(month, day, weekday, future: true);

        public override Readings Evaluate(LocalDate anchor, TimeResolutionOptions options)
        {
            var order = (month, day).CompareTo((anchor.Month, anchor.Day));
            var year = future ? (order >= 0 ? anchor.Year : anchor.Year + 1) : (order <= 0 ? anchor.Year : anchor.Year - 1);

            // February 29 goes to the nearest leap year in the same direction, in keeping with "the most recent (next) such day".
            while (day > CalendarSystem.Iso.GetDaysInMonth(year, month))
            {
                year += future ? 1 : -1;
            }

            return Readings.Exact(TimeInterval.ForDay(new LocalDate(year, month, day)));
        }
    }

    /// <summary>"this year", "last month", "next week", "yesterday": the unit containing the anchor, shifted.</summary>
    internal sealed class RelativeUnit(Unit unit, int offset) : TimeExpression
    {
        public override TimePrecision Precision => PrecisionOf(unit);

        public override Readings Evaluate(LocalDate anchor, TimeResolutionOptions options) =>
            Readings.Exact(UnitContaining(Shift(anchor, unit, offset), unit));
    }

    /// <summary>"three months ago": the calendar unit containing the anchor moved back by that many units.</summary>
    internal sealed class Ago(Unit unit, int count) : TimeExpression
    {
        public override TimePrecision Precision => PrecisionOf(unit);

        public override Readings Evaluate(LocalDate anchor, TimeResolutionOptions options)
        {
            var unitInterval = UnitContaining(Shift(anchor, unit, -count), unit);
            return new(unit == Unit.Day ? unitInterval : null, unitInterval, unitInterval);
        }
    }

    /// <summary>"earlier this year" (from the unit's start to the anchor) or "later this year" (from the anchor to its end).</summary>
    internal sealed class RestOfUnit(Unit unit, bool earlier) : TimeExpression
    {
        public override TimePrecision Precision => PrecisionOf(unit);

        public override Readings Evaluate(LocalDate anchor, TimeResolutionOptions options)
        {
            var whole = UnitContaining(anchor, unit);
            return Readings.Exact(earlier ? new(whole.Start, anchor) : new(anchor, whole.End));
        }
    }

    /// <summary>
    /// "on Friday", "late Wednesday" (the most recent such weekday on or before the anchor), "last Tuesday", "next
    /// Tuesday", "this Tuesday". On a Wednesday "last Tuesday" may be the day before or the Tuesday a week earlier (and
    /// "next Thursday" the day after or a week later): when the nearest one falls in the anchor's own week, the default
    /// reading is the nearest, the widest reaches the other, and no day is certain.
    /// </summary>
    internal sealed class Weekday(IsoDayOfWeek weekday, Direction direction) : TimeExpression
    {
        public override TimePrecision Precision => TimePrecision.Day;

        public override TimeExpression InFuture() => direction == Direction.Bare ? new Weekday(weekday, Direction.Coming) : this;

        public override Readings Evaluate(LocalDate anchor, TimeResolutionOptions options)
        {
            var monday = anchor.With(DateAdjusters.PreviousOrSame(IsoDayOfWeek.Monday));
            switch (direction)
            {
                case Direction.Last:
                    var last = anchor.PlusDays(-1).With(DateAdjusters.PreviousOrSame(weekday));
                    return last >= monday ? new(null, TimeInterval.ForDay(last), new(last.PlusDays(-7), last)) : Readings.Exact(TimeInterval.ForDay(last));
                case Direction.Next:
                    var next = anchor.PlusDays(1).With(DateAdjusters.NextOrSame(weekday));
                    return next <= monday.PlusDays(6) ? new(null, TimeInterval.ForDay(next), new(next, next.PlusDays(7))) : Readings.Exact(TimeInterval.ForDay(next));
                case Direction.This:
                    return Readings.Exact(TimeInterval.ForDay(monday.PlusDays((int)weekday - 1)));
                case Direction.Coming:
                    // "will meet on Tuesday", written on a Tuesday, is next week's: a coming day is after the anchor.
                    return Readings.Exact(TimeInterval.ForDay(anchor.PlusDays(1).With(DateAdjusters.NextOrSame(weekday))));
                default:
                    return Readings.Exact(TimeInterval.ForDay(anchor.With(DateAdjusters.PreviousOrSame(weekday))));
            }
        }
    }

    /// <summary>
    /// "the weekend", "over the weekend" (the most recent Saturday and Sunday, the current ones on a weekend day),
    /// "last weekend" (the most recent that ended before the anchor), "this weekend" (that of the anchor's week) and
    /// "next weekend" (the first to start after the anchor; on a weekday also, at widest, the one after).
    /// </summary>
    internal sealed class Weekend(Direction direction) : TimeExpression
    {
        public override TimePrecision Precision => TimePrecision.Week;

        public override TimeExpression InFuture() => direction == Direction.Bare ? new Weekend(Direction.Coming) : this;

        public override Readings Evaluate(LocalDate anchor, TimeResolutionOptions options)
        {
            var saturday = anchor.With(DateAdjusters.PreviousOrSame(IsoDayOfWeek.Monday)).PlusDays(5);
            var onWeekend = anchor >= saturday;
            TimeInterval Of(LocalDate first) => new(first, first.PlusDays(1));
            return direction switch
            {
                Direction.Last => Readings.Exact(Of(saturday.PlusDays(-7))),
                Direction.This or Direction.Coming => Readings.Exact(Of(saturday)),
                Direction.Next when onWeekend => Readings.Exact(Of(saturday.PlusDays(7))),
                Direction.Next => new(null, Of(saturday), Of(saturday).Hull(Of(saturday.PlusDays(7)))),
                _ => Readings.Exact(Of(onWeekend ? saturday : saturday.PlusDays(-7))),
            };
        }
    }

    /// <summary>
    /// "last night", "tonight": an evening and the small hours after it, so a moment in it falls on one of two days.
    /// The default reading is the evening's day.
    /// </summary>
    internal sealed class Night(int offset) : TimeExpression
    {
        public override TimePrecision Precision => TimePrecision.Day;

        public override Readings Evaluate(LocalDate anchor, TimeResolutionOptions options)
        {
            var evening = anchor.PlusDays(offset);
            return new(null, TimeInterval.ForDay(evening), new(evening, evening.PlusDays(1)));
        }
    }

    /// <summary>
    /// "the past week", "over the last two weeks", "in the past 10 days": the stretch ending on the anchor (a week
    /// before an article of Tuesday 18 March is 11–18 March). The widest reading adds the whole calendar units before
    /// the anchor's (10–16 March); the narrowest is what both share.
    /// </summary>
    internal sealed class Trailing(Unit unit, int count) : TimeExpression
    {
        public override TimePrecision Precision => TimePrecision.Vague;

        public override Readings Evaluate(LocalDate anchor, TimeResolutionOptions options)
        {
            var rolling = new TimeInterval(Shift(anchor, unit, -count), anchor);
            var calendar = new TimeInterval(UnitContaining(Shift(anchor, unit, -count), unit).Start, UnitContaining(Shift(anchor, unit, -1), unit).End);
            return new(rolling.Intersect(calendar), rolling, rolling.Hull(calendar));
        }
    }

    /// <summary>
    /// "recently" (a configurable window), "in recent days", "in recent weeks", "the past few days": a window ending
    /// at the anchor whose length is a convention; no day of it is certain.
    /// </summary>
    internal sealed class Recently(Period? reading = null, Period? widest = null) : TimeExpression
    {
        public override TimePrecision Precision => TimePrecision.Vague;

        public override Readings Evaluate(LocalDate anchor, TimeResolutionOptions options) =>
            new(null, new(anchor.Minus(reading ?? options.Recently), anchor), new(anchor.Minus(widest ?? options.RecentlyAtMost), anchor));
    }

    /// <summary>
    /// "summer 2024", "last spring", "this winter", "in the autumn": a season of the northern hemisphere. The default
    /// reading is the meteorological season (whole months: spring March–May, summer June–August, autumn
    /// September–November, winter December–February); the widest adds the astronomical season (from the equinox or
    /// solstice), the narrowest is what both share. "winter 2024" is the winter whose January and February fall in
    /// 2024; at widest it may be the one that starts in December 2024.
    /// </summary>
    internal sealed class Season(int season, int? year, Direction direction) : TimeExpression
    {
        public override TimeExpression InFuture() => direction == Direction.Bare && year is null ? new Season(season, null, Direction.Coming) : this;

        // Per season (0 spring, 1 summer, 2 autumn, 3 winter): first month, astronomical start (earliest, latest day) and end.
        private static readonly (int Month, int WideEndMonth, int WideEndDay, int NarrowStartDay, int NarrowEndMonth)[] Table =
        [
            (3, 6, 21, 21, 5), (6, 9, 23, 22, 8), (9, 12, 22, 24, 11), (12, 3, 20, 23, 2),
        ];

        public override TimePrecision Precision => TimePrecision.Vague;

        public override Readings Evaluate(LocalDate anchor, TimeResolutionOptions options)
        {
            if (year is { } y)
            {
                if (season != 3)
                {
                    return Of(y);
                }

                var of = Of(y - 1);
                return new(null, of.Reading, of.Widest.Hull(Of(y).Widest));
            }

            var thisOne = season == 3 && anchor.Month <= 2 ? anchor.Year - 1 : anchor.Year;
            return direction switch
            {
                Direction.This => Of(thisOne),
                Direction.Last => Of(Of(thisOne).Reading.End < anchor ? thisOne : thisOne - 1),
                Direction.Next => Of(Of(thisOne).Reading.Start > anchor ? thisOne : thisOne + 1),
                Direction.Coming => Of(Of(thisOne).Reading.End >= anchor ? thisOne : thisOne + 1),
                _ => Of(Of(thisOne).Reading.Start <= anchor ? thisOne : thisOne - 1),
            };
        }

        // The season that starts in the given year.
        private Readings Of(int startYear)
        {
            var (month, wideEndMonth, wideEndDay, narrowStartDay, narrowEndMonth) = Table[season];
            var endYear = season == 3 ? startYear + 1 : startYear;
            var start = new LocalDate(startYear, month, 1);
            var end = new LocalDate(endYear, narrowEndMonth, 1).With(DateAdjusters.EndOfMonth);
            var narrowest = new TimeInterval(new LocalDate(startYear, month, narrowStartDay), end);
            return new(narrowest, new(start, end), new(start, new LocalDate(endYear, wideEndMonth, wideEndDay)));
        }
    }

    /// <summary>A quarter or half of a year, with the year given or, when not, the most recent one started by the anchor.</summary>
    internal sealed class YearFraction(int index, int parts, TimeExpression? year) : TimeExpression
    {
        public override TimePrecision Precision => parts == 4 ? TimePrecision.Quarter : TimePrecision.HalfYear;

        public override Readings Evaluate(LocalDate anchor, TimeResolutionOptions options)
        {
            var months = 12 / parts;
            var firstMonth = ((index - 1) * months) + 1;
            int y;
            if (year is null)
            {
                y = firstMonth <= anchor.Month ? anchor.Year : anchor.Year - 1;
            }
            else
            {
                y = year.Evaluate(anchor, options).Reading.Start!.Value.Year;
            }

            var start = new LocalDate(y, firstMonth, 1);
            return Readings.Exact(new(start, start.PlusMonths(months).PlusDays(-1)));
        }
    }

    /// <summary>
    /// "early 2025", "mid-2024", "late February", "the end of the year": a conventional part of a year or month.
    /// The default, narrowest and widest readings are listed in <c>docs/time-expressions.md</c>.
    /// </summary>
    internal sealed class PartOf(Part part, TimeExpression container) : TimeExpression
    {
        public override TimePrecision Precision => TimePrecision.Vague;

        public override Readings Evaluate(LocalDate anchor, TimeResolutionOptions options)
        {
            var whole = container.Evaluate(anchor, options).Reading;
            var start = whole.Start!.Value;
            var end = whole.End!.Value;
            return container.Precision == TimePrecision.Year ? OfYear(start.Year) : OfMonth(start, end.Day);
        }

        private Readings OfYear(int year)
        {
            TimeInterval Months(int first, int last) => new(new LocalDate(year, first, 1), new LocalDate(year, last, 1).With(DateAdjusters.EndOfMonth));
            return part switch
            {
                Part.Early => new(Months(1, 2), Months(1, 4), Months(1, 6)),
                Part.Mid => new(Months(6, 7), Months(5, 8), Months(4, 9)),
                Part.Late => new(Months(11, 12), Months(9, 12), Months(7, 12)),
                Part.Beginning => new(TimeInterval.ForDay(new LocalDate(year, 1, 1)), Months(1, 1), Months(1, 3)),
                _ => new(TimeInterval.ForDay(new LocalDate(year, 12, 31)), Months(12, 12), Months(10, 12)),
            };
        }

        private Readings OfMonth(LocalDate first, int lastDay)
        {
            TimeInterval Days(int from, int to) => new(first.PlusDays(from - 1), first.PlusDays(to - 1));
            return part switch
            {
                Part.Early => new(Days(1, 7), Days(1, 10), Days(1, 15)),
                Part.Mid => new(Days(13, 18), Days(11, 20), Days(6, 25)),
                Part.Late => new(Days(24, lastDay), Days(21, lastDay), Days(16, lastDay)),
                Part.Beginning => new(Days(1, 1), Days(1, 7), Days(1, 10)),
                _ => new(Days(lastDay, lastDay), Days(lastDay - 6, lastDay), Days(lastDay - 9, lastDay)),
            };
        }
    }

    /// <summary>"January and February": the hull of both.</summary>
    internal sealed class Union(TimeExpression first, TimeExpression second) : TimeExpression
    {
        public override TimePrecision Precision => first.Precision;

        public override Readings Evaluate(LocalDate anchor, TimeResolutionOptions options)
        {
            var a = first.Evaluate(anchor, options);
            var b = second.Evaluate(anchor, options);
            TimeInterval? narrowest = a.Narrowest is { } x && b.Narrowest is { } y ? x.Hull(y) : null;
            var reading = a.Reading.Hull(b.Reading);
            return new(narrowest is { } n && reading.Contains(n) ? n : null, reading, a.Widest.Hull(b.Widest));
        }
    }

    /// <summary>"from X to Y", "between X and Y", "X/Y": every day from the start of X to the end of Y.</summary>
    internal sealed class Span(TimeExpression? from, TimeExpression? to) : TimeExpression
    {
        public override TimePrecision Precision => from?.Precision ?? to?.Precision ?? TimePrecision.Day;

        public override bool IsSpan => true;

        public override Readings Evaluate(LocalDate anchor, TimeResolutionOptions options)
        {
            var start = from?.Evaluate(anchor, options);
            var end = to?.Evaluate(anchor, options);
            if (start is { } s && end is { } e && e.Widest.End < s.Widest.Start)
            {
                throw new TimeExpressionException($"the span ends ({e.Reading}) before it starts ({s.Reading})");
            }

            return Readings.Spanning(start, end, anchor);
        }
    }

    /// <summary>"since November", "since at least November": from the start of X to the anchor.</summary>
    internal sealed class Since(TimeExpression start, bool atLeast) : TimeExpression
    {
        public override TimePrecision Precision => start.Precision;

        public override bool IsSpan => true;

        public override Readings Evaluate(LocalDate anchor, TimeResolutionOptions options)
        {
            var s = start.Evaluate(anchor, options);
            if (s.Reading.Start > anchor)
            {
                throw new TimeExpressionException($"'since' names {s.Reading}, which starts after the anchor {TimeInterval.Format(anchor)}");
            }

            var reading = new TimeInterval(s.Reading.Start, anchor);
            var widest = new TimeInterval(atLeast ? null : s.Widest.Start, anchor);
            var sureStart = s.Widest.End!.Value;
            return new(sureStart <= anchor ? new TimeInterval(sureStart, anchor) : null, reading, widest);
        }
    }

    /// <summary>"by X", "before X", "after X": a moment on the open-ended side of X; "until X": a stretch of time ending with X.</summary>
    internal sealed class Bound(TimeExpression inner, BoundKind kind) : TimeExpression
    {
        public override TimePrecision Precision => inner.Precision;

        public override IsoDayOfWeek? StatedWeekday => inner.StatedWeekday;

        public override bool IsSpan => kind == BoundKind.Until;

        public override Readings Evaluate(LocalDate anchor, TimeResolutionOptions options)
        {
            var x = inner.Evaluate(anchor, options);
            return kind switch
            {
                BoundKind.NotAfter => new(null, new(null, x.Reading.End), new(null, x.Widest.End)),
                BoundKind.Until => Readings.Spanning(null, x),
                BoundKind.Before => new(null, new(null, x.Reading.Start!.Value.PlusDays(-1)), new(null, x.Widest.End!.Value.PlusDays(-1))),
                _ => new(null, new(x.Reading.End!.Value.PlusDays(1), null), new(x.Widest.Start!.Value.PlusDays(1), null)),
            };
        }
    }

    internal enum BoundKind
    {
        NotAfter,
        Until,
        Before,
        After,
    }
}
