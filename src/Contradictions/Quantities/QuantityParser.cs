using System.Globalization;
using System.Text;
using Contradictions.Parsing;

namespace Contradictions.Quantities;

/// <summary>
/// Parses English quantity expressions: <c>approximately 11,000</c>, <c>more than 10,000 troops</c>,
/// <c>12 million</c>, <c>between 3,000 and 5,000</c>, <c>up to 5,000</c>, <c>half</c>, <c>thousands of containers</c>, <c>130 km</c>.
/// A single linear scan; every failure names the part not understood. Safe to share between threads.
/// </summary>
public sealed class QuantityParser
{
    private static readonly (string[] Words, Qualifier Qualifier)[] Prefixes =
    [
        (["no", "fewer", "than"], Qualifier.AtLeast), (["no", "less", "than"], Qualifier.AtLeast), (["a", "minimum", "of"], Qualifier.AtLeast),
        (["no", "more", "than"], Qualifier.AtMost), (["a", "maximum", "of"], Qualifier.AtMost),
        (["at", "least"], Qualifier.AtLeast), (["at", "most"], Qualifier.AtMost), (["up", "to"], Qualifier.AtMost),
        (["more", "than"], Qualifier.MoreThan), (["in", "excess", "of"], Qualifier.MoreThan), (["upwards", "of"], Qualifier.MoreThan),
        (["less", "than"], Qualifier.LessThan), (["fewer", "than"], Qualifier.LessThan),
        (["close", "to"], Qualifier.Nearly), (["an", "estimated"], Qualifier.Approximately),
        (["exactly"], Qualifier.Exact), (["precisely"], Qualifier.Exact),
        (["approximately"], Qualifier.Approximately), (["approx"], Qualifier.Approximately), (["about"], Qualifier.Approximately),
        (["around"], Qualifier.Approximately), (["roughly"], Qualifier.Approximately), (["some"], Qualifier.Approximately),
        (["estimated"], Qualifier.Approximately), (["circa"], Qualifier.Approximately), (["ca"], Qualifier.Approximately),
        (["~"], Qualifier.Approximately), (["nearly"], Qualifier.Nearly), (["almost"], Qualifier.Nearly),
        (["over"], Qualifier.MoreThan), (["above"], Qualifier.MoreThan), ([">"], Qualifier.MoreThan), ([">="], Qualifier.AtLeast),
        (["≥"], Qualifier.AtLeast), (["under"], Qualifier.LessThan), (["below"], Qualifier.LessThan), (["<"], Qualifier.LessThan),
        (["<="], Qualifier.AtMost), (["≤"], Qualifier.AtMost),
    ];

    private static readonly Dictionary<string, decimal> Scales = new(StringComparer.Ordinal)
    {
        ["hundred"] = 100m, ["thousand"] = 1_000m, ["k"] = 1_000m, ["million"] = 1_000_000m, ["m"] = 1_000_000m, ["mn"] = 1_000_000m,
        ["billion"] = 1_000_000_000m, ["bn"] = 1_000_000_000m, ["trillion"] = 1_000_000_000_000m,
    };

    // Plural scale words name a vague range: "thousands" is read as 2,000 to 999,999 (documented in docs/quantities.md).
    private static readonly Dictionary<string, (decimal Min, decimal Max)> VagueAmounts = new(StringComparer.Ordinal)
    {
        ["dozens"] = (24m, 143m), ["hundreds"] = (200m, 999m), ["thousands"] = (2_000m, 999_999m),
        ["millions"] = (2_000_000m, 999_999_999m), ["billions"] = (2_000_000_000m, 999_999_999_999m),
    };

    private static readonly Dictionary<string, decimal> Fractions = new(StringComparer.Ordinal)
    {
        ["half"] = 50m, ["third"] = 100m / 3m, ["quarter"] = 25m,
    };

