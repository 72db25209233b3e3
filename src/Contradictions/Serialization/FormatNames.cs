using Contradictions.Quantities;
using Contradictions.Vocabulary;

namespace Contradictions.Serialization;

/// <summary>The names enumerations take in the JSON formats: kebab-case, read case-insensitively with or without hyphens.</summary>
internal static class FormatNames
{
    private static readonly Dictionary<Qualifier, string> QualifierNames = new()
    {
        [Qualifier.Exact] = "exact", [Qualifier.Approximately] = "approximately", [Qualifier.AtLeast] = "at-least",
        [Qualifier.MoreThan] = "more-than", [Qualifier.AtMost] = "at-most", [Qualifier.LessThan] = "less-than",
        [Qualifier.Nearly] = "nearly", [Qualifier.Range] = "range",
    };

    public static IEnumerable<string> Qualifiers => QualifierNames.Values;

    public static IEnumerable<string> Dimensions => Enum.GetValues<Dimension>().Select(Name);

    public static IEnumerable<string> ValueKinds => Enum.GetValues<ValueKind>().Select(Name);

    public static string Name(Qualifier qualifier) => QualifierNames[qualifier];

    public static string Name(Dimension dimension) => Names<Dimension>.Of(dimension);

    public static string Name(ValueKind kind) => Names<ValueKind>.Of(kind);

    /// <summary>A name with its indefinite article: "a date", "an entity".</summary>
    public static string WithArticle(string name) => name.Length > 0 && "aeiou".Contains(name[0], StringComparison.Ordinal) ? $"an {name}" : $"a {name}";

    public static bool TryParseQualifier(string? text, out Qualifier qualifier) => TryParse(text, out qualifier);

    public static bool TryParseDimension(string? text, out Dimension dimension) => TryParse(text, out dimension);

    public static bool TryParseValueKind(string? text, out ValueKind kind) => TryParse(text, out kind);

    private static bool TryParse<T>(string? text, out T value)
        where T : struct, Enum
    {
        value = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        // Hyphens are ignored ("at-least" is AtLeast) and so is surrounding white space; nothing is allocated.
        var trimmed = text.AsSpan().Trim();
        if (trimmed.Length > 64)
        {
            return false;
        }

        Span<char> buffer = stackalloc char[trimmed.Length];
        var length = 0;
        foreach (var c in trimmed)
        {
            if (c != '-')
            {
                buffer[length++] = c;
            }
        }

        return Names<T>.ByName.TryGetValue(buffer[..length], out value);
    }

    /// <summary>Each member's format name (lower case) and the members by name, ignoring case; built once per type.</summary>
    private static class Names<T>
        where T : struct, Enum
    {
        private static readonly T[] Values = Enum.GetValues<T>();
        private static readonly string[] Lower = [.. Values.Select(v => v.ToString().ToLowerInvariant())];

        public static readonly Dictionary<string, T>.AlternateLookup<ReadOnlySpan<char>> ByName =
            Values.ToDictionary(v => v.ToString(), StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

        public static string Of(T value)
        {
            var index = Array.IndexOf(Values, value);
            return index >= 0 ? Lower[index] : value.ToString().ToLowerInvariant();
        }
    }
}
