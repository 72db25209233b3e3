using System.Collections.Immutable;
using Contradictions.Claims;
using Contradictions.Parsing;
using Contradictions.Time;
using NodaTime;

namespace Contradictions.Mentions;

/// <summary>
/// Finds what claims are made of in running text: every temporal expression, with the extent and type of the TimeML
/// TIMEX3 conventions, resolved against the publication date using its sentence (tense decides whether a bare
/// "Tuesday" or "April" is past or coming; "that day" and "two days later" resolve against the date the text last
/// mentioned, or are left unresolved — never guessed); every quantity with its hedge, scale, unit and the noun it counts
/// (<see cref="QuantityMention"/>); who statements are attributed to, with what they cover (<see cref="AttributionMention"/>);
/// and people named with an office (<see cref="OfficeHolderMention"/>).
/// </summary>
/// <remarks>
/// <para>
/// A linear scan: the text is cut into sentences, each into tokens; at each token that can begin an expression, the
/// longest run of at most <c>8</c> tokens the time-expression parser reads is taken. No regular expression runs on the
/// text. Spans are in UTF-16 code units, end exclusive, as claim spans are.
/// </para>
/// <para>Instances are immutable and safe to share between threads.</para>
/// </remarks>
public sealed class MentionTagger
{
    private const int LongestExpression = 8;

    // Words that can begin an expression the parser reads ("the" only when a time word follows it closely).
    private static readonly HashSet<string> Starters = new(StringComparer.Ordinal)
    {
        "today", "yesterday", "tomorrow", "tonight", "overnight", "now", "recently", "lately", "last", "next", "this", "past",
        "previous", "coming", "early", "earlier", "late", "mid", "middle", "end", "beginning", "start", "so", "weekend", "recent", "currently",
        "spring", "summer", "autumn", "winter", "q", "h", "first", "second", "third", "fourth", "year", "a", "an",
    };

    private static readonly HashSet<string> TimeWords = new(StringComparer.Ordinal)
    {
        "day", "days", "week", "weeks", "month", "months", "year", "years", "weekend", "quarter", "half", "spring", "summer",
        "autumn", "winter", "fall", "morning", "afternoon", "evening", "night", "fortnight",
    };

    // The words an expression can end on (with numbers): a candidate that ends on anything else is not tried.
    private static readonly HashSet<string> Endings = new(StringComparer.Ordinal)
    {
        "day", "days", "week", "weeks", "month", "months", "year", "years", "weekend", "quarter", "half", "spring", "summer",
        "autumn", "winter", "fall", "morning", "afternoon", "evening", "night", "fortnight", "fortnights", "ago", "today",
        "yesterday", "tomorrow", "tonight", "overnight", "now", "currently", "recently", "lately", "far", "date", "present",
        "decade",
    };

    private static readonly HashSet<string> Signals = new(StringComparer.Ordinal)
    {
        "since", "until", "till", "through", "by", "before", "after", "from", "to", "between", "during", "in", "on", "as",
    };

    private static readonly HashSet<string> YearPrepositions = new(StringComparer.Ordinal)
    {
        "in", "since", "by", "until", "till", "of", "from", "during", "before", "after", "to", "through", "and", "between", "year",
    };

    private static readonly HashSet<string> Fillers = new(StringComparer.Ordinal) { "the", "in", "on", "during", "of", "at", "around", "over", "within", "for", "and" };

    private static readonly Dictionary<string, int> DurationUnits = new(StringComparer.Ordinal)
    {
        ["day"] = 1, ["days"] = 1, ["week"] = 7, ["weeks"] = 7, ["month"] = 30, ["months"] = 30, ["year"] = 365, ["years"] = 365,
        ["decade"] = 3650, ["decades"] = 3650, ["hour"] = 0, ["hours"] = 0, ["minute"] = 0, ["minutes"] = 0, ["fortnight"] = 14,
    };

    private static readonly HashSet<string> SetWords = new(StringComparer.Ordinal) { "daily", "weekly", "monthly", "annually", "yearly", "quarterly" };

    private static readonly HashSet<string> FutureCues = new(StringComparer.Ordinal)
    {
        "will", "shall", "'ll", "upcoming", "scheduled", "plans", "plan", "planned", "expected", "intends", "due",
    };

