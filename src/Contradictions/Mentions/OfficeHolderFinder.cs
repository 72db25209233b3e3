using Contradictions.Claims;
using Contradictions.Time;

namespace Contradictions.Mentions;

/// <summary>
/// Finds people named with an office: a title from a list of offices ("Secretary-General", "Defense Minister",
/// "President", …), the capitalised words before it that name the body or country ("NATO", "Russian"), and one to three
/// capitalised words after it, the name ("Jens Stoltenberg"). "former" or "ex-" before it marks the person as no longer
/// holding the office. Linear in the sentence.
/// </summary>
internal static class OfficeHolderFinder
{
    private const int LongestPrefix = 3, LongestName = 3;

    // Offices as the tokenizer cuts them (lower case; "-" is a symbol token), longest first.
    private static readonly string[][] Titles =
    [
        ["secretary", "-", "general"], ["secretary", "general"], ["secretary", "of", "state"], ["chief", "of", "staff"],
        ["prime", "minister"], ["defense", "minister"], ["defence", "minister"], ["foreign", "minister"], ["vice", "president"],
        ["supreme", "leader"], ["deputy", "minister"], ["minister"], ["president"], ["chancellor"], ["premier"], ["chairman"],
        ["chairwoman"], ["leader"], ["commander"], ["ambassador"], ["spokesperson"], ["spokesman"], ["spokeswoman"],
        ["governor"], ["mayor"], ["king"], ["queen"], ["pope"], ["ceo"], ["director"], ["general"], ["admiral"],
    ];

    // The titles by their first word, so that a token is looked up once, not compared with every title.
    private static readonly Dictionary<string, string[][]> TitlesByFirstWord = Titles.GroupBy(t => t[0], StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);

    // Capitalised words that are not a body or a country: a sentence's first word, "former" and "ex".
    private static readonly HashSet<string> NotPrefixes = new(StringComparer.Ordinal)
    {
        "former", "ex", "the", "in", "on", "at", "a", "an", "but", "and", "as", "when", "after", "before", "then", "meanwhile", "while", "said",
    };

    public static void Find(string text, int sentenceStart, string sentence, List<TimeToken> tokens, List<Mention> found)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (Title(tokens, i) is not { } length)
            {
                continue;
            }

            // The name: capitalised words right after the title.
            var nameEnd = i + length;
            while (nameEnd < tokens.Count && nameEnd - (i + length) < LongestName && tokens[nameEnd].Kind == TimeTokenKind.Word
                && char.IsUpper(sentence[tokens[nameEnd].Start]) && !TimeExpressionParser.IsMonthOrWeekday(tokens[nameEnd].Text))
            {
                nameEnd++;
            }

            if (nameEnd == i + length)
            {
                continue;
            }

            // The body or country before the title, and "former" or "ex-" before that.
            var first = i;
            while (first > 0 && i - first < LongestPrefix && tokens[first - 1].Kind == TimeTokenKind.Word && char.IsUpper(sentence[tokens[first - 1].Start])
                && !NotPrefixes.Contains(tokens[first - 1].Text))
            {
                first--;
            }

            var former = false;
            var start = first;
            if (first > 0 && tokens[first - 1].IsWord("former"))
            {
                (former, start) = (true, first - 1);
            }
            else if (first > 1 && tokens[first - 1].IsSymbol('-') && tokens[first - 2].IsWord("ex"))
            {
                (former, start) = (true, first - 2);
            }

            var spanStart = sentenceStart + tokens[start].Start;
            var spanEnd = sentenceStart + tokens[nameEnd - 1].Start + tokens[nameEnd - 1].Length;
            var title = sentence[tokens[first].Start..(tokens[i + length - 1].Start + tokens[i + length - 1].Length)];
            var person = sentence[tokens[i + length].Start..(tokens[nameEnd - 1].Start + tokens[nameEnd - 1].Length)];
            found.Add(new OfficeHolderMention(new TextSpan(spanStart, spanEnd), text[spanStart..spanEnd], title, person, former));
            i = nameEnd - 1;
        }
    }

    private static int? Title(List<TimeToken> tokens, int at)
    {
        if (!TitlesByFirstWord.TryGetValue(tokens[at].Text, out var titles))
        {
            return null;
        }

        foreach (var title in titles)
        {
            if (at + title.Length > tokens.Count)
            {
                continue;
            }

            var matches = true;
            for (var k = 0; k < title.Length && matches; k++)
            {
                matches = tokens[at + k].Text == title[k];
            }

            if (matches)
            {
                return title.Length;
            }
        }

        return null;
    }
}
