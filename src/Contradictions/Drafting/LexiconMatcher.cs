using Contradictions.Claims;
using Contradictions.Time;

namespace Contradictions.Drafting;

/// <summary>The section of a lexicon a phrase comes from.</summary>
internal enum LexiconSection
{
    Property,
    Subject,
    Entity,
    Office,
}

/// <summary>A lexicon phrase found in a text: what it names and where it stands.</summary>
internal readonly record struct LexiconHit(LexiconSection Section, string Id, TextSpan Span);

/// <summary>
/// Finds a lexicon's phrases in text, whole words, ignoring case and curly apostrophes; at each word the longest phrase
/// of each section wins. Linear in the text for a given lexicon: phrases are indexed by their first word.
/// </summary>
internal sealed class LexiconMatcher
{
    private readonly Dictionary<string, List<(string[] Words, LexiconSection Section, string Id)>> byFirstWord = new(StringComparer.Ordinal);

    public LexiconMatcher(Lexicon lexicon)
    {
        Add(lexicon.Properties, LexiconSection.Property);
        Add(lexicon.Subjects, LexiconSection.Subject);
        Add(lexicon.Entities, LexiconSection.Entity);
        Add(lexicon.Offices, LexiconSection.Office);
        foreach (var list in byFirstWord.Values)
        {
            list.Sort((a, b) => b.Words.Length.CompareTo(a.Words.Length));
        }
    }

    /// <summary>The phrases found in <paramref name="text"/> between <paramref name="start"/> and <paramref name="end"/>, in text order.</summary>
    public List<LexiconHit> Find(string text, int start, int end)
    {
        var words = Words(text, start, end);
        var hits = new List<LexiconHit>();
        Span<bool> taken = stackalloc bool[4];
        for (var i = 0; i < words.Count; i++)
        {
            if (!byFirstWord.TryGetValue(words[i].Word, out var candidates))
            {
                continue;
            }

            taken.Clear();
            foreach (var (phrase, section, id) in candidates)
            {
                if (taken[(int)section] || i + phrase.Length > words.Count)
                {
                    continue;
                }

                var matches = true;
                for (var k = 1; k < phrase.Length && matches; k++)
                {
                    matches = words[i + k].Word == phrase[k];
                }

                if (matches)
                {
                    // Longest first: a shorter phrase of the same section at the same word is the same mention.
                    taken[(int)section] = true;
                    hits.Add(new LexiconHit(section, id, new TextSpan(words[i].Start, words[i + phrase.Length - 1].End)));
                }
            }
        }

        // A phrase inside a longer one of the same section ("killed" in "killed or wounded") is not a mention of its own.
        // Hits come in text order, so one sweep keeps, per section, the furthest end reached so far.
        Span<int> reach = [-1, -1, -1, -1];
        var kept = new List<LexiconHit>(hits.Count);
        foreach (var hit in hits)
        {
            if (reach[(int)hit.Section] < hit.Span.End)
            {
                kept.Add(hit);
                reach[(int)hit.Section] = hit.Span.End;
            }
        }

        return kept;
    }

    /// <summary>
    /// The words of a text, lower-cased: the tokens of <see cref="TimeToken.Tokenize(string, int, int)"/> — the one
    /// tokenizer of running text — with the letters, digits, apostrophes and hyphens that touch each other joined into
    /// one word ("north-korean", "korea's", "f-16", "3rd"), curly apostrophes and Unicode hyphens written plainly.
    /// </summary>
    public static List<(string Word, int Start, int End)> Words(string text, int start, int end)
    {
        var tokens = TimeToken.Tokenize(text, start, end);
        var words = new List<(string, int, int)>();
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!IsWordPart(text, tokens[i]))
            {
                continue;
            }

            var first = i;
            while (i + 1 < tokens.Count && tokens[i + 1].Start == End(tokens[i]))
            {
                if (IsWordPart(text, tokens[i + 1]))
                {
                    i++;
                }
                else if (IsJoiner(text[tokens[i + 1].Start]) && i + 2 < tokens.Count && tokens[i + 2].Start == End(tokens[i + 1]) && IsWordPart(text, tokens[i + 2]))
                {
                    i += 2;
                }
                else
                {
                    break;
                }
            }

            // A word token keeps an apostrophe it ends with ("the soldiers' families"); the word does not.
            var (from, to) = (tokens[first].Start, End(tokens[i]));
            while (IsJoiner(text[to - 1]))
            {
                to--;
            }

            words.Add((first == i && to == End(tokens[i]) ? tokens[i].Text : Normalize(text.AsSpan(from, to - from)), from, to));
        }

        return words;
    }

    private static int End(TimeToken token) => token.Start + token.Length;

    // Words and digit runs; a letter or digit the time tokenizer has no class for (a non-ASCII digit) is part of a word too.
    private static bool IsWordPart(string text, TimeToken token) =>
        token.Kind != TimeTokenKind.Symbol || char.IsLetterOrDigit(text[token.Start]);

    private static bool IsJoiner(char c) => c is '\'' or '\u2019' or '-' or '\u2010' or '\u2011';

    private static string Normalize(ReadOnlySpan<char> word)
    {
        Span<char> buffer = word.Length <= 128 ? stackalloc char[word.Length] : new char[word.Length];
        for (var k = 0; k < word.Length; k++)
        {
            var c = word[k];
            buffer[k] = c switch { '\u2019' => '\'', '\u2010' or '\u2011' => '-', _ => char.ToLowerInvariant(c) };
        }

        return new string(buffer);
    }

    private void Add(IEnumerable<KeyValuePair<string, System.Collections.Immutable.ImmutableArray<string>>> section, LexiconSection kind)
    {
        foreach (var (id, phrases) in section)
        {
            foreach (var phrase in phrases)
            {
                var words = Words(phrase, 0, phrase.Length).Select(w => w.Word).ToArray();
                if (words.Length == 0)
                {
                    continue;
                }

                if (!byFirstWord.TryGetValue(words[0], out var list))
                {
                    byFirstWord[words[0]] = list = [];
                }

                list.Add((words, kind, id));
            }
        }
    }
}
