using Contradictions.Parsing;
using NodaTime;
using static Contradictions.Time.TimeExpression;

namespace Contradictions.Time;

/// <summary>
/// Parses English time expressions into a <see cref="TimeExpression"/> tree. A hand-written matcher over tokens:
/// linear in the length of the input, and every failure names the part that was not understood.
/// </summary>
internal static class TimeExpressionParser
{
    private static readonly Dictionary<string, int> Months = new(StringComparer.Ordinal)
    {
        ["january"] = 1, ["jan"] = 1, ["february"] = 2, ["feb"] = 2, ["march"] = 3, ["mar"] = 3, ["april"] = 4, ["apr"] = 4,
        ["may"] = 5, ["june"] = 6, ["jun"] = 6, ["july"] = 7, ["jul"] = 7, ["august"] = 8, ["aug"] = 8,
        ["september"] = 9, ["sep"] = 9, ["sept"] = 9, ["october"] = 10, ["oct"] = 10, ["november"] = 11, ["nov"] = 11,
        ["december"] = 12, ["dec"] = 12,
    };

    private static readonly Dictionary<string, IsoDayOfWeek> Weekdays = new(StringComparer.Ordinal)
    {
        ["monday"] = IsoDayOfWeek.Monday, ["mon"] = IsoDayOfWeek.Monday,
        ["tuesday"] = IsoDayOfWeek.Tuesday, ["tue"] = IsoDayOfWeek.Tuesday, ["tues"] = IsoDayOfWeek.Tuesday,
        ["wednesday"] = IsoDayOfWeek.Wednesday, ["wed"] = IsoDayOfWeek.Wednesday,
        ["thursday"] = IsoDayOfWeek.Thursday, ["thu"] = IsoDayOfWeek.Thursday, ["thur"] = IsoDayOfWeek.Thursday, ["thurs"] = IsoDayOfWeek.Thursday,
        ["friday"] = IsoDayOfWeek.Friday, ["fri"] = IsoDayOfWeek.Friday,
        ["saturday"] = IsoDayOfWeek.Saturday, ["sat"] = IsoDayOfWeek.Saturday,
        ["sunday"] = IsoDayOfWeek.Sunday, ["sun"] = IsoDayOfWeek.Sunday,
    };

    private static readonly Dictionary<string, int> Seasons = new(StringComparer.Ordinal)
    {
        ["spring"] = 0, ["summer"] = 1, ["autumn"] = 2, ["fall"] = 2, ["winter"] = 3,
    };

    private static readonly Dictionary<string, Direction> Directions = new(StringComparer.Ordinal)
    {
        ["last"] = Direction.Last, ["past"] = Direction.Last, ["previous"] = Direction.Last, ["this"] = Direction.This,
        ["current"] = Direction.This, ["next"] = Direction.Next, ["coming"] = Direction.Next,
    };

    // "in recent days": the default and widest windows ending at the anchor (docs/time-expressions.md).
    private static readonly Dictionary<string, (Period Reading, Period Widest)> RecentWindows = new(StringComparer.Ordinal)
    {
        ["days"] = (Period.FromWeeks(1), Period.FromWeeks(2)), ["weeks"] = (Period.FromMonths(1), Period.FromMonths(3)),
        ["months"] = (Period.FromMonths(6), Period.FromYears(1)), ["years"] = (Period.FromYears(5), Period.FromYears(10)),
    };

    // "the past few days": a few is read as three units, at widest seven; several as five, at widest nine.
    private static readonly Dictionary<string, (int Reading, int Widest)> VagueCounts = new(StringComparer.Ordinal)
    {
        ["few"] = (3, 7), ["several"] = (5, 9),
    };

    private static readonly Dictionary<string, int> Ordinals = new(StringComparer.Ordinal)
    {
        ["first"] = 1, ["second"] = 2, ["third"] = 3, ["fourth"] = 4,
    };

    private static readonly Dictionary<string, Unit> Units = new(StringComparer.Ordinal)
    {
        ["day"] = Unit.Day, ["days"] = Unit.Day, ["week"] = Unit.Week, ["weeks"] = Unit.Week,
        ["month"] = Unit.Month, ["months"] = Unit.Month, ["year"] = Unit.Year, ["years"] = Unit.Year,
    };

