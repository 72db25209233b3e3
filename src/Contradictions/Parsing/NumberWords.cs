namespace Contradictions.Parsing;

/// <summary>
/// English cardinal numbers written in words, from "zero" to the billions: "nineteen", "forty-two", "a dozen",
/// "a hundred", "two hundred and fifty", "three thousand four hundred", "1.2 million" being left to the digit readers.
/// One reader for time expressions ("twenty-one days ago") and quantities ("forty-two soldiers").
/// </summary>
internal static class NumberWords
{
    private static readonly Dictionary<string, int> Small = new(StringComparer.Ordinal)
    {
        ["zero"] = 0, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7,
        ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13, ["fourteen"] = 14,
        ["fifteen"] = 15, ["sixteen"] = 16, ["seventeen"] = 17, ["eighteen"] = 18, ["nineteen"] = 19,
    };

    private static readonly Dictionary<string, int> Tens = new(StringComparer.Ordinal)
    {
        ["twenty"] = 20, ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50, ["sixty"] = 60, ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90,
    };

    private static readonly Dictionary<string, long> Scales = new(StringComparer.Ordinal)
    {
        ["thousand"] = 1_000, ["million"] = 1_000_000, ["billion"] = 1_000_000_000,
    };

    /// <summary>Gets every word the reader knows, for spelling suggestions.</summary>
    public static IEnumerable<string> Vocabulary => Small.Keys.Concat(Tens.Keys).Concat(Scales.Keys).Append("hundred").Append("dozen");

    /// <summary>Returns whether <paramref name="word"/> can start a number in words.</summary>
    public static bool CanStart(string word) => Small.ContainsKey(word) || Tens.ContainsKey(word) || word is "a" or "an" or "dozen";

    /// <summary>
    /// Reads the longest number in words that starts at <paramref name="start"/>. Words are lower case; a hyphen between
    /// a tens word and a unit ("forty-two") is its own item <c>-</c>. "a" and "an" count only before "hundred",
    /// "thousand", "million", "billion" or "dozen".
    /// </summary>
    /// <returns>Whether a number was read; <paramref name="consumed"/> is how many items it took.</returns>
    public static bool TryRead(IReadOnlyList<string> words, int start, out long value, out int consumed)
    {
        value = 0;
        consumed = 0;
        long total = 0;
        long group = -1;
        var i = start;
        var lastScale = long.MaxValue;
        while (i < words.Count)
        {
            var word = words[i];
            if ((word is "a" or "an") && group < 0 && i + 1 < words.Count && (words[i + 1] is "hundred" or "dozen" || Scales.ContainsKey(words[i + 1])))
            {
                group = 1;
                i++;
                continue;
            }

            if (Small.TryGetValue(word, out var small) && CanAdd(group, small))
            {
                group = Math.Max(group, 0) + small;
            }
            else if (Tens.TryGetValue(word, out var tens) && (group < 0 || (group > 0 && group % 100 == 0)))
            {
                group = Math.Max(group, 0) + tens;
                if (i + 2 < words.Count && words[i + 1] == "-" && Small.TryGetValue(words[i + 2], out var unit) && unit is >= 1 and <= 9)
                {
                    group += unit;
                    i += 2;
                }
            }
            else if (word == "hundred" && group is >= 1 and <= 9)
            {
                group *= 100;
            }
            else if (word == "dozen" && group is >= 1 and <= 99)
            {
                group *= 12;
            }
            else if (word == "dozen" && group < 0 && total == 0)
            {
                group = 12;
            }
            else if (Scales.TryGetValue(word, out var scale) && group >= 1 && scale < lastScale)
            {
                total += group * scale;
                lastScale = scale;
                group = -1;
            }
            else if (word == "and" && ((group >= 100 && group % 100 == 0) || (group < 0 && total > 0)) && i + 1 < words.Count && (Small.ContainsKey(words[i + 1]) || Tens.ContainsKey(words[i + 1])))
            {
                // "two hundred and fifty"
            }
            else
            {
                break;
            }

            i++;
            consumed = i - start;
        }

        if (consumed == 0)
        {
            return false;
        }

        value = total + Math.Max(group, 0);
        return true;
    }

    // A unit or teen may start a group, follow a whole hundred ("two hundred five") or complete a tens word ("twenty one").
    private static bool CanAdd(long group, int small) =>
        group < 0 || (group > 0 && small > 0 && (group % 100 == 0 || (group % 100 >= 20 && group % 10 == 0 && small <= 9)));
}
