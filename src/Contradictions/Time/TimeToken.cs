namespace Contradictions.Time;

internal enum TimeTokenKind
{
    Word,
    Number,
    Symbol,
}

/// <summary>One token of a time expression, with where it stands in the original text.</summary>
internal readonly record struct TimeToken(TimeTokenKind Kind, string Text, int Value, int Start, int Length)
{
    public bool IsWord(string word) => Kind == TimeTokenKind.Word && Text == word;

    public bool IsSymbol(char symbol) => Kind == TimeTokenKind.Symbol && Text.Length == 1 && Text[0] == symbol;

    public bool IsYear => Kind == TimeTokenKind.Number && Text.Length == 4;

    /// <summary>
    /// Splits text into lower-case words, digit runs and single symbols in one linear pass (no regular expressions,
    /// so that hostile input cannot make it backtrack). A full stop ending an abbreviation ("Oct.") is dropped.
    /// </summary>
    public static List<TimeToken> Tokenize(string text) => Tokenize(text, 0, text.Length);

    /// <summary>Tokenizes <paramref name="text"/> from <paramref name="from"/> to <paramref name="to"/>; offsets are into the whole text.</summary>
    public static List<TimeToken> Tokenize(string text, int from, int to)
    {
        // Running news text has about one token (word, number or symbol) in five characters, a sentence of dates and
        // figures one in three: room for one in three, so that the list is hardly ever copied as it grows; a short
        // expression starts small.
        var tokens = new List<TimeToken>(Math.Max(8, (to - from) / 3));
        Tokenize(text, from, to, tokens);
        return tokens;
    }

    /// <summary>Tokenizes into <paramref name="tokens"/>, which is cleared first (the mentions tagger reuses one list for every sentence).</summary>
    public static void Tokenize(string text, int from, int to, List<TimeToken> tokens)
    {
        tokens.Clear();
        var i = from;
        while (i < to)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (char.IsAsciiDigit(c))
            {
                var start = i;
                var value = 0;
                while (i < to && char.IsAsciiDigit(text[i]))
                {
                    value = i - start < 9 ? (value * 10) + (text[i] - '0') : int.MaxValue;
                    i++;
                }

                tokens.Add(new(TimeTokenKind.Number, text[start..i], value, start, i - start));
            }
            else if (char.IsLetter(c))
            {
                var start = i;
                while (i < to && (char.IsLetter(text[i]) || text[i] == '\''))
                {
                    i++;
                }

                tokens.Add(new(TimeTokenKind.Word, Lower(text, start, i - start), 0, start, i - start));
                if (i < to && text[i] == '.' && (i + 1 >= to || text[i + 1] != '.'))
                {
                    i++;
                }
            }
            else if (c == '.' && i + 1 < to && text[i + 1] == '.')
            {
                tokens.Add(new(TimeTokenKind.Symbol, "..", 0, i, 2));
                i += 2;
            }
            else
            {
                var symbol = c is '\u2013' or '\u2014' ? '-' : c;
                tokens.Add(new(TimeTokenKind.Symbol, symbol.ToString(), 0, i, 1));
                i++;
            }
        }

    }

    // One string a word, lower case: most words of running text already are, and are then cut out as they stand.
    private static string Lower(string text, int start, int length)
    {
        var span = text.AsSpan(start, length);
        foreach (var c in span)
        {
            if (char.ToLowerInvariant(c) != c)
            {
                return string.Create(length, (text, start), static (chars, state) => state.text.AsSpan(state.start, chars.Length).ToLowerInvariant(chars));
            }
        }

        return text.Substring(start, length);
    }
}