    private static readonly HashSet<string> Fillers = new(StringComparer.Ordinal) { "the", "in", "on", "during", "of", "at", "around", "over", "within", "for" };

    private static readonly HashSet<string> TimesOfDay = new(StringComparer.Ordinal) { "morning", "afternoon", "evening", "night" };

    // Words that qualify a day without changing it: "earlier today", "late yesterday", "earlier Sunday".
    private static readonly HashSet<string> PartsOfADay = new(StringComparer.Ordinal) { "early", "earlier", "late", "later", "mid" };

    // Every word the parser knows, for "did you mean": full names before abbreviations, so that they win ties.
    private static readonly string[] KnownWords =
    [
        .. Months.Keys.Where(k => k.Length > 4), .. Weekdays.Keys.Where(k => k.Length > 4), .. Seasons.Keys, .. Units.Keys,
        .. NumberWords.Vocabulary, "today", "yesterday", "tomorrow", "tonight", "recently", "recent", "weekend", "fortnight",
        "morning", "afternoon", "evening", "night", "earlier", "later", "early", "late", "since", "until", "through",
        "before", "after", "between", "from", "last", "past", "previous", "next", "this", "quarter", "half", "beginning",
        "middle", "end", "ago", "least", "few", "several",
    ];

    public static ParseResult<TimeExpression> Parse(string text) => Parse(text, TimeToken.Tokenize(text));

    /// <summary>Whether a lower-case word names a month or a weekday, in full or abbreviated ("oct", "tues").</summary>
    public static bool IsMonthOrWeekday(string word) => Months.ContainsKey(word) || Weekdays.ContainsKey(word);

    /// <summary>
    /// Parses an expression already tokenized (offsets into <paramref name="text"/>), without saying why it is not one:
    /// the mentions tagger tries many spans of one sentence, most of them no expression, and has no use for the
    /// message ("did you mean" costs an edit distance to every known word).
    /// </summary>
    public static TimeExpression? TryParse(string text, List<TimeToken> tokens) => tokens.Count == 0 ? null : new Cursor(text, tokens).ParseTop();

    /// <summary>Parses an expression already tokenized (offsets into <paramref name="text"/>).</summary>
    public static ParseResult<TimeExpression> Parse(string text, List<TimeToken> tokens)
    {
        if (tokens.Count == 0)
        {
            return ParseResult<TimeExpression>.ForError(new ParseError("The time expression is empty.", text, 0, text.Length));
        }

        var parser = new Cursor(text, tokens);
        var expression = parser.ParseTop();
        return expression is not null
            ? ParseResult<TimeExpression>.ForValue(expression)
            : ParseResult<TimeExpression>.ForError(parser.Error());
    }

    /// <summary>The parsing state over one expression's tokens.</summary>
    private sealed class Cursor(string text, List<TimeToken> tokens)
    {
        // The furthest token any attempted pattern reached: the best guess of where the input stops making sense.
        private int furthest;
        private string? problem;

        public ParseError Error()
        {
            if (problem is not null)
            {
                return new ParseError(problem, text, 0, text.Length);
            }

            var at = Math.Min(furthest, tokens.Count - 1);
            var token = tokens[at];
            var fragment = text.Substring(token.Start, token.Length);
            var suggestion = token.Kind == TimeTokenKind.Word && !KnownWords.Contains(token.Text) ? Spelling.Closest(token.Text, KnownWords) : null;
            var hint = suggestion is null ? "." : $"; did you mean '{suggestion}'?";
            return new ParseError($"Could not understand '{fragment}' in the time expression '{text}'{hint}", text, token.Start, token.Length);
        }

