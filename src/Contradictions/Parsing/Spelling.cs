namespace Contradictions.Parsing;

/// <summary>
/// "Did you mean": the known word closest to a misspelt one. Used wherever input names something from a closed list
/// (fields, property, source and unit ids, the words of a time expression), so that every such error offers the same help.
/// </summary>
internal static class Spelling
{
    /// <summary>
    /// Returns the candidate closest to <paramref name="word"/> by edit distance (insertions, deletions, substitutions and
    /// swaps of neighbours, ignoring case), or <c>null</c> when none is close: none for words of up to three letters
    /// ("us" is not a typo of "uk"), one edit up to five, two beyond. Ties go to the candidate listed first, so the answer
    /// is deterministic.
    /// </summary>
    public static string? Closest(string word, IEnumerable<string> candidates)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (word.Length <= 3)
        {
            return null;
        }

        var budget = word.Length <= 5 ? 1 : 2;
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            if (Math.Abs(candidate.Length - word.Length) > budget || string.Equals(candidate, word, StringComparison.Ordinal))
            {
                continue;
            }

            var distance = Distance(word, candidate, budget);
            if (distance <= budget && distance < bestDistance)
            {
                (best, bestDistance) = (candidate, distance);
            }
        }

        return best;
    }

    /// <summary>
    /// The optimal-string-alignment distance between two strings, ignoring case; stops early and returns a value above
    /// <paramref name="budget"/> once every alignment costs more.
    /// </summary>
    public static int Distance(string a, string b, int budget)
    {
        var rows = new int[3][];
        for (var r = 0; r < 3; r++)
        {
            rows[r] = new int[b.Length + 1];
        }

        for (var j = 0; j <= b.Length; j++)
        {
            rows[0][j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            var (twoBack, previous, current) = (rows[(i + 1) % 3], rows[(i + 2) % 3], rows[i % 3]);
            current[0] = i;
            var rowMinimum = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = char.ToLowerInvariant(a[i - 1]) == char.ToLowerInvariant(b[j - 1]) ? 0 : 1;
                var value = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && char.ToLowerInvariant(a[i - 1]) == char.ToLowerInvariant(b[j - 2]) &&
                    char.ToLowerInvariant(a[i - 2]) == char.ToLowerInvariant(b[j - 1]))
                {
                    value = Math.Min(value, twoBack[j - 2] + 1);
                }

                current[j] = value;
                rowMinimum = Math.Min(rowMinimum, value);
            }

            if (rowMinimum > budget)
            {
                return budget + 1;
            }
        }

        return rows[a.Length % 3][b.Length];
    }
}
