using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Contradictions.Mentions;
using Contradictions.Time;

namespace Contradictions.Benchmarks;

/// <summary>
/// <c>timex &lt;file.jsonl&gt;</c>: the time tagger measured as TempEval-3 measures it, on development data kept outside
/// the repository (one JSON object a line: <c>published</c>, <c>text</c>, and gold <c>timex3</c> with <c>start</c>,
/// <c>end</c>, <c>type</c>, <c>value</c>). Strict spans must match exactly, relaxed ones overlap; a value is correct when
/// the resolved interval written as a TimeML value (a day, month, year, quarter, week) equals the gold one.
/// </summary>
internal static class TimexEvaluation
{
    public static int Run(string[] args)
    {
        if (args.Length < 1 || !File.Exists(args[0]))
        {
            Console.Error.WriteLine("usage: timex <file.jsonl> [--errors N]");
            return 2;
        }

        var showErrors = args.Length >= 3 && args[1] == "--errors" ? int.Parse(args[2], CultureInfo.InvariantCulture) : 0;
        var tagger = new MentionTagger();
        int gold = 0, found = 0, strict = 0, relaxed = 0, typed = 0, valued = 0, valueCorrect = 0, goldValued = 0;
        int goldNumbers = 0, foundNumbers = 0, strictNumbers = 0, relaxedNumbers = 0;
        var missedNumbers = new List<string>();
        long characters = 0;
        var watch = new Stopwatch();
        var missed = new List<string>();
        var spurious = new List<string>();
        var wrongValues = new List<string>();

        foreach (var line in File.ReadLines(args[0]))
        {
            using var document = JsonDocument.Parse(line);
            var root = document.RootElement;
            var text = root.GetProperty("text").GetString()!;
            var publishedText = root.TryGetProperty("published", out var p) && p.ValueKind == JsonValueKind.String ? p.GetString() : null;
            var published = publishedText is not null && PartialDate.Parse(publishedText) is { Success: true } parsed ? parsed.Value : PartialDate.FromYear(2008);
            characters += text.Length;
            watch.Start();
            var tagged = tagger.Tag(text, published);
            watch.Stop();
            var all = tagged.OfType<TimeMention>().ToList();

            // MEANTIME annotates the title, the dateline and the first sentences of each article (its last gold mention
            // is on line 6 at most): what the tagger finds further on is not scored.
            var annotatedEnd = NthLineEnd(text, AnnotatedLines);
            var mentions = all.Where(m => m.Span.Start < annotatedEnd).ToList();
            var golds = root.GetProperty("timex3").EnumerateArray()
                .Select(t => (Start: t.GetProperty("start").GetInt32(), End: t.GetProperty("end").GetInt32(), Type: t.GetProperty("type").GetString()!, Value: t.GetProperty("value").GetString()!, Text: t.GetProperty("text").GetString()!))
                .ToList();
            gold += golds.Count;
            found += mentions.Count;
            goldValued += golds.Count(g => g.Type == "DATE" && IsCalendarValue(g.Value));
            var used = new HashSet<int>();
            foreach (var g in golds)
            {
                var match = mentions.FindIndex(m => !used.Contains(mentions.IndexOf(m)) && m.Span.Start < g.End && g.Start < m.Span.End);
                if (match < 0)
                {
                    missed.Add($"{g.Text} [{g.Type} {g.Value}]");
                    continue;
                }

                used.Add(match);
                var m = mentions[match];
                relaxed++;
                strict += m.Span.Start == g.Start && m.Span.End == g.End ? 1 : 0;
                typed += string.Equals(m.Type.ToString(), g.Type, StringComparison.OrdinalIgnoreCase) ? 1 : 0;
                if (g.Type == "DATE" && IsCalendarValue(g.Value))
                {
                    var value = m.Time is { } time ? TimeMlValue(time.Reading) : null;
                    valued += value is null ? 0 : 1;
                    if (value == g.Value)
                    {
                        valueCorrect++;
                    }
                    else
                    {
                        wrongValues.Add($"{g.Text} → {value ?? "none"}, gold {g.Value} (published {publishedText})");
                    }
                }
            }

            for (var k = 0; k < mentions.Count; k++)
            {
                if (!used.Contains(k))
                {
                    spurious.Add(mentions[k].Text);
                }
            }

            // Quantities against MEANTIME's numeric values (QUANTITY, MONEY, PERCENT), in the same annotated lines.
            var quantities = tagged.OfType<QuantityMention>().Where(m => m.Span.Start < annotatedEnd).ToList();
            var numbers = root.GetProperty("values").EnumerateArray()
                .Select(v => (Start: v.GetProperty("start").GetInt32(), End: v.GetProperty("end").GetInt32(), Text: v.GetProperty("text").GetString()!, Type: v.GetProperty("type").GetString()!))
                .Where(v => v.Start < annotatedEnd)
                .ToList();
            goldNumbers += numbers.Count;
            foundNumbers += quantities.Count;
            foreach (var v in numbers)
            {
                var match = quantities.Find(m => m.Span.Start < v.End && v.Start < m.Span.End);
                if (match is null)
                {
                    missedNumbers.Add($"{v.Text} [{v.Type}]");
                    continue;
                }

                relaxedNumbers++;
                strictNumbers += match.Span.Start == v.Start && match.Span.End == v.End ? 1 : 0;
            }
        }

        static double F1(double p, double r) => p + r == 0 ? 0 : 2 * p * r / (p + r);
        double P(int n) => found == 0 ? 0 : (double)n / found;
        double R(int n) => gold == 0 ? 0 : (double)n / gold;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"gold {gold}, found {found}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"strict span:  P {P(strict):P1}  R {R(strict):P1}  F1 {F1(P(strict), R(strict)):P1}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"relaxed span: P {P(relaxed):P1}  R {R(relaxed):P1}  F1 {F1(P(relaxed), R(relaxed)):P1}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"type accuracy on matched: {(double)typed / Math.Max(1, relaxed):P1}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"value (calendar DATEs: {goldValued} gold): correct {valueCorrect}, accuracy on matched {(double)valueCorrect / Math.Max(1, valued + wrongValues.Count(w => w.Contains("→ none", StringComparison.Ordinal))):P1}, recall {(double)valueCorrect / Math.Max(1, goldValued):P1}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"quantities (gold values {goldNumbers}, found {foundNumbers}): found {(double)relaxedNumbers / Math.Max(1, goldNumbers):P1} of the values (overlapping), {(double)strictNumbers / Math.Max(1, goldNumbers):P1} with the same span; precision (overlapping) {(double)relaxedNumbers / Math.Max(1, foundNumbers):P1}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"speed: {characters / 1e6 / Math.Max(1e-9, watch.Elapsed.TotalSeconds):0.0} MB/s of text ({characters:N0} characters in {watch.Elapsed.TotalMilliseconds:0} ms, one thread, first run included)"));
        // Warm throughput: every text tagged again ten times.
        var texts = File.ReadLines(args[0]).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("text").GetString()!).ToList();
        var warm = Stopwatch.StartNew();
        for (var round = 0; round < 10; round++)
        {
            foreach (var t in texts)
            {
                tagger.Tag(t, PartialDate.FromYear(2008));
            }
        }

        warm.Stop();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"speed, warm: {characters * 10 / 1e6 / warm.Elapsed.TotalSeconds:0.0} MB/s of text (one thread)"));
        if (showErrors > 0)
        {
            Console.WriteLine("missed: " + string.Join(" | ", missed.Take(showErrors)));
            Console.WriteLine("missed values: " + string.Join(" | ", missedNumbers.Take(showErrors)));
            Console.WriteLine("spurious: " + string.Join(" | ", spurious.Take(showErrors)));
            Console.WriteLine("wrong values: " + string.Join(" | ", wrongValues.Take(showErrors)));
        }

        return 0;
    }

    private const int AnnotatedLines = 7;

    private static int NthLineEnd(string text, int lines)
    {
        var at = 0;
        for (var k = 0; k < lines; k++)
        {
            var next = text.IndexOf('\n', at);
            if (next < 0)
            {
                return text.Length;
            }

            at = next + 1;
        }

        return at;
    }

    // Values that name calendar days: not PAST_REF, durations or unknown (XXXX) values.
    private static bool IsCalendarValue(string value) => value.Length >= 4 && char.IsAsciiDigit(value[0]) && !value.Contains('X', StringComparison.Ordinal) && !value.Contains('T', StringComparison.Ordinal);

    /// <summary>The TimeML value of a calendar interval: a day, an ISO week, a month, a quarter, a half or a year; else null.</summary>
    private static string? TimeMlValue(TimeInterval interval)
    {
        if (interval.Start is not { } start || interval.End is not { } end)
        {
            return null;
        }

        if (start == end)
        {
            return start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }

        if (start.Day == 1 && end == start.With(NodaTime.DateAdjusters.EndOfMonth))
        {
            return start.ToString("yyyy-MM", CultureInfo.InvariantCulture);
        }

        if (start.Day == 1 && start.Month == 1 && end.Month == 12 && end.Day == 31 && end.Year == start.Year)
        {
            return start.Year.ToString(CultureInfo.InvariantCulture);
        }

        if (start.Day == 1 && (start.Month - 1) % 3 == 0 && end == start.PlusMonths(3).PlusDays(-1))
        {
            return string.Create(CultureInfo.InvariantCulture, $"{start.Year}-Q{((start.Month - 1) / 3) + 1}");
        }

        if (start.Day == 1 && (start.Month - 1) % 6 == 0 && end == start.PlusMonths(6).PlusDays(-1))
        {
            return string.Create(CultureInfo.InvariantCulture, $"{start.Year}-H{((start.Month - 1) / 6) + 1}");
        }

        if (start.DayOfWeek == NodaTime.IsoDayOfWeek.Monday && end == start.PlusDays(6))
        {
            return string.Create(CultureInfo.InvariantCulture, $"{NodaTime.Calendars.WeekYearRules.Iso.GetWeekYear(start)}-W{NodaTime.Calendars.WeekYearRules.Iso.GetWeekOfWeekYear(start):00}");
        }

        return null;
    }
}
