namespace Contradictions.Drafting;

/// <summary>Ids made from words, for what drafting names: an office holder not in the lexicon, an article's source.</summary>
internal static class Ids
{
    /// <summary>The words lower-cased and joined by hyphens ("Sergei Shoigu" → <c>sergei-shoigu</c>); empty when there are none.</summary>
    public static string FromWords(string words) =>
        string.Join('-', LexiconMatcher.Words(words, 0, words.Length).Select(w => w.Word.Replace("'", string.Empty, StringComparison.Ordinal)));
}
