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

    public static string Name(Dimension dimension) => dimension.ToString().ToLowerInvariant();

    public static string Name(ValueKind kind) => kind.ToString().ToLowerInvariant();

    public static bool TryParseQualifier(string? text, out Qualifier qualifier) => TryParse(text, out qualifier);

    public static bool TryParseDimension(string? text, out Dimension dimension) => TryParse(text, out dimension);

    public static bool TryParseValueKind(string? text, out ValueKind kind) => TryParse(text, out kind);

    private static bool TryParse<T>(string? text, out T value)
        where T : struct, Enum
    {
        value = default;
        if (string.IsNullOrWhiteSpace(text) || text.AsSpan().ContainsAnyInRange('0', '9'))
        {
            return false;
        }

        return Enum.TryParse(text.Replace("-", string.Empty, StringComparison.Ordinal), ignoreCase: true, out value) && Enum.IsDefined(value);
    }
}