    private static readonly HashSet<string> PastVerbs = new(StringComparer.Ordinal)
    {
        "said", "told", "was", "were", "had", "did", "met", "began", "took", "made", "gave", "held", "fell", "rose", "sold", "won", "lost",
    };

    private readonly TimeExpressionResolver resolver;

    /// <summary>Creates a tagger that resolves times with the given conventions, or the defaults.</summary>
    public MentionTagger(TimeResolutionOptions? options = null)
    {
        resolver = new TimeExpressionResolver(options);
    }

    /// <summary>Finds the mentions of <paramref name="text"/>, in text order.</summary>
    /// <param name="text">The text of an article, a transcript or a generated answer.</param>
    /// <param name="published">When the text was published: relative expressions resolve against it.</param>
    /// <param name="cancellationToken">Stops a long text between sentences.</param>
    public ImmutableArray<Mention> Tag(string text, PartialDate published, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        var mentions = ImmutableArray.CreateBuilder<Mention>();
        ResolvedTime? lastDate = null;
        var times = new List<(int Start, int End)>();
        var quantities = new List<Mention>();

        // One token list for every sentence of the text: a sentence's tokens are done with before the next is cut.
        var tokens = new List<TimeToken>();
        foreach (var (start, end) in Sentences(text))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var first = mentions.Count;
            var sentence = text[start..end];
            TimeToken.Tokenize(sentence, 0, sentence.Length, tokens);
            TagSentence(text, start, sentence, tokens, published, mentions, ref lastDate);

            // Then the quantities, outside the sentence's times (but inside durations: "four years" is both).
            times.Clear();
            for (var k = first; k < mentions.Count; k++)
            {
                if (mentions[k] is TimeMention { Type: not TimeMentionType.Duration } time)
                {
                    times.Add((time.Span.Start - start, time.Span.End - start));
                }
            }

            quantities.Clear();
            QuantityFinder.Find(text, start, sentence, tokens, times, quantities);
            AttributionFinder.Find(text, start, sentence, tokens, quantities);
            OfficeHolderFinder.Find(text, start, sentence, tokens, quantities);
            if (quantities.Count > 0)
            {
                var sentenceMentions = mentions.Skip(first).Concat(quantities).OrderBy(m => m.Span.Start).ThenBy(m => m is TimeMention ? 0 : 1).ToList();
                mentions.Count = first;
                mentions.AddRange(sentenceMentions);
            }
        }