        public TimeExpression? ParseTop()
        {
            var all = new Range(0, tokens.Count);

            // ISO 8601 intervals: 2024-10-01/2024-12-31, ../2024-09-30, 2024-10-01/..
            var slash = tokens.FindIndex(t => t.IsSymbol('/'));
            if (slash >= 0)
            {
                var left = OpenOrCore(new Range(0, slash));
                var right = OpenOrCore(new Range(slash + 1, tokens.Count));
                return left is { } l && right is { } r ? new Span(l.Expression, r.Expression) : null;
            }

            if (StartsWith(all, "as", "of"))
            {
                return Core(new Range(2, tokens.Count));
            }

            if (StartsWith(all, "since", "at", "least"))
            {
                return Core(new Range(3, tokens.Count)) is { } least ? new Since(least, atLeast: true) : null;
            }

            if (StartsWith(all, "since"))
            {
                return Core(new Range(1, tokens.Count)) is { } since ? new Since(since, atLeast: false) : null;
            }

            foreach (var (word, kind) in new[] { ("by", BoundKind.NotAfter), ("until", BoundKind.Until), ("till", BoundKind.Until), ("through", BoundKind.Until), ("before", BoundKind.Before), ("after", BoundKind.After) })
            {
                if (StartsWith(all, word))
                {
                    return Core(new Range(1, tokens.Count)) is { } inner ? new Bound(inner, kind) : null;
                }
            }

            if (StartsWith(all, "from") || StartsWith(all, "between"))
            {
                var joiner = StartsWith(all, "from") ? new[] { "to", "until", "through", "till" } : ["and"];
                var split = tokens.FindIndex(1, t => t.Kind == TimeTokenKind.Word && joiner.Contains(t.Text));
                if (split < 0 && StartsWith(all, "from"))
                {
                    // "from 2025-03-14": open-ended, as {"from": "2025-03-14"} is.
                    return Core(new Range(1, tokens.Count)) is { } start ? new Span(start, null) : null;
                }

                if (split < 0)
                {
                    furthest = tokens.Count;
                    problem = $"'{tokens[0].Text}' needs an end: expected '{tokens[0].Text} X {joiner[0]} Y' in '{text}'.";
                    return null;
                }

                var from = Core(new Range(1, split));
                var to = from is null ? null : Core(new Range(split + 1, tokens.Count));
                return from is not null && to is not null ? new Span(from, to) : null;
            }

            return Core(all);
        }

        private (TimeExpression? Expression, bool Ok)? OpenOrCore(Range range)
        {
            var (offset, length) = range.GetOffsetAndLength(tokens.Count);
            if (length == 0 || (length == 1 && tokens[offset].Text == ".."))
            {
                return (null, true);
            }

            return Core(range) is { } e ? (e, true) : null;
        }