    // Vague phrases, each a documented range (docs/quantities.md); a scale word after "a few" or "several" multiplies it.
    private static readonly (string[] Words, decimal Min, decimal Max)[] VaguePhrases =
    [
        (["tens", "of", "thousands"], 20_000m, 99_999m), (["hundreds", "of", "thousands"], 200_000m, 999_999m),
        (["tens", "of", "millions"], 20_000_000m, 99_999_999m), (["hundreds", "of", "millions"], 200_000_000m, 999_999_999m),
        (["a", "few"], 2m, 5m), (["a", "couple", "of"], 2m, 3m), (["a", "couple"], 2m, 3m), (["several"], 3m, 9m), (["scores"], 40m, 199m),
    ];

    private readonly UnitCatalog units;

    /// <summary>Creates a parser that recognises the units of <paramref name="units"/> (by default <see cref="UnitCatalog.Default"/>).</summary>
    public QuantityParser(UnitCatalog? units = null)
    {
        this.units = units ?? UnitCatalog.Default;
    }

    /// <summary>Gets the longest expression accepted, in characters.</summary>
    public int MaximumLength { get; init; } = 200;

    /// <summary>
    /// Gets a value indicating whether an unknown unit's error suggests the closest known one. The mentions tagger,
    /// which tries many candidates that are no quantity, turns it off: the suggestion costs an edit distance to every
    /// unit name.
    /// </summary>
    internal bool SuggestUnits { get; init; } = true;

    /// <summary>Parses <paramref name="text"/>.</summary>
    /// <param name="text">The expression.</param>
    /// <param name="defaultUnit">The unit to use when the text names none (a claim's <c>unit</c> field); when both are given they must convert into each other.</param>
    public ParseResult<Quantity> Parse(string text, Unit? defaultUnit = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length > MaximumLength)
        {
            return Fail(text, $"The quantity expression is {text.Length} characters long; at most {MaximumLength} are accepted.", 0, text.Length);
        }

        var tokens = Tokenize(text);
        if (tokens.Count == 0)
        {
            return Fail(text, "The quantity expression is empty.", 0, text.Length);
        }

        if (tokens.Find(t => t.Problem is not null) is { Problem: { } problem } bad)
        {
            return Fail(text, problem, bad.Start, bad.Length);
        }

        var i = 0;
        var qualifier = Qualifier.Exact;
        var between = false;
        if (tokens[0].Text == "between")
        {
            between = true;
            i = 1;
        }
        else
        {
            foreach (var (words, q) in Prefixes)
            {
                if (Matches(tokens, 0, words))
                {
                    qualifier = q;
                    i = words.Length;
                    break;
                }
            }
        }

        // A currency symbol may stand before the number ("$1.5 billion"), and so may "magnitude" ("magnitude 7.1").
        Unit? unit = null;
        if (i < tokens.Count && units.TryGetUnit(tokens[i].Text, out var prefixUnit) &&
            ((tokens[i].Kind == TokenKind.Symbol && prefixUnit.Dimension == Dimension.Currency) || prefixUnit.Dimension == Dimension.Magnitude))
        {
            unit = prefixUnit;
            i++;
        }

        // A minus sign: only temperatures and other interval scales go below zero, which the unit decides below.
        Token? minus = null;
        if (i + 1 < tokens.Count && (tokens[i].Text is "-" or "\u2212" or "minus") && tokens[i + 1].Kind == TokenKind.Number)
        {
            minus = tokens[i];
            i++;
        }

        if (!TryNumber(tokens, ref i, out var amount, out var scaled, out var vague, out var isPercentWord))
        {
            var at = i < tokens.Count ? tokens[i] : default;
            return i < tokens.Count
                ? Fail(text, $"Expected a number at '{at.Text}' in the quantity '{text}'.", at.Start, at.Length)
                : Fail(text, $"The quantity '{text}' has no number.", text.Length, 0);
        }

