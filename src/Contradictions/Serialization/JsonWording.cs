using System.Text;
using System.Text.Json;

namespace Contradictions.Serialization;

/// <summary>How loading words what it found and what it expected.</summary>
internal static class JsonWording
{
    /// <summary>Describes a JSON value from its token type and raw UTF-8 text (strings with their quotes).</summary>
    public static string Describe(JsonTokenType token, ReadOnlySpan<byte> raw) => token switch
    {
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        JsonTokenType.String => $"the string {Excerpt(raw)}",
        JsonTokenType.Number => $"the number {Excerpt(raw)}",
        JsonTokenType.True => "the boolean true",
        JsonTokenType.False => "the boolean false",
        _ => "null",
    };

    /// <summary>Describes a JSON element the same way.</summary>
    public static string UnknownField(string name, string[] known)
    {
        var hint = known.FirstOrDefault(k => string.Equals(k, name, StringComparison.OrdinalIgnoreCase)) ?? Parsing.Spelling.Closest(name, known.Where(k => k[0] != '$'));
        return hint is not null
            ? $"Unknown field '{name}'; did you mean '{hint}'?"
            : $"Unknown field '{name}'; expected one of: {string.Join(", ", known.Where(k => k[0] != '$'))}.";
    }

    /// <summary>The message for a field that appears twice in one object.</summary>
    public static string DuplicateField(string name) => $"The field '{name}' appears twice in the same object.";

    /// <summary>The message for a number too large for an amount.</summary>
    public static string NumberOutOfRange(ReadOnlySpan<byte> raw) =>
        $"The number {Encoding.UTF8.GetString(raw)} is out of range: amounts must be finite and at most about 7.9e28.";

    /// <summary>The path of a field: <c>name</c> at the top, <c>parent.name</c> below.</summary>
    public static string Join(string parent, string name) => parent == "$" ? name : $"{parent}.{name}";

    public static string Index(string parent, int index) => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{parent}[{index}]");

    // The first bytes only: a value can be a hundred megabytes long.
    private static string Excerpt(ReadOnlySpan<byte> raw) =>
        raw.Length <= 40 ? Encoding.UTF8.GetString(raw) : string.Concat(Encoding.UTF8.GetString(raw[..40]).TrimEnd('\uFFFD'), "…");
}
