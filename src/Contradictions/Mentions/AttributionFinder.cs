using Contradictions.Claims;
using Contradictions.Time;

namespace Contradictions.Mentions;

/// <summary>
/// Finds who the statements of a sentence are attributed to: "according to X" (what it covers is the rest of the
/// sentence on the other side of its comma), and "X said/says/reported/estimated…" with X a run of capitalised words
/// or a word for a body ("officials", "the ministry"): what it covers is what follows the verb ("… said that …") or,
/// when the verb ends the sentence ("…, the JCS said."), what comes before it. Linear in the sentence.
/// </summary>
internal static class AttributionFinder
{
    // A speaker before a verb is a short name; "according to" may name a longer one ("a recent report from the British
    // Ministry of Defense").
    private const int LongestSource = 8, LongestAccordingTo = 14;

    // Words a name does not end on ("the British Ministry of" is cut short, not a body).
    private static readonly HashSet<string> Dangling = new(StringComparer.Ordinal) { "of", "the", "and", "from", "a", "an", "to", "for", "in", "by" };

    private static readonly HashSet<string> Verbs = new(StringComparer.Ordinal)
    {
        "said", "says", "say", "reported", "reports", "report", "estimated", "estimates", "estimate", "told", "announced",
        "announces", "claimed", "claims", "stated", "states", "confirmed", "confirms", "warned", "warns", "added", "noted",
    };

    // Lower-case words that name a body or a speaker ("Ukrainian officials say", "the ministry said").
    private static readonly HashSet<string> BodyWords = new(StringComparer.Ordinal)
    {
        "officials", "official", "spokesman", "spokeswoman", "spokesperson", "sources", "ministry", "agency", "government",
        "military", "police", "analysts", "experts", "authorities", "intelligence", "army", "office", "service", "command",
        "staff", "chiefs", "of", "and",
    };

    // Words that are capitalised only because they begin the sentence, and times: never part of a speaker's name.
    private static readonly HashSet<string> NotNames = new(StringComparer.Ordinal)
    {
        "in", "on", "at", "the", "a", "an", "but", "and", "or", "so", "last", "this", "yesterday", "today", "earlier", "later",
        "meanwhile", "however", "also", "then", "when", "while", "after", "before", "as", "it", "he", "she", "they", "we", "i",
        "both", "either", "neither",
    };

    public static void Find(string text, int sentenceStart, string sentence, List<TimeToken> tokens, List<Mention> found)
    {
        var firstContent = tokens.FindIndex(t => !IsPause(t));
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].IsWord("according") && i + 1 < tokens.Count && tokens[i + 1].IsWord("to"))
            {
                var end = i + 2;
                while (end < tokens.Count && end - (i + 2) < LongestAccordingTo && !IsPause(tokens[end]))
                {
                    end++;
                }

                while (end > i + 2 && tokens[end - 1].Kind == TimeTokenKind.Word && Dangling.Contains(tokens[end - 1].Text))
                {
                    end--;
                }

                // "according to estimates", "according to reports": no one is named.
                if (end == i + 2 || !Enumerable.Range(i + 2, end - i - 2).Any(k => tokens[k].Kind == TimeTokenKind.Word && (char.IsUpper(sentence[tokens[k].Start]) || BodyWords.Contains(tokens[k].Text) && !Dangling.Contains(tokens[k].Text))))
                {
                    continue;
                }

                var source = Slice(sentence, tokens, i + 2, end);
                var covers = i <= firstContent
                    ? Trim(sentence, end < tokens.Count ? tokens[end].Start + tokens[end].Length : sentence.Length, sentence.Length)
                    : Trim(sentence, 0, tokens[i].Start);
                Add(text, sentenceStart, sentence, tokens, i, end, source, covers, found);
                i = end - 1;
                continue;
            }

            if (tokens[i].Kind != TimeTokenKind.Word || !Verbs.Contains(tokens[i].Text) || i == 0)
            {
                continue;
            }

            // The speaker: the capitalised words and body words just before the verb, with a "the" before them.
            var first = i;
            var named = false;
            while (first > 0 && i - first < LongestSource && tokens[first - 1].Kind == TimeTokenKind.Word
                && (!NotNames.Contains(tokens[first - 1].Text) || JoinsTwoNames(sentence, tokens, first - 1)) && !TimeExpressionParser.IsMonthOrWeekday(tokens[first - 1].Text)
                && (char.IsUpper(sentence[tokens[first - 1].Start]) || BodyWords.Contains(tokens[first - 1].Text)))
            {
                first--;
                named |= char.IsUpper(sentence[tokens[first].Start]) || tokens[first].Text is "officials" or "ministry" or "agency" or "government" or "military" or "police" or "authorities";
            }

            if (first == i || !named)
            {
                continue;
            }

            if (first > 0 && tokens[first - 1].IsWord("the"))
            {
                first--;
            }

            var speaker = Slice(sentence, tokens, first, i);
            var endsTheClause = i + 1 >= tokens.Count || IsPause(tokens[i + 1]);
            var coversFrom = i + 1 < tokens.Count && tokens[i + 1].IsWord("that") ? i + 2 : i + 1;
            var coversSpan = endsTheClause && first > 0
                ? Trim(sentence, 0, tokens[first].Start)
                : Trim(sentence, coversFrom < tokens.Count ? tokens[coversFrom].Start : sentence.Length, sentence.Length);
            Add(text, sentenceStart, sentence, tokens, first, i + 1, speaker, coversSpan, found);
        }
    }

    // "Kiev and Seoul estimate": an "and" between two capitalised words joins two speakers.
    private static bool JoinsTwoNames(string sentence, List<TimeToken> tokens, int k) =>
        tokens[k].IsWord("and") && k > 0 && k + 1 < tokens.Count && tokens[k - 1].Kind == TimeTokenKind.Word && char.IsUpper(sentence[tokens[k - 1].Start])
        && char.IsUpper(sentence[tokens[k + 1].Start]);

    private static bool IsPause(TimeToken token) => token.Kind == TimeTokenKind.Symbol && token.Text is "," or "." or ";" or ":" or "(" or ")";

    private static string Slice(string sentence, List<TimeToken> tokens, int from, int to) =>
        sentence[tokens[from].Start..(tokens[to - 1].Start + tokens[to - 1].Length)];

    /// <summary>The span from <paramref name="start"/> to <paramref name="end"/> without the spaces and pauses at its edges.</summary>
    private static (int Start, int End) Trim(string sentence, int start, int end)
    {
        while (start < end && (char.IsWhiteSpace(sentence[start]) || sentence[start] is ',' or ';' or ':'))
        {
            start++;
        }

        while (end > start && (char.IsWhiteSpace(sentence[end - 1]) || sentence[end - 1] is ',' or '.' or ';' or ':'))
        {
            end--;
        }

        return (start, end);
    }

    private static void Add(string text, int sentenceStart, string sentence, List<TimeToken> tokens, int from, int to, string source, (int Start, int End) covers, List<Mention> found)
    {
        if (covers.End <= covers.Start)
        {
            return;
        }

        var start = sentenceStart + tokens[from].Start;
        var end = sentenceStart + tokens[to - 1].Start + tokens[to - 1].Length;
        found.Add(new AttributionMention(new TextSpan(start, end), text[start..end], source, new TextSpan(sentenceStart + covers.Start, sentenceStart + covers.End)));
    }
}
