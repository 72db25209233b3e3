using Contradictions.Claims;
using Contradictions.Parsing;
using Contradictions.Quantities;
using Contradictions.Time;

namespace Contradictions.Mentions;

/// <summary>
/// Finds the quantities of a sentence: at each number (digits, or a number word), the longest run around it that the
/// claim format's <see cref="QuantityParser"/> reads — up to three words before it (a hedge: "more than", "around",
/// "between") and up to six after it (a scale word, a unit, "and 5,000" of a range) — then the words it counts.
/// Years, dates and clock times (numbers inside a time mention that is not a duration), ordinals and numbers that are
/// names ("Resolution 2231", "Su-27") are not quantities. Linear in the sentence: at most 4 × 7 parses of a few words
/// per number.
/// </summary>
internal static class QuantityFinder
{
    private const int WordsBefore = 3, TokensAfter = 6, NounWords = 4;

    private static readonly QuantityParser Parser = new() { SuggestUnits = false };

    // Words that end the noun a quantity counts: function words and the verbs that follow a subject.
    private static readonly HashSet<string> NounStops = new(StringComparer.Ordinal)
    {
        "the", "a", "an", "and", "or", "but", "to", "in", "on", "at", "by", "for", "with", "from", "as", "than", "that", "which", "who",
        "were", "was", "are", "is", "be", "been", "have", "has", "had", "will", "would", "could", "may", "might", "can", "said",
        "say", "says", "according", "since", "until", "after", "before", "during", "while", "per", "each", "more", "less", "over",
        "under", "about", "around", "into", "onto", "of", "this", "these", "those", "its", "their", "his", "her", "our", "it",
        "they", "he", "she", "we", "there", "here", "ago", "earlier", "later", "last", "next", "also", "not", "no",
    };

    private static readonly HashSet<string> Ordinals = new(StringComparer.Ordinal) { "st", "nd", "rd", "th" };

    // The words a hedge or a range is made of: only these are tried before a number.
    private static readonly HashSet<string> HedgeWords = new(StringComparer.Ordinal)
    {
        "about", "around", "approximately", "approx", "roughly", "some", "nearly", "almost", "close", "to", "more", "less", "fewer",
        "than", "at", "least", "most", "up", "over", "above", "under", "below", "between", "an", "estimated", "exactly", "precisely",
        "no", "in", "excess", "of", "upwards", "a", "minimum", "maximum", "circa", "ca",
    };

    // What may follow a number inside a quantity: scale words, "and"/"to" of a range, "of" after "half".
    private static readonly HashSet<string> AfterWords = new(StringComparer.Ordinal)
    {
        "hundred", "thousand", "million", "billion", "trillion", "k", "m", "mn", "bn", "dozen", "and", "to", "of", "percent", "per", "cent",
    };

