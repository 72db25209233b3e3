using System.Collections.Immutable;
using System.Text.Json;

namespace Contradictions.Serialization;

/// <summary>The JSON types a field accepts.</summary>
[Flags]
internal enum JsonTypes
{
    String = 1,
    Number = 2,
    Boolean = 4,
    Object = 8,
    Array = 16,
    Null = 32,
}

/// <summary>
/// One field of an object of the claim-set format: its JSON name, the JSON types it accepts (and how to say so when it
/// has another), and, for a required field, the message that says it is missing.
/// </summary>
internal sealed class JsonField(string name, JsonTypes types, string expected, string? required = null)
{
    public string Name { get; } = name;

    /// <summary>Gets the name, encoded once for writing.</summary>
    public JsonEncodedText Encoded { get; } = JsonEncodedText.Encode(name);

    public JsonTypes Types { get; } = types;

    /// <summary>Gets what the field holds, for a wrong-type error: "a string", "true or false".</summary>
    public string Expected { get; } = expected;

    /// <summary>Gets the message for a missing or blank value, or <c>null</c> when the field is optional.</summary>
    public string? Required { get; } = required;

    public bool Accepts(JsonTokenType token) => token switch
    {
        JsonTokenType.String => Types.HasFlag(JsonTypes.String),
        JsonTokenType.Number => Types.HasFlag(JsonTypes.Number),
        JsonTokenType.True or JsonTokenType.False => Types.HasFlag(JsonTypes.Boolean),
        JsonTokenType.StartObject => Types.HasFlag(JsonTypes.Object),
        JsonTokenType.StartArray => Types.HasFlag(JsonTypes.Array),
        _ => Types.HasFlag(JsonTypes.Null),
    };
}

/// <summary>
/// One object of the claim-set format, as a table of its fields in the format's order. The one definition of the
/// object: reading (known, unknown, repeated and missing fields, wrong types), writing and the JSON Schema
/// (<c>docs/claim-set.schema.json</c>, which a test holds to these tables) all follow from it. Binders refer to a
/// field by its position, so that reading a field compares bytes, not strings.
/// </summary>
internal sealed class JsonShape
{
    public JsonShape(string name, params JsonField[] fields)
    {
        Name = name;
        Fields = [.. fields];
        Names = [.. fields.Select(f => f.Name)];
        utf8Names = [.. fields.Select(f => System.Text.Encoding.UTF8.GetBytes(f.Name))];
    }

    private readonly byte[][] utf8Names;

    /// <summary>Gets the object's name in the schema's definitions.</summary>
    public string Name { get; }

    public ImmutableArray<JsonField> Fields { get; }

    /// <summary>Gets the field names, for "did you mean" and "expected one of".</summary>
    public string[] Names { get; }

    public JsonField this[int index] => Fields[index];

    /// <summary>The position of the field the reader is on, matched against the raw UTF-8 name; -1 when unknown.</summary>
    public int IndexOf(ref Utf8JsonReader reader)
    {
        // A name as written is compared as it stands; only an escaped one ("\u0069d") needs the reader to unescape it.
        var escaped = reader.ValueIsEscaped || reader.HasValueSequence;
        var name = reader.ValueSpan;
        for (var k = 0; k < utf8Names.Length; k++)
        {
            if (escaped ? reader.ValueTextEquals(utf8Names[k]) : name.SequenceEqual(utf8Names[k]))
            {
                return k;
            }
        }

        return -1;
    }

    /// <summary>Reports each required field whose bit is not set in <paramref name="present"/>.</summary>
    public void ReportMissing(long present, string path, LoadErrors errors)
    {
        for (var k = 0; k < Fields.Length; k++)
        {
            if (Fields[k].Required is { } message && (present & (1L << k)) == 0)
            {
                errors.Add(JsonWording.Join(path, Fields[k].Name), ClaimSetErrorCodes.Required, message);
            }
        }
    }
}
