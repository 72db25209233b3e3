using System.Globalization;
using Contradictions.Claims;
using Contradictions.Quantities;

namespace Contradictions.Checking;

/// <summary>
/// The pieces diagnostic messages are made of, so that every rule — built-in or a user's — names claims, values and
/// times alike: pass them as message arguments.
/// </summary>
public static class ClaimPhrases
{
    /// <summary><c>`c2` (Example Wire, 2025-10, citing South Korea NIS)</c>.</summary>
    public static string Who(Claim claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        return $"`{claim.Id}` ({SourceName(claim.Source)}, {claim.Source.PublicationText}{(claim.Origin is { } origin ? $", citing {origin}" : string.Empty)})";
    }

    /// <summary>The publisher, or the title — cut at a word to a readable length — when there is no publisher.</summary>
    public static string SourceName(Source source)
    {
        ArgumentNullException.ThrowIfNull(source);
        if (source.Publisher is { } publisher)
        {
            return publisher;
        }

        if (source.Title.Length <= 48)
        {
            return source.Title;
        }

        var cut = source.Title.LastIndexOf(' ', 46);
        return $"\"{source.Title[..(cut > 20 ? cut : 45)].TrimEnd(' ', ',', ';', ':', '-', '–')}…\"";
    }

    /// <summary>The value as stated, with the numbers it was read as: <c>roughly 2,000 (read as [1800, 2200] item)</c>.</summary>
    public static string Value(Claim claim, NumericInterval? amount = null, string? unit = null)
    {
        ArgumentNullException.ThrowIfNull(claim);
        var stated = claim.ValueText ?? claim.Value.ToString() ?? string.Empty;
        return claim.Value switch
        {
            QuantityValue quantity when amount is { } a => $"{stated} (read as {a}{(Unit(quantity.Quantity, unit) is { } u ? " " + u : string.Empty)})",
            DateValue date when !string.Equals(date.Time.Text, date.Time.Reading.ToString(), StringComparison.Ordinal) => $"\"{date.Time.Text}\" ({date.Time.Reading})",
            _ => stated,
        };
    }

    // What a count counts, as the claim said it ("person", "soldiers"), rather than the base unit every count shares.
    private static string? Unit(Quantity quantity, string? unit) =>
        quantity.Noun is { } noun && string.Equals(unit, UnitCatalog.Item.Id, StringComparison.Ordinal) ? noun : unit;

    /// <summary><c>as of 2025-09-01..2025-09-30</c> or <c>throughout 2024-10-01..</c>, with the expression when it differs.</summary>
    public static string When(Claim claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        var validity = claim.Validity;
        var reading = validity.Time.Reading.ToString();
        if (validity.Kind == ValidityKind.Publication)
        {
            return $"as of publication ({claim.Source.Published})";
        }

        var text = validity.Time.Text;
        var said = string.Equals(text, reading, StringComparison.Ordinal) ? string.Empty : $" (\"{text}\")";
        return validity.HoldsThroughout ? $"throughout {reading}{said}" : $"as of {reading}{said}";
    }

    /// <summary><c>3 claims</c>, <c>1 claim</c>: a count with its noun, plural when it is not one.</summary>
    public static string Count(int count, string noun) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {noun}{(count == 1 ? string.Empty : "s")}");
}