    public static void Find(string text, int sentenceStart, string sentence, List<TimeToken> tokens, List<(int Start, int End)> times, List<Mention> found)
    {
        var time = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            // The times are in text order, as the numbers are: one pointer walks them (linear in a long sentence).
            while (time < times.Count && times[time].End <= tokens[i].Start)
            {
                time++;
            }

            var insideTime = time < times.Count && times[time].Start <= tokens[i].Start;
            if (!IsNumberStart(tokens, i) || insideTime || IsName(sentence, tokens, i))
            {
                continue;
            }

            if (Longest(sentence, tokens, i) is not { } best)
            {
                continue;
            }

            var (from, to, quantity) = best;

            // "from 6 to 8 kilometres": the range's "from" belongs to it, as "between" does.
            if (quantity.Maximum is not null && from > 0 && tokens[from - 1].IsWord("from"))
            {
                from--;
            }

            var start = tokens[from].Start;
            var end = tokens[to - 1].Start + tokens[to - 1].Length;
            // Only counts and money count something ("soldiers", "in aid"); "130 km long" has no noun.
            var noun = quantity.Unit.Dimension is Dimension.Count or Dimension.Currency ? Noun(sentence, tokens, to, quantity.Unit.Dimension == Dimension.Currency) : null;
            if (IsBareYear(tokens, from, to, noun))
            {
                continue;
            }

            found.Add(new QuantityMention(new TextSpan(sentenceStart + start, sentenceStart + end), text[(sentenceStart + start)..(sentenceStart + end)], quantity, noun));
            i = to - 1;
        }
    }

    private static bool IsNumberStart(List<TimeToken> tokens, int i)
    {
        var token = tokens[i];
        if (token.Kind == TimeTokenKind.Number)
        {
            // Not the thousands or decimals of a number already begun, nor an ordinal ("3rd").
            var continues = i >= 2 && tokens[i - 2].Kind == TimeTokenKind.Number && (tokens[i - 1].IsSymbol(',') || tokens[i - 1].IsSymbol('.')) && tokens[i - 1].Start == tokens[i - 2].Start + tokens[i - 2].Length;
            var ordinal = i + 1 < tokens.Count && tokens[i + 1].Kind == TimeTokenKind.Word && Ordinals.Contains(tokens[i + 1].Text) && tokens[i + 1].Start == token.Start + token.Length;
            return !continues && !ordinal;
        }

        return token.Kind == TimeTokenKind.Word && (NumberWords.CanStart(token.Text) && token.Text is not ("a" or "an") || token.Text is "dozens" or "hundreds" or "thousands" or "millions" or "billions" or "half" or "dozen");
    }

    /// <summary>A number right after a capitalised word or a hyphen, not a hedge: a name ("Resolution 2231", "Su-27", "G7").</summary>
    private static bool IsName(string sentence, List<TimeToken> tokens, int i)
    {
        if (tokens[i].Kind != TimeTokenKind.Number || i == 0)
        {
            return false;
        }

        var before = tokens[i - 1];
        if (before.IsSymbol('-') && before.Start + before.Length == tokens[i].Start)
        {
            return i >= 2 && tokens[i - 2].Kind == TimeTokenKind.Word;
        }

        return before.Kind == TimeTokenKind.Word && i > 1 && char.IsUpper(sentence[before.Start]) && !TimeExpressionParser.IsMonthOrWeekday(before.Text)
            && before.Start + before.Length <= tokens[i].Start;
    }

    /// <summary>The longest run around the number at <paramref name="at"/> that parses as a quantity, as token bounds.</summary>
    private static (int From, int To, Quantity Quantity)? Longest(string sentence, List<TimeToken> tokens, int at)
    {
        var firstEnd = NumberEnd(tokens, at);

        // Only words a hedge is made of are tried before the number, and only what a quantity's tail is made of after
        // it (numbers, scale words, units, "and"/"to" of a range): most numbers are parsed once or twice.
        var earliest = at;
        while (earliest > 0 && at - earliest < WordsBefore && tokens[earliest - 1].Kind == TimeTokenKind.Word && HedgeWords.Contains(tokens[earliest - 1].Text))
        {
            earliest--;
        }

        var latest = firstEnd;
        while (latest < tokens.Count && latest - firstEnd < TokensAfter && CanFollow(tokens[latest]))
        {
            latest++;
        }

        for (var before = at - earliest; before >= 0; before--)
        {
            var from = at - before;
            if (before > 0 && !char.IsLower(sentence[tokens[from].Start]) && from > 0)
            {
                continue;
            }

            for (var to = latest; to >= firstEnd; to--)
            {
                var start = from > 0 && tokens[from - 1].IsSymbol('$') ? tokens[from - 1].Start : tokens[from].Start;
                var end = tokens[to - 1].Start + tokens[to - 1].Length;
                // The span is the quantity; what it counts ("troops", "of") is left to the noun after it.
                var last = tokens[to - 1];
                if (to > firstEnd && ((last.Kind == TimeTokenKind.Word && last.Text is "of" or "in" or "and" or "to") || (last.Kind == TimeTokenKind.Symbol && last.Text != "%")))
                {
                    continue;
                }

                var candidate = sentence[start..end];
                if (Parser.Parse(candidate).TryGetValue(out var quantity) && !(to > firstEnd && last.Kind == TimeTokenKind.Word && quantity.Noun is not null))
                {
                    return (start == tokens[from].Start ? from : from - 1, to, quantity);
                }
            }
        }

        return null;
    }

    private static bool CanFollow(TimeToken token) => token.Kind switch
    {
        TimeTokenKind.Number => true,
        TimeTokenKind.Symbol => token.Text is "," or "." or "%" or "-" or "–",
        _ => AfterWords.Contains(token.Text) || UnitCatalog.Default.TryGetUnit(token.Text, out _),
    };

    /// <summary>The token after the number that starts at <paramref name="at"/>: past its thousands ("11,000") and decimals ("1.2").</summary>
    private static int NumberEnd(List<TimeToken> tokens, int at)
    {
        var k = at + 1;
        while (k + 1 < tokens.Count && tokens[at].Kind == TimeTokenKind.Number && (tokens[k].IsSymbol(',') || tokens[k].IsSymbol('.'))
            && tokens[k + 1].Kind == TimeTokenKind.Number && tokens[k].Start == tokens[k - 1].Start + tokens[k - 1].Length && tokens[k + 1].Start == tokens[k].Start + 1)
        {
            k += 2;
        }

        return k;
    }

    /// <summary>The words the quantity counts: up to four after it, to the first function word or verb ("soldiers were…").</summary>
    private static string? Noun(string sentence, List<TimeToken> tokens, int after, bool currency)
    {
        var k = after;
        if (k + 1 < tokens.Count && tokens[k].Text is "of" || (currency && k + 1 < tokens.Count && tokens[k].Text == "in"))
        {
            k++;
        }

        var first = k;
        // A past-tense verb after the noun's first word ends it ("troops arrived"); as its first word it is the noun ("injured").
        while (k < tokens.Count && k - first < NounWords && tokens[k].Kind == TimeTokenKind.Word && !NounStops.Contains(tokens[k].Text)
            && !(k > first && (tokens[k].Text.EndsWith("ed", StringComparison.Ordinal) || tokens[k].Text is "fell" or "rose" or "fled" or "left" or "went" or "came")))
        {
            k++;
        }

        return k == first ? null : sentence[tokens[first].Start..(tokens[k - 1].Start + tokens[k - 1].Length)];
    }

    /// <summary>A four-digit number from 1000 to 2100 with no hedge, scale, unit or noun: a year the time scan did not take.</summary>
    private static bool IsBareYear(List<TimeToken> tokens, int from, int to, string? noun) =>
        to - from == 1 && tokens[from] is { Kind: TimeTokenKind.Number, Length: 4, Value: >= 1000 and <= 2100 } && noun is null;
}
