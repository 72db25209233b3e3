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

    private static readonly Dictionary<string, int> Counts = new(StringComparer.Ordinal)
    {
        ["a"] = 1, ["an"] = 1, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6,
        ["seven"] = 7, ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12,
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

    private static readonly HashSet<string> Fillers = new(StringComparer.Ordinal) { "the", "in", "on", "during", "of", "at", "around" };

    private static readonly HashSet<string> TimesOfDay = new(StringComparer.Ordinal) { "morning", "afternoon", "evening", "night" };

    public static ParseResult<TimeExpression> Parse(string text)
    {
        var tokens = TimeToken.Tokenize(text);
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
            return new ParseError($"Could not understand '{fragment}' in the time expression '{text}'.", text, token.Start, token.Length);
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

            // Relative words.
            if (count == 1 && At(0).Kind == TimeTokenKind.Word)
            {
                switch (At(0).Text)
                {
                    case "today": return new RelativeUnit(Unit.Day, 0);
                    case "yesterday": return new RelativeUnit(Unit.Day, -1);
                    case "tomorrow": return new RelativeUnit(Unit.Day, 1);
                    case "recently" or "lately": return new Recently();
                    case "year": return new RelativeUnit(Unit.Year, 0);
                    case "month": return new RelativeUnit(Unit.Month, 0);
                }
            }

            if (count == 2 && At(0).Kind == TimeTokenKind.Word && At(1).Kind == TimeTokenKind.Word && Units.TryGetValue(At(1).Text, out var relUnit) && At(1).Text is "year" or "month" or "week")
            {
                switch (At(0).Text)
                {
                    case "this" or "current": return new RelativeUnit(relUnit, 0);
                    case "last" or "past" or "previous": return new RelativeUnit(relUnit, -1);
                    case "next" or "coming": return new RelativeUnit(relUnit, 1);
                }
            }

            if (count == 3 && (Word(0, "earlier") || Word(0, "later")) && Word(1, "this") && Units.TryGetValue(At(2).Text, out var restUnit) && restUnit != Unit.Day)
            {
                return new RestOfUnit(restUnit, earlier: Word(0, "earlier"));
            }

            // "two weeks ago", "3 months ago", "a year ago".
            if (count == 3 && Word(2, "ago") && Units.TryGetValue(At(1).Text, out var agoUnit))
            {
                var n = At(0).Kind == TimeTokenKind.Number ? At(0).Value : Counts.GetValueOrDefault(At(0).Text);
                if (n is > 0 and <= 1000)
                {
                    return new Ago(agoUnit, n);
                }

                Reached(0);
                return null;
            }

            // "Friday", "on Friday", "late Wednesday", "last Friday", "Friday night".
            {
                var i = 0;
                var strictly = false;
                if (Word(0, "last"))
                {
                    strictly = true;
                    i = 1;
                }
                else if (Word(0, "early") || Word(0, "late") || Word(0, "mid"))
                {
                    i = 1;
                }

                if (i < count && At(i).Kind == TimeTokenKind.Word && Weekdays.TryGetValue(At(i).Text, out var dow) &&
                    (i + 1 == count || (i + 2 == count && TimesOfDay.Contains(At(i + 1).Text))))
                {
                    return new Weekday(dow, strictly);
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
                    return new Union(new MonthWithoutYear(firstMonth), new MonthWithoutYear(secondMonth));
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
                    return new MonthWithoutYear(month0);
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
                    return new MonthWithoutYear(month);
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