        private bool StartsWith(Range range, params string[] words)
        {
            var (offset, length) = range.GetOffsetAndLength(tokens.Count);
            if (length < words.Length)
            {
                return false;
            }

            for (var i = 0; i < words.Length; i++)
            {
                if (!tokens[offset + i].IsWord(words[i]))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>A single period: a calendar date, a relative reference, or a part of either.</summary>
        private TimeExpression? Core(Range range)
        {
            var (offset, length) = range.GetOffsetAndLength(tokens.Count);
            var t = new List<(TimeToken Token, int Index)>(length);
            for (var i = offset; i < offset + length; i++)
            {
                var token = tokens[i];
                var isHyphenAfterWord = token.IsSymbol('-') && i > offset && tokens[i - 1].Kind == TimeTokenKind.Word;
                var isOrdinalSuffix = token.Kind == TimeTokenKind.Word && token.Text is "st" or "nd" or "rd" or "th" && i > offset && tokens[i - 1].Kind == TimeTokenKind.Number;
                if ((token.Kind == TimeTokenKind.Word && Fillers.Contains(token.Text)) || token.IsSymbol(',') || isHyphenAfterWord || isOrdinalSuffix)
                {
                    continue;
                }

                t.Add((token, i));
            }

            if (t.Count == 0)
            {
                furthest = Math.Max(furthest, offset + length);
                problem ??= $"The time expression '{text}' names no time.";
                return null;
            }

            return Match(t);
        }

        private TimeExpression? Match(List<(TimeToken Token, int Index)> t)
        {
            TimeToken At(int i) => t[i].Token;
            bool Word(int i, string w) => i < t.Count && At(i).IsWord(w);
            int? MonthAt(int i) => i < t.Count && At(i).Kind == TimeTokenKind.Word && Months.TryGetValue(At(i).Text, out var m) ? m : null;
            bool Year(int i) => i < t.Count && At(i).IsYear;
            bool DayNumber(int i) => i < t.Count && At(i).Kind == TimeTokenKind.Number && At(i).Text.Length <= 2 && At(i).Value is >= 1 and <= 31;

            // Reaching token i means everything before it made sense.
            void Reached(int i) => furthest = Math.Max(furthest, i < t.Count ? t[i].Index : tokens.Count);

            int count = t.Count;

            // ISO 8601: yyyy-MM-dd, yyyy-MM, yyyy.
            if (Year(0) && count >= 3 && At(1).IsSymbol('-') && At(2).Kind == TimeTokenKind.Number && At(2).Text.Length == 2)
            {
                var isoEnd = count >= 5 && At(3).IsSymbol('-') ? 5 : 3;
                var isoText = text[At(0).Start..(At(isoEnd - 1).Start + At(isoEnd - 1).Length)];
                var parsed = PartialDate.Parse(isoText);
                if (!parsed.Success)
                {
                    problem = parsed.Error.Message;
                    return null;
                }

                Reached(isoEnd);
                if (isoEnd != count)
                {
                    return null;
                }

                var date = parsed.Value;
                return new Fixed(date.Interval, date.Precision);
            }

            // A word or two that name a day, a night, a weekend or a window ending at the anchor.
            if (Relative(t) is { } relative)
            {
                return relative;
            }

            if (count == 3 && (Word(0, "earlier") || Word(0, "later")) && Word(1, "this") && Units.TryGetValue(At(2).Text, out var restUnit) && restUnit != Unit.Day)
            {
                return new RestOfUnit(restUnit, earlier: Word(0, "earlier"));
            }

            // "so far this year", "this year so far", "year to date": January 1 to the anchor.
            if ((count == 4 && Word(0, "so") && Word(1, "far") && Word(2, "this") && Units.TryGetValue(At(3).Text, out var soFarUnit)) ||
                (count == 4 && Word(0, "this") && Units.TryGetValue(At(1).Text, out soFarUnit) && Word(2, "so") && Word(3, "far")) ||
                (count == 3 && Units.TryGetValue(At(0).Text, out soFarUnit) && Word(1, "to") && Word(2, "date")))
            {
                return soFarUnit == Unit.Day ? new RelativeUnit(Unit.Day, 0) : new RestOfUnit(soFarUnit, earlier: true);
            }

            // "two weeks ago", "3 months ago", "a year ago", "twenty-one days ago", "a fortnight ago".
            if (count >= 3 && Word(count - 1, "ago"))
            {
                Reached(0);
                var n = Count(t, 0, count - 2);
                if (n is not { } agoCount)
                {
                    return null;
                }

                Reached(count - 2);
                return UnitAt(t, count - 2) is { } ago ? new Ago(ago.Unit, agoCount * ago.Multiple) : null;
            }

            // "the past two weeks", "in the last 10 days", "over the past few days", "the past fortnight".
            if (count >= 2 && (Word(0, "past") || Word(0, "last") || Word(0, "previous")) && (count > 2 || UnitAt(t, 1) is { Multiple: > 1 } || Word(0, "past")))
            {
                Reached(1);
                if (count == 3 && VagueCounts.TryGetValue(At(1).Text, out var vague) && UnitAt(t, 2) is { } few)
                {
                    return new Recently(PeriodOf(few.Unit, vague.Reading * few.Multiple), PeriodOf(few.Unit, vague.Widest * few.Multiple));
                }

                var n = count == 2 ? 1 : Count(t, 1, count - 1);
                if (n is not { } trailingCount)
                {
                    return null;
                }

                Reached(count - 1);
                return UnitAt(t, count - 1) is { } trailing ? new Trailing(trailing.Unit, trailingCount * trailing.Multiple) : null;
            }

            // "Friday", "on Friday", "late Wednesday", "earlier Sunday", "last Friday", "next Tuesday", "Friday night".
            {
                var i = 0;
                var direction = Direction.Bare;
                if (At(0).Kind == TimeTokenKind.Word && Directions.TryGetValue(At(0).Text, out var d) && At(0).Text is "last" or "this" or "next")
                {
                    direction = d;
                    i = 1;
                }
                else if (PartsOfADay.Contains(At(0).Text))
                {
                    i = 1;
                }

                Reached(i);
                if (i < count && At(i).Kind == TimeTokenKind.Word && Weekdays.TryGetValue(At(i).Text, out var dow) &&
                    (i + 1 == count || (i + 2 == count && TimesOfDay.Contains(At(i + 1).Text))))
                {
                    return new Weekday(dow, direction);
                }

                // "last June", "next March", "this May".
                if (i == 1 && direction != Direction.Bare && count == 2 && MonthAt(1) is { } namedMonth)
                {
                    return new NamedMonth(namedMonth, direction);
                }
            }

            // Seasons: "summer 2024", "the summer of 2024", "last spring", "this winter", "in the autumn".
            {
                var i = 0;
                var direction = Direction.Bare;
                if (At(0).Kind == TimeTokenKind.Word && Directions.TryGetValue(At(0).Text, out var d) && At(0).Text is "last" or "this" or "next")
                {
                    direction = d;
                    i = 1;
                }

                if (i < count && Seasons.TryGetValue(At(i).Text, out var season))
                {
                    Reached(i + 1);
                    if (i + 1 == count)
                    {
                        return new Season(season, null, direction);
                    }

                    return i == 0 && count == 2 && Year(1) ? new Season(season, At(1).Value, Direction.Bare) : null;
                }
            }

            // Quarters and halves: "Q3 2024", "the third quarter", "the first quarter of 2025", "first half of this year", "H1 2025".
            {
                int? index = null;
                int parts = 0;
                int next = 0;
                if (count >= 2 && At(0).Kind == TimeTokenKind.Word && (At(0).Text is "q" or "h") && At(1).Kind == TimeTokenKind.Number)
                {
                    parts = At(0).Text == "q" ? 4 : 2;
                    index = At(1).Value;
                    next = 2;
                }
                else if (count >= 2 && Ordinals.TryGetValue(At(0).Text, out var ordinal) && (Word(1, "quarter") || Word(1, "half")))
                {
                    parts = Word(1, "quarter") ? 4 : 2;
                    index = ordinal;
                    next = 2;
                }

                if (index is { } k)
                {
                    Reached(next);
                    if (k < 1 || k > parts)
                    {
                        problem = $"'{text}': a year has no {(parts == 4 ? "quarter" : "half")} number {k}.";
                        return null;
                    }

                    if (next == count)
                    {
                        return new YearFraction(k, parts, null);
                    }

                    var yearOf = YearContainer(t, next);
                    return yearOf is null ? null : new YearFraction(k, parts, yearOf);
                }
            }

            // Parts: "early 2025", "mid-2024", "late February", "end of 2024", "the end of the year", "beginning of 2025".
            {
                Part? part = At(0).Kind == TimeTokenKind.Word ? At(0).Text switch
                {
                    "early" => Part.Early,
                    "mid" or "middle" => Part.Mid,
                    "late" => Part.Late,
                    "end" => Part.End,
                    "beginning" or "start" => Part.Beginning,
                    _ => null,
                } : null;
                if (part is { } p && count >= 2)
                {
                    Reached(1);
                    var container = YearContainer(t, 1) ?? MonthContainer(t, 1);
                    return container is null ? null : new PartOf(p, container);
                }
            }

            // "January and February [2025]".
            if (count >= 3 && MonthAt(0) is { } firstMonth && Word(1, "and") && MonthAt(2) is { } secondMonth)
            {
                Reached(3);
                if (count == 3)
                {
                    return new Union(new NamedMonth(firstMonth, Direction.Bare), new NamedMonth(secondMonth, Direction.Bare));
                }

                if (count == 4 && Year(3))
                {
                    return new Union(
                        new Fixed(TimeInterval.ForMonth(At(3).Value, firstMonth), TimePrecision.Month),
                        new Fixed(TimeInterval.ForMonth(At(3).Value, secondMonth), TimePrecision.Month));
                }

                return null;
            }

            // Written dates, with an optional leading weekday.
            {
                var i = 0;
                IsoDayOfWeek? weekday = null;
                if (At(0).Kind == TimeTokenKind.Word && Weekdays.TryGetValue(At(0).Text, out var w) && count > 1)
                {
                    weekday = w;
                    i = 1;
                }

                int? month = null;
                int? day = null;
                if (MonthAt(i) is { } m1 && DayNumber(i + 1))
                {
                    month = m1;
                    day = At(i + 1).Value;
                    i += 2;
                }
                else if (DayNumber(i) && MonthAt(i + 1) is { } m2)
                {
                    month = m2;
                    day = At(i).Value;
                    i += 2;
                }

                if (month is { } mm && day is { } dd)
                {
                    Reached(i);
                    if (i == count)
                    {
                        if (dd > CalendarSystem.Iso.GetDaysInMonth(2024, mm))
                        {
                            problem = $"'{text}': {MonthName(mm)} has no day {dd}.";
                            return null;
                        }

                        return new DayWithoutYear(mm, dd, weekday);
                    }

                    if (i + 1 == count && Year(i))
                    {
                        var year = At(i).Value;
                        if (dd > CalendarSystem.Iso.GetDaysInMonth(year, mm))
                        {
                            problem = $"'{text}': {MonthName(mm)} {year} has no day {dd}.";
                            return null;
                        }

                        return new Fixed(TimeInterval.ForDay(new LocalDate(year, mm, dd)), TimePrecision.Day, weekday);
                    }

                    return null;
                }

                if (weekday is not null)
                {
                    Reached(1);
                    return null;
                }
            }

            // "September", "September 2024", "2024".
            if (MonthAt(0) is { } month0)
            {
                Reached(1);
                if (count == 1)
                {
                    return new NamedMonth(month0, Direction.Bare);
                }

                if (count == 2 && Year(1))
                {
                    return new Fixed(TimeInterval.ForMonth(At(1).Value, month0), TimePrecision.Month);
                }

                return null;
            }

            if (count == 1 && Year(0))
            {
                return At(0).Value >= 1 ? new Fixed(TimeInterval.ForYear(At(0).Value), TimePrecision.Year) : null;
            }

            Reached(0);
            return null;
        }

        /// <summary>One or two words that need nothing more: "today", "last night", "this weekend", "in recent days".</summary>
        private static TimeExpression? Relative(List<(TimeToken Token, int Index)> t)
        {
            if (t.Count > 2 || t.Exists(x => x.Token.Kind != TimeTokenKind.Word))
            {
                return null;
            }

            var first = t[0].Token.Text;
            var second = t.Count == 2 ? t[1].Token.Text : null;
            if (second is null)
            {
                return first switch
                {
                    "today" or "now" or "currently" or "presently" => new RelativeUnit(Unit.Day, 0),
                    "yesterday" => new RelativeUnit(Unit.Day, -1),
                    "tomorrow" => new RelativeUnit(Unit.Day, 1),
                    "tonight" => new Night(0),
                    "overnight" => new Night(-1),
                    "recently" or "lately" => new Recently(),
                    "weekend" => new Weekend(Direction.Bare),
                    "year" => new RelativeUnit(Unit.Year, 0),
                    "month" => new RelativeUnit(Unit.Month, 0),
                    _ => null,
                };
            }

            // "earlier today", "late yesterday", "yesterday morning", "this afternoon".
            var day = first is "today" or "yesterday" or "tomorrow" ? first : PartsOfADay.Contains(first) && second is "today" or "yesterday" or "tomorrow" ? second : null;
            if ((day == first && TimesOfDay.Contains(second) && second != "night") || (day == second && day is not null) || (first == "this" && TimesOfDay.Contains(second) && second != "night"))
            {
                return new RelativeUnit(Unit.Day, (day ?? "today") switch { "yesterday" => -1, "tomorrow" => 1, _ => 0 });
            }

            if ((first, second) is ("last", "night") or ("yesterday", "night"))
            {
                return new Night(-1);
            }

            if ((first, second) is ("so", "far") or ("to", "date") or ("as", "yet") or ("at", "present") or ("right", "now"))
            {
                return new RelativeUnit(Unit.Day, 0);
            }

            if (first == "recent" && RecentWindows.TryGetValue(second, out var window))
            {
                return new Recently(window.Reading, window.Widest);
            }

            if (Directions.TryGetValue(first, out var direction))
            {
                if (second == "weekend")
                {
                    return new Weekend(direction);
                }

                if (second is "year" or "month" or "week" && first is not "past")
                {
                    return new RelativeUnit(Units[second], direction switch { Direction.Last => -1, Direction.Next => 1, _ => 0 });
                }
            }

            return null;
        }

        /// <summary>A unit word and how many of it one counts for ("fortnight" is two weeks).</summary>
        private static (Unit Unit, int Multiple)? UnitAt(List<(TimeToken Token, int Index)> t, int at)
        {
            var word = t[at].Token.Text;
            if (word is "fortnight" or "fortnights")
            {
                return (Unit.Week, 2);
            }

            return t[at].Token.Kind == TimeTokenKind.Word && Units.TryGetValue(word, out var unit) ? (unit, 1) : null;
        }

        /// <summary>A count from 1 to 1,000 over tokens [from, to): digits, or a number in words ("a", "twenty-one").</summary>
        private int? Count(List<(TimeToken Token, int Index)> t, int from, int to)
        {
            if (to - from == 1 && t[from].Token.Kind == TimeTokenKind.Number)
            {
                return t[from].Token.Value is > 0 and <= 1000 ? t[from].Token.Value : Refuse(t[from].Index);
            }

            var words = new List<string>(to - from);
            for (var i = from; i < to; i++)
            {
                words.Add(t[i].Token.IsSymbol('-') ? "-" : t[i].Token.Text);
            }

            if (words is ["a" or "an"])
            {
                return 1;
            }

            return NumberWords.TryRead(words, 0, out var value, out var consumed) && consumed == words.Count && value is > 0 and <= 1000
                ? (int)value
                : Refuse(t[from + Math.Min(consumed, words.Count - 1)].Index);
        }

        private int? Refuse(int tokenIndex)
        {
            furthest = Math.Max(furthest, tokenIndex);
            return null;
        }

        private static Period PeriodOf(Unit unit, int count) => unit switch
        {
            Unit.Day => Period.FromDays(count),
            Unit.Week => Period.FromWeeks(count),
            Unit.Month => Period.FromMonths(count),
            _ => Period.FromYears(count),
        };

        /// <summary>A year: "2024", "this year", "last year", "next year", or a bare "year" meaning the anchor's.</summary>
        private static TimeExpression? YearContainer(List<(TimeToken Token, int Index)> t, int at)
        {
            var rest = t.Count - at;
            if (rest == 1 && t[at].Token.IsYear)
            {
                return new Fixed(TimeInterval.ForYear(t[at].Token.Value), TimePrecision.Year);
            }

            if (rest == 1 && t[at].Token.IsWord("year"))
            {
                return new RelativeUnit(Unit.Year, 0);
            }

            if (rest == 2 && t[at + 1].Token.IsWord("year"))
            {
                return t[at].Token.Text switch
                {
                    "this" => new RelativeUnit(Unit.Year, 0),
                    "last" => new RelativeUnit(Unit.Year, -1),
                    "next" => new RelativeUnit(Unit.Year, 1),
                    _ => null,
                };
            }

            return null;
        }

        /// <summary>A month: "February", "February 2025", "this month", "last month", or a bare "month".</summary>
        private TimeExpression? MonthContainer(List<(TimeToken Token, int Index)> t, int at)
        {
            var rest = t.Count - at;
            var first = t[at].Token;
            if (first.Kind == TimeTokenKind.Word && Months.TryGetValue(first.Text, out var month))
            {
                if (rest == 1)
                {
                    return new NamedMonth(month, Direction.Bare);
                }

                if (rest == 2 && t[at + 1].Token.IsYear)
                {
                    return new Fixed(TimeInterval.ForMonth(t[at + 1].Token.Value, month), TimePrecision.Month);
                }
            }

            if (rest == 1 && first.IsWord("month"))
            {
                return new RelativeUnit(Unit.Month, 0);
            }

            if (rest == 2 && t[at + 1].Token.IsWord("month"))
            {
                return first.Text switch
                {
                    "this" => new RelativeUnit(Unit.Month, 0),
                    "last" => new RelativeUnit(Unit.Month, -1),
                    "next" => new RelativeUnit(Unit.Month, 1),
                    _ => null,
                };
            }

            furthest = Math.Max(furthest, t[at].Index);
            return null;
        }

        private static string MonthName(int month) => System.Globalization.CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(month);
    }
}