        decimal? maximum = null;
        if (vague is { } range)
        {
            if (qualifier != Qualifier.Exact || between)
            {
                return Fail(text, $"'{text}': a vague amount such as '{tokens[i - 1].Text}' cannot be qualified further.", 0, text.Length);
            }

            (amount, maximum, qualifier) = (range.Min, range.Max, Qualifier.Range);
        }
        else if (between || (i < tokens.Count && (tokens[i].Text is "to" or "-")))
        {
            var joiner = between ? "and" : tokens[i].Text;
            if (i >= tokens.Count || (tokens[i].Text != joiner && !(between && tokens[i].Text is "to" or "-")))
            {
                return Fail(text, $"'{text}': expected 'between X and Y'.", i < tokens.Count ? tokens[i].Start : text.Length, i < tokens.Count ? tokens[i].Length : 0);
            }

            i++;
            if (!TryNumber(tokens, ref i, out var upper, out var upperScaled, out var upperVague, out _) || upperVague is not null)
            {
                return Fail(text, $"'{text}': expected a number after '{joiner}'.", i < tokens.Count ? tokens[i].Start : text.Length, i < tokens.Count ? tokens[i].Length : 0);
            }

            // "between 3 and 5 million": a scale stated once applies to both ends.
            if (scaled is null && upperScaled is { } scale && amount * scale <= upper)
            {
                amount *= scale;
            }

            if (upper < amount)
            {
                return Fail(text, $"'{text}': the range ends ({upper}) below where it starts ({amount}).", 0, text.Length);
            }

            if (qualifier != Qualifier.Exact)
            {
                return Fail(text, $"'{text}': a range cannot also be qualified.", 0, text.Length);
            }

            (maximum, qualifier) = (upper, Qualifier.Range);
        }

        string? noun = null;
        if (isPercentWord)
        {
            unit = units.TryGetUnit("percent", out var percent) ? percent : unit;
        }

        // Whatever follows is the unit: "troops", "km", "%", "per cent", "of containers"; a bare "of" ("dozens of") names none.
        if (i == tokens.Count - 1 && tokens[i].Text == "of")
        {
            i++;
        }

        if (i < tokens.Count)
        {
            if (tokens[i].Text == "of" && i + 1 < tokens.Count)
            {
                i++;
            }

            var unitStart = tokens[i].Start;
            var unitText = text[unitStart..].Trim().TrimEnd('.');
            if (!units.TryGetUnit(unitText, out var named))
            {
                var known = units.Units.SelectMany(u => u.Aliases.Prepend(u.Id));
                var hint = SuggestUnits && Spelling.Closest(unitText, known) is { } close ? $"; did you mean '{close}'?" : ".";
                return Fail(text, $"Unknown unit '{unitText}' in the quantity '{text}'{hint}", unitStart, text.Length - unitStart);
            }

            if (named.Dimension == Dimension.Count && !string.Equals(named.Id, unitText, StringComparison.OrdinalIgnoreCase) && named.Equals(UnitCatalog.Item))
            {
                noun = unitText;
            }

            if (unit is not null && !unit.Equals(named) && !isPercentWord)
            {
                return Fail(text, $"'{text}' names two units, '{unit.Id}' and '{named.Id}'.", unitStart, text.Length - unitStart);
            }

            unit = isPercentWord && named.Dimension == Dimension.Count ? unit : named;
        }

        if (unit is not null && defaultUnit is not null && !unit.CanConvertTo(defaultUnit))
        {
            return Fail(text, $"'{text}' is in '{unit.Id}' ({unit.Dimension}), which does not convert to the claim's unit '{defaultUnit.Id}' ({defaultUnit.Dimension}).", 0, text.Length);
        }

        unit ??= defaultUnit ?? UnitCatalog.Item;
        if (minus is { } sign)
        {
            if (!unit.Dimension.IsIntervalScale())
            {
                return Fail(text, $"'{text}': only temperatures and magnitudes go below zero; a {FormatName(unit.Dimension)} cannot.", sign.Start, sign.Length);
            }

            amount = -amount;
        }