        return mentions.ToImmutable();
    }

    /// <summary>
    /// Sentence ends, linearly: a line break, or '.', '!' or '?' followed by a space and a capital letter, unless the
    /// word before the full stop is a short abbreviation ("Oct.", "Mr.", "U.S.").
    /// </summary>
    internal static IEnumerable<(int Start, int End)> Sentences(string text)
    {
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var end = c == '\n' || (c is '.' or '!' or '?' && i + 2 < text.Length && text[i + 1] == ' ' && char.IsUpper(text[i + 2]) && !(c == '.' && IsAbbreviation(text, i)));
            if (end)
            {
                if (i + 1 > start)
                {
                    yield return (start, i + 1);
                }

                start = i + 1;
            }
        }

        if (start < text.Length)
        {
            yield return (start, text.Length);
        }
    }

    private static bool IsAbbreviation(string text, int dot)
    {
        var k = dot - 1;
        while (k >= 0 && char.IsLetter(text[k]))
        {
            k--;
        }

        var length = dot - k - 1;
        return length is > 0 and <= 4 && char.IsUpper(text[k + 1]) && (length <= 2 || TimeExpressionParser.IsMonthOrWeekday(text.Substring(k + 1, length).ToLowerInvariant()) || text.Substring(k + 1, length) is "Gen" or "Sen" or "Rep" or "Gov" or "Lt" or "Col" or "Capt" or "Sgt");
    }

    /// <summary>Tags the times of one sentence, given its tokens (offsets into the sentence).</summary>
    private void TagSentence(string text, int sentenceStart, string sentence, List<TimeToken> tokens, PartialDate published, ImmutableArray<Mention>.Builder mentions, ref ResolvedTime? lastDate)
    {
        var units = NextUnits(tokens);
        var future = IsAboutTheFuture(tokens);
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            var signal = i > 0 && Signals.Contains(tokens[i - 1].Text) ? tokens[i - 1].Text : null;
            if (Anaphor(sentence, tokens, i, lastDate, units) is { } anaphor)
            {
                mentions.Add(Make(text, sentenceStart, tokens, i, anaphor.Length, TimeMentionType.Date, anaphor.Time, signal));
                lastDate = anaphor.Time ?? lastDate;
                i += anaphor.Length - 1;
                continue;
            }

            if (Clock(tokens, i) is { } clockLength)
            {
                mentions.Add(Make(text, sentenceStart, tokens, i, clockLength, TimeMentionType.Time, null, signal));
                i += clockLength - 1;
                continue;
            }

            if (Set(tokens, i) is { } setLength)
            {
                mentions.Add(Make(text, sentenceStart, tokens, i, setLength, TimeMentionType.Set, null, signal));
                i += setLength - 1;
                continue;
            }

            if (!CanStart(sentence, tokens, i))
            {
                if (Duration(tokens, i, units) is { } numbered)
                {
                    mentions.Add(Make(text, sentenceStart, tokens, i, numbered, TimeMentionType.Duration, null, signal));
                    i += numbered - 1;
                }
                else if (UncountedDuration(tokens, i, units))
                {
                    mentions.Add(Make(text, sentenceStart, tokens, i, 1, TimeMentionType.Duration, null, signal));
                }

                continue;
            }

            var taken = false;
            for (var j = Math.Min(tokens.Count, i + LongestExpression); j > i; j--)
            {
                var last = tokens[j - 1];
                // A bare "year" or "month" is this one to the parser, but in running text it is a noun.
                if (!CanEnd(tokens, j - 1) || !Capitalized(sentence, tokens, i, j) || (j - i == 1 && token.Text is "year" or "month"))
                {
                    continue;
                }

                var candidate = sentence[token.Start..(last.Start + last.Length)];
                if (TimeExpressionParser.TryParse(candidate, Slice(tokens, i, j, token.Start)) is not { } expression)
                {
                    continue;
                }

                if (j - i == 1 && token.IsYear && !LooksLikeAYear(sentence, tokens, i))
                {
                    break;
                }

                // A month name that begins a name ("the May Day Stadium") is no date.
                if ((token.Text == "the" || (i > 0 && tokens[i - 1].Text == "the")) && TimeExpressionParser.IsMonthOrWeekday(last.Text) && j < tokens.Count
                    && tokens[j].Kind == TimeTokenKind.Word && char.IsUpper(sentence[tokens[j].Start]) && !TimeExpressionParser.IsMonthOrWeekday(tokens[j].Text)
                    && tokens[j].Start == last.Start + last.Length + 1)
                {
                    break;
                }

                // "January and February", "from 2009 to 2011", "between 2014 and 2016": two expressions, as TimeML marks
                // them, each read on its own (when each reads as one).
                foreach (var (from, to, partExpression) in Parts(tokens, i, j, sentence, expression))
                {
                    var partText = sentence[tokens[from].Start..(tokens[to - 1].Start + tokens[to - 1].Length)];

                    var read = future && !SaidInThePast(tokens, from) ? partExpression.InFuture() : partExpression;
                    var resolved = resolver.Resolve(ParseResult<TimeExpression>.ForValue(read), partText, published);
                    var time = resolved.TryGetValue(out var value) ? value : null;
                    var type = partExpression is TimeExpression.Trailing ? TimeMentionType.Duration : TimeMentionType.Date;
                    mentions.Add(Make(text, sentenceStart, tokens, from, to - from, type, time, from == i ? signal : tokens[from - 1].Text));
                    if (time is not null && type == TimeMentionType.Date)
                    {
                        lastDate = time;
                    }
                }

                i = j - 1;
                taken = true;
                break;
            }

            if (!taken && Duration(tokens, i, units) is { } durationLength)
            {
                mentions.Add(Make(text, sentenceStart, tokens, i, durationLength, TimeMentionType.Duration, null, signal));
                i += durationLength - 1;
            }
        }
    }

    // The tokens of a candidate, with offsets into the candidate's own text.
    /// <summary>The token ranges a union or a span of two times is marked as, each with its expression: each end, without "from", "between" and the joiner, when each reads as a time; else the whole.</summary>
    private static (int From, int To, TimeExpression Expression)[] Parts(List<TimeToken> tokens, int i, int j, string sentence, TimeExpression expression)
    {
        if (expression is not (TimeExpression.Union or TimeExpression.Span) || j - i < 3)
        {
            return [(i, j, expression)];
        }

        var first = tokens[i].IsWord("from") || tokens[i].IsWord("between") ? i + 1 : i;
        var joiner = tokens.FindIndex(first + 1, j - first - 2, t => t.IsWord("and") || t.IsWord("to") || t.IsWord("until") || t.IsWord("through") || t.IsWord("till"));
        if (joiner < 0)
        {
            return [(i, j, expression)];
        }

        var parts = new (int From, int To, TimeExpression Expression)[2];
        foreach (var (k, from, to) in new[] { (0, first, joiner), (1, joiner + 1, j) })
        {
            if (TimeExpressionParser.TryParse(sentence[tokens[from].Start..(tokens[to - 1].Start + tokens[to - 1].Length)], Slice(tokens, from, to, tokens[from].Start)) is not { } part)
            {
                return [(i, j, expression)];
            }

            parts[k] = (from, to, part);
        }

        return parts;
    }

    private static List<TimeToken> Slice(List<TimeToken> tokens, int from, int to, int offset)
    {
        var slice = new List<TimeToken>(to - from);
        for (var k = from; k < to; k++)
        {
            slice.Add(tokens[k] with { Start = tokens[k].Start - offset });
        }

        return slice;
    }

    /// <summary>
    /// Whether the words just before a time are a past verb ("said on Friday it will…", "announced Tuesday"): the time
    /// belongs to that verb, whatever the rest of the sentence says of the future.
    /// </summary>
    private static bool SaidInThePast(List<TimeToken> tokens, int at)
    {
        for (var k = Math.Max(0, at - 3); k < at; k++)
        {
            var word = tokens[k].Text;
            if (tokens[k].Kind == TimeTokenKind.Word && (PastVerbs.Contains(word) || (word.Length > 4 && word.EndsWith("ed", StringComparison.Ordinal) && word != "expected" && word != "scheduled" && word != "planned")))
            {
                return true;
            }
        }

        return false;
    }

    // An expression ends on a time word, a month or weekday, a year, or a day or quarter number after its month or "Q".
    private static bool CanEnd(List<TimeToken> tokens, int k)
    {
        var token = tokens[k];
        if (token.Kind == TimeTokenKind.Number)
        {
            var before = k > 0 ? tokens[k - 1] : default;
            var twoBefore = k > 1 ? tokens[k - 2] : default;
            return token.IsYear || TimeExpressionParser.IsMonthOrWeekday(before.Text) || before.Text is "q" or "h" ||
                (before.IsSymbol('-') && twoBefore.Kind == TimeTokenKind.Number);
        }

        return token.Kind == TimeTokenKind.Word && (Endings.Contains(token.Text) || TimeExpressionParser.IsMonthOrWeekday(token.Text));
    }

    /// <summary>
    /// Whether a sentence speaks of the future: "will", "shall", "'ll", "going to", "plans to", "is expected to",
    /// "scheduled", "upcoming". Reported speech keeps its own tense ("said the talks will resume Tuesday" is future).
    /// </summary>
    private static bool IsAboutTheFuture(List<TimeToken> tokens)
    {
        for (var k = 0; k < tokens.Count; k++)
        {
            var word = tokens[k].Text;
            if (tokens[k].Kind == TimeTokenKind.Word && (FutureCues.Contains(word) || word.EndsWith("'ll", StringComparison.Ordinal) ||
                (word == "going" && k + 1 < tokens.Count && tokens[k + 1].Text == "to")))
            {
                return true;
            }
        }

        return false;
    }

    private static TimeMention Make(string text, int sentenceStart, List<TimeToken> tokens, int first, int count, TimeMentionType type, ResolvedTime? time, string? signal)
    {
        var start = sentenceStart + tokens[first].Start;
        var last = tokens[first + count - 1];
        var end = sentenceStart + last.Start + last.Length;
        return new TimeMention(new TextSpan(start, end), text[start..end], type, time, signal);
    }

    private static bool CanStart(string sentence, List<TimeToken> tokens, int i)
    {
        var token = tokens[i];
        if (token.Kind == TimeTokenKind.Number)
        {
            // A year, an ISO date, or a day before a month ("24 October 2024").
            return token.IsYear || (i + 1 < tokens.Count && TimeExpressionParser.IsMonthOrWeekday(tokens[i + 1].Text) && char.IsUpper(sentence[tokens[i + 1].Start]));
        }

        if (token.Kind != TimeTokenKind.Word)
        {
            return false;
        }

        if (TimeExpressionParser.IsMonthOrWeekday(token.Text))
        {
            return char.IsUpper(sentence[token.Start]);
        }

        if (token.Text == "the")
        {
            for (var k = i + 1; k < tokens.Count && k <= i + 3; k++)
            {
                if (TimeWords.Contains(tokens[k].Text) || Starters.Contains(tokens[k].Text) && tokens[k].Text is not ("a" or "an" or "the"))
                {
                    return true;
                }
            }

            return false;
        }

        return Starters.Contains(token.Text) || NumberWords.CanStart(token.Text);
    }

    // Month and weekday names are names only when capitalized: "may" and "march" are verbs, "sun" and "sat" words.
    private static bool Capitalized(string sentence, List<TimeToken> tokens, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (TimeExpressionParser.IsMonthOrWeekday(tokens[k].Text) && !char.IsUpper(sentence[tokens[k].Start]))
            {
                return false;
            }
        }

        return true;
    }

    // "in 2008", "2008," or at the end: a year; "2000 troops": a number.
    private static bool LooksLikeAYear(string sentence, List<TimeToken> tokens, int i)
    {
        if (tokens[i].Value is < 1000 or > 2999)
        {
            return false;
        }

        var previous = i > 0 ? tokens[i - 1] : default;
        var next = i + 1 < tokens.Count ? tokens[i + 1] : default;
        if (previous.Kind == TimeTokenKind.Word && YearPrepositions.Contains(previous.Text))
        {
            return true;
        }

        // Right after a name ("Resolution 2231", "Boeing 2707"): a number that is part of the name, not a year — unless
        // it reads as a recent year ("WWDC 2005", "Conference 2010"), which TimeML marks as a date.
        var recent = tokens[i].Value is >= 1900 and <= 2100;
        var afterAName = i > 1 && previous.Kind == TimeTokenKind.Word && char.IsUpper(sentence[previous.Start]) && !TimeExpressionParser.IsMonthOrWeekday(previous.Text)
            && previous.Start + previous.Length < tokens[i].Start && !recent;
        // "the 2024 Comprehensive Strategic Partnership Treaty", "the 2022 World Cup", "the 1991 settlement": a year
        // naming what follows; but "the 2000 troops" counts them.
        var beforeAName = previous.Kind == TimeTokenKind.Word && previous.Text == "the" && next.Kind == TimeTokenKind.Word
            && (char.IsUpper(sentence[next.Start]) || (recent && !next.Text.EndsWith('s')));
        return beforeAName || (!afterAName && (next.Kind != TimeTokenKind.Word || next.Text is "and" or "to"));
    }

    /// <summary>"six weeks", "two years", "a five-year", "41-year", "several months": a count and a unit, not followed by "ago", "later" or "earlier".</summary>
    private static int? Duration(List<TimeToken> tokens, int i, int[] units)
    {
        // Most tokens have no unit word after them: say so before reading any number.
        if (!UnitThenWithin(tokens, i, units, null, null))
        {
            return null;
        }

        var k = i;
        if (tokens[k].Kind == TimeTokenKind.Number)
        {
            k++;
        }
        else
        {
            var words = new List<string>();
            for (var w = k; w < tokens.Count && w < k + 6 && (tokens[w].Kind == TimeTokenKind.Word || tokens[w].IsSymbol('-')); w++)
            {
                words.Add(tokens[w].IsSymbol('-') ? "-" : tokens[w].Text);
            }

            if (words.Count > 0 && words[0] is "several" or "few" or "many")
            {
                k++;
            }
            else if (NumberWords.TryRead(words, 0, out _, out var consumed) && !(consumed == 1 && words[0] is "a" or "an"))
            {
                k += consumed;
            }
            else
            {
                return null;
            }
        }

        if (k < tokens.Count && tokens[k].IsSymbol('-'))
        {
            k++;
        }

        if (k >= tokens.Count || !DurationUnits.ContainsKey(tokens[k].Text))
        {
            return null;
        }

        // "three years ago", "two days later" are dates (anaphors); "five years after the crash" is a duration and its signal.
        var after = k + 1 < tokens.Count ? tokens[k + 1].Text : null;
        return after is "ago" or "later" or "earlier" ? null : k + 1 - i;
    }

    /// <summary>
    /// "for years", "over the decades", "in recent months": a plural unit without a count, which TimeML marks as a
    /// duration of unknown length — only after these words, since "years of war" or "months" alone say nothing of time.
    /// </summary>
    private static bool UncountedDuration(List<TimeToken> tokens, int i, int[] units)
    {
        if (units[i] != i || !tokens[i].Text.EndsWith('s'))
        {
            return false;
        }

        string? Before(int back) => i - back >= 0 && tokens[i - back].Kind == TimeTokenKind.Word ? tokens[i - back].Text : null;
        return Before(1) is "for" or "recent" || (Before(1) == "the" && Before(2) is "over" or "during");
    }

    /// <summary>
    /// "18:00 UTC", "6:40 p.m.", "3 pm", "08:30": a time of day. Its day is the sentence's, which it does not name,
    /// so it has no value here.
    /// </summary>
    private static int? Clock(List<TimeToken> tokens, int i)
    {
        bool IsWord(int k, string word) => k < tokens.Count && tokens[k].IsWord(word);
        if (tokens[i].Kind != TimeTokenKind.Number || tokens[i].Value > 24 || tokens[i].Text.Length > 2)
        {
            return null;
        }

        var k = i + 1;
        var minutes = k + 1 < tokens.Count && tokens[k].IsSymbol(':') && tokens[k + 1].Kind == TimeTokenKind.Number && tokens[k + 1].Text.Length == 2 && tokens[k + 1].Value <= 59;
        if (minutes)
        {
            k += 2;
        }

        var meridiem = (IsWord(k, "a") || IsWord(k, "p")) && IsWord(k + 1, "m") ? 2 : IsWord(k, "am") || IsWord(k, "pm") ? 1 : 0;
        if (meridiem == 0 && !minutes)
        {
            return null;
        }

        k += meridiem;
        if (IsWord(k, "utc") || IsWord(k, "gmt"))
        {
            k++;
        }

        return k - i;
    }

    /// <summary>"every Monday", "each year", "daily", "weekly".</summary>
    private static int? Set(List<TimeToken> tokens, int i)
    {
        var word = tokens[i].Text;
        if (tokens[i].Kind == TimeTokenKind.Word && SetWords.Contains(word))
        {
            return 1;
        }

        return word is "every" or "each" && i + 1 < tokens.Count && (DurationUnits.ContainsKey(tokens[i + 1].Text) || TimeExpressionParser.IsMonthOrWeekday(tokens[i + 1].Text)) ? 2 : null;
    }

    /// <summary>
    /// "that day", "the same day", "the following day", "the next month", "two days later", "a week earlier": a date
    /// relative to the one the text last mentioned; without one it is still a mention, with no value.
    /// </summary>
    private static (int Length, ResolvedTime? Time)? Anaphor(string sentence, List<TimeToken> tokens, int i, ResolvedTime? lastDate, int[] units)
    {
        string? Word(int k) => k < tokens.Count && tokens[k].Kind == TimeTokenKind.Word ? tokens[k].Text : null;
        int length;
        Period? shift;
        string? unitWord = null;
        if ((Word(i), Word(i + 1)) is ("that", "day") or ("that", "week") or ("that", "month") or ("that", "year"))
        {
            (length, shift, unitWord) = (2, Period.Zero, Word(i + 1));
        }
        else if (Word(i) == "the" && Word(i + 1) == "same" && Word(i + 2) is "day" or "week" or "month" or "year")
        {
            (length, shift, unitWord) = (3, Period.Zero, Word(i + 2));
        }
        else if (Word(i) == "the" && Word(i + 1) is "following" or "next" or "previous" && Word(i + 2) is "day" or "week" or "month" or "year")
        {
            var sign = Word(i + 1) == "previous" ? -1 : 1;
            (length, shift, unitWord) = (3, Unit(Word(i + 2)!, sign), Word(i + 2));
        }
        else if (UnitThenWithin(tokens, i, units, "later", "earlier") && Counted(tokens, i) is var (count, consumed) &&
                 Word(i + consumed) is { } unit && DurationUnits.TryGetValue(unit, out var days) && days > 0 && Word(i + consumed + 1) is "later" or "earlier")
        {
            var sign = Word(i + consumed + 1) == "earlier" ? -1 : 1;
            (length, shift) = (consumed + 2, Unit(unit, sign * count));
        }
        else
        {
            return null;
        }

        if (lastDate is not { Reading: { IsSingleDay: true } reading })
        {
            return (length, null);
        }

        // "the following week" is the calendar week after; "two days later" a day.
        var day = reading.Start!.Value.Plus(shift!);
        var words = sentence[tokens[i].Start..(tokens[i + length - 1].Start + tokens[i + length - 1].Length)];
        var (interval, precision) = unitWord switch
        {
            "week" => (new TimeInterval(day.With(DateAdjusters.PreviousOrSame(IsoDayOfWeek.Monday)), day.With(DateAdjusters.NextOrSame(IsoDayOfWeek.Sunday))), TimePrecision.Week),
            "month" => (TimeInterval.ForMonth(day.Year, day.Month), TimePrecision.Month),
            "year" => (TimeInterval.ForYear(day.Year), TimePrecision.Year),
            _ => (TimeInterval.ForDay(day), TimePrecision.Day),
        };
        return (length, ResolvedTime.Exact(interval, precision, words));
    }

    /// <summary>
    /// Whether a duration unit stands within the next few tokens (followed by one of the given words, when given): the
    /// cheap test that spares reading numbers at every token.
    /// </summary>
    /// <summary>Whether a unit word stands within six tokens after <paramref name="i"/> (followed by <paramref name="then"/> or <paramref name="orThen"/>, when given).</summary>
    private static bool UnitThenWithin(List<TimeToken> tokens, int i, int[] units, string? then, string? orThen)
    {
        var k = i + 1 < units.Length ? units[i + 1] : int.MaxValue;
        if (k > i + 6)
        {
            return false;
        }

        if (then is null)
        {
            return true;
        }

        var next = k + 1 < tokens.Count ? tokens[k + 1].Text : null;
        return next == then || next == orThen;
    }

    /// <summary>For each token, the index of the first duration unit word at or after it (<see cref="int.MaxValue"/> for none): one pass a sentence, instead of a look-ahead a token.</summary>
    private static int[] NextUnits(List<TimeToken> tokens)
    {
        var units = new int[tokens.Count];
        var next = int.MaxValue;
        for (var k = tokens.Count - 1; k >= 0; k--)
        {
            if (tokens[k].Kind == TimeTokenKind.Word && DurationUnits.ContainsKey(tokens[k].Text))
            {
                next = k;
            }

            units[k] = next;
        }

        return units;
    }

    private static (int Count, int Consumed)? Counted(List<TimeToken> tokens, int i)
    {
        if (tokens[i].Kind == TimeTokenKind.Number)
        {
            return tokens[i].Value is > 0 and <= 1000 ? (tokens[i].Value, 1) : null;
        }

        var words = new List<string>();
        for (var w = i; w < tokens.Count && w < i + 4 && tokens[w].Kind == TimeTokenKind.Word; w++)
        {
            words.Add(tokens[w].Text);
        }

        if (words is ["a" or "an", ..])
        {
            return (1, 1);
        }

        return NumberWords.TryRead(words, 0, out var value, out var consumed) && value is > 0 and <= 1000 ? ((int)value, consumed) : null;
    }

    private static Period Unit(string unit, int count) => unit.TrimEnd('s') switch
    {
        "day" => Period.FromDays(count),
        "week" => Period.FromWeeks(count),
        "month" => Period.FromMonths(count),
        "fortnight" => Period.FromWeeks(2 * count),
        "decade" => Period.FromYears(10 * count),
        _ => Period.FromYears(count),
    };
}