        var quantity = maximum is { } max ? Quantity.Between(amount, max, unit) : Quantity.From(amount, qualifier, unit);
        return ParseResult<Quantity>.ForValue(noun is null ? quantity : quantity.WithNoun(noun));
    }

    private static bool TryNumber(List<Token> tokens, ref int i, out decimal amount, out decimal? scale, out (decimal Min, decimal Max)? vague, out bool isPercentWord)
    {
        amount = 0m;
        scale = null;
        vague = null;
        isPercentWord = false;
        if (i >= tokens.Count)
        {
            return false;
        }

        var token = tokens[i];
        foreach (var (words, min, max) in VaguePhrases)
        {
            if (Matches(tokens, i, words))
            {
                i += words.Length;
                var multiple = 1m;
                if (i < tokens.Count && Scales.TryGetValue(tokens[i].Text, out var phraseScale) && tokens[i].Text is "hundred" or "thousand" or "million" or "billion")
                {
                    multiple = phraseScale;
                    i++;
                }

                vague = (min * multiple, max * multiple);
                return true;
            }
        }

        if (token.Kind == TokenKind.Word && VagueAmounts.TryGetValue(token.Text, out var range))
        {
            vague = range;
            i++;
            return true;
        }

        // "half", "a third", "a quarter": a share of a whole, in percent.
        var article = token.Text is "a" or "one" && i + 1 < tokens.Count && Fractions.ContainsKey(tokens[i + 1].Text) ? 1 : 0;
        if (Fractions.TryGetValue(tokens[i + article].Text, out var share))
        {
            amount = share;
            isPercentWord = true;
            i += article + 1;
            return true;
        }

        if (token.Kind == TokenKind.Number)
        {
            amount = token.Value;
            i++;
        }
        else if (token.Kind == TokenKind.Word && Parsing.NumberWords.CanStart(token.Text) && ReadWords(tokens, i) is { } words)
        {
            amount = words.Value;
            i += words.Consumed;
        }
        else
        {
            return false;
        }

        if (i < tokens.Count && Scales.TryGetValue(tokens[i].Text, out var s))
        {
            try
            {
                amount = checked(amount * s);
            }
            catch (OverflowException)
            {
                return false;
            }

            scale = s;
            i++;
        }

        return true;
    }

    /// <summary>A number in words ("forty-two", "a dozen", "two hundred and fifty thousand") from token <paramref name="at"/>.</summary>
    private static (decimal Value, int Consumed)? ReadWords(List<Token> tokens, int at)
    {
        var words = new List<string>();
        for (var k = at; k < tokens.Count && (tokens[k].Kind == TokenKind.Word || tokens[k].Text == "-"); k++)
        {
            words.Add(tokens[k].Text);
        }

        return Parsing.NumberWords.TryRead(words, 0, out var value, out var consumed) ? (value, consumed) : null;
    }

    private static string FormatName(Dimension dimension) => dimension.ToString().ToLowerInvariant();

    private static bool Matches(List<Token> tokens, int at, string[] words)
    {
        if (tokens.Count - at < words.Length)
        {
            return false;
        }

        for (var k = 0; k < words.Length; k++)
        {
            if (tokens[at + k].Text != words[k])
            {
                return false;
            }
        }

        return true;
    }

    private static ParseResult<Quantity> Fail(string text, string message, int position, int length) =>
        ParseResult<Quantity>.ForError(new ParseError(message, text, position, length));

    private enum TokenKind
    {
        Word,
        Number,
        Symbol,
    }

    /// <summary>A token; <paramref name="Problem"/> says why a number cannot be read without guessing.</summary>
    private readonly record struct Token(TokenKind Kind, string Text, decimal Value, int Start, int Length, string? Problem = null);

    private static bool IsGroupSpace(char c) => c is ' ' or '\u00A0' or '\u2009' or '\u202F';

    private static int DigitsAt(string text, int at)
    {
        var k = at;
        while (k < text.Length && char.IsAsciiDigit(text[k]))
        {
            k++;
        }

        return k - at;
    }

    /// <summary>
    /// Reads a number's digits: thousands in groups of three after a comma, a space, a no-break or a thin space
    /// (<c>11,000</c>, <c>11 000</c>), and a decimal point. A separator that could mean either is not guessed:
    /// <c>1,5</c> (a decimal comma, or a misplaced one) and <c>11.000</c> (a decimal point, or a thousands point as in
    /// much of Europe) come back with the problem, to be refused.
    /// </summary>
    private static (string Digits, string? Problem) ScanNumber(string text, ref int i)
    {
        var start = i;
        var first = DigitsAt(text, i);
        var digits = new StringBuilder(text, i, first, 16);
        i += first;
        var grouped = false;
        while (i + 1 < text.Length && (text[i] == ',' || IsGroupSpace(text[i])) && char.IsAsciiDigit(text[i + 1]))
        {
            var group = DigitsAt(text, i + 1);
            if (group == 3 && first is >= 1 and <= 3)
            {
                digits.Append(text, i + 1, 3);
                i += 4;
                grouped = true;
                continue;
            }

            if (text[i] == ',')
            {
                i += 1 + group;
                return (string.Empty, $"'{text[start..i]}' has a comma that does not separate thousands: write a decimal with a point ({text[start..i].Replace(',', '.')}) or the number without the comma.");
            }

            break;
        }

        if (i + 1 < text.Length && text[i] == '.' && char.IsAsciiDigit(text[i + 1]))
        {
            var fraction = DigitsAt(text, i + 1);
            var end = i + 1 + fraction;
            var anotherPoint = end + 1 < text.Length && text[end] == '.' && char.IsAsciiDigit(text[end + 1]);
            if ((!grouped && fraction == 3 && first is >= 1 and <= 3 && text[start] != '0') || anotherPoint)
            {
                while (end < text.Length && (char.IsAsciiDigit(text[end]) || (text[end] == '.' && end + 1 < text.Length && char.IsAsciiDigit(text[end + 1]))))
                {
                    end++;
                }

                i = end;
                var written = text[start..i];
                return (string.Empty, $"'{written}' is ambiguous: a decimal point, or a thousands separator as in much of Europe. Write {written.Replace('.', ',')} for thousands, or a decimal with other than three digits after the point.");
            }

            digits.Append('.').Append(text, i + 1, fraction);
            i = end;
        }

        return (digits.ToString(), null);
    }

    /// <summary>Words, numbers (with thousands separators and a decimal point) and symbols, in one pass.</summary>
    private static List<Token> Tokenize(string text)
    {
        var tokens = new List<Token>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            var start = i;
            if (char.IsAsciiDigit(c) || (c == '.' && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1])))
            {
                var (digits, problem) = ScanNumber(text, ref i);
                var parsed = decimal.TryParse(digits, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value);

                // An unparsable run of digits (more than decimal can hold) stays a symbol, so it is reported, not guessed.
                tokens.Add(problem is not null ? new(TokenKind.Symbol, text[start..i], 0m, start, i - start, problem)
                    : parsed ? new(TokenKind.Number, text[start..i], value, start, i - start) : new(TokenKind.Symbol, text[start..i], 0m, start, i - start));
            }
            else if (char.IsLetter(c))
            {
                while (i < text.Length && char.IsLetter(text[i]))
                {
                    i++;
                }

                tokens.Add(new(TokenKind.Word, text[start..i].ToLowerInvariant(), 0m, start, i - start));
                if (i < text.Length && text[i] == '.')
                {
                    i++;
                }
            }
            else
            {
                i++;
                if (i < text.Length && text[i] == '=' && c is '<' or '>')
                {
                    i++;
                }

                var symbol = c is '\u2013' or '\u2014' ? "-" : text[start..i];
                tokens.Add(new(TokenKind.Symbol, symbol, 0m, start, i - start));
            }
        }

        return tokens;
    }
}
