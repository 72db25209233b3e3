using System.Text.Json;

namespace Contradictions.Serialization;

/// <summary>
/// One string instance per distinct text within a load, for the fields that repeat across claims (subjects, sources,
/// properties, units, qualifiers, value and time expressions): a repeated value is looked up from its UTF-8 bytes without
/// allocating, and the loaded claims share their strings instead of each keeping its own copy.
/// </summary>
/// <remarks>Not thread-safe: one pool per load.</remarks>
internal sealed class StringPool
{
    /// <summary>The longest value pooled (and copied to the stack to be looked up): longer values are rarely repeated names, and are read as plain strings.</summary>
    public const int MaxPooledLength = 128;

    private readonly Dictionary<string, string> strings = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> bySpan;

    public StringPool()
    {
        bySpan = strings.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The reader's current string token, pooled.</summary>
    public string Get(ref Utf8JsonReader reader)
    {
        if (reader.ValueSpan.Length > MaxPooledLength || reader.HasValueSequence)
        {
            return reader.GetString()!;
        }

        // A string's UTF-16 length never exceeds the length of its escaped UTF-8 form.
        Span<char> buffer = stackalloc char[MaxPooledLength];
        var text = buffer[..reader.CopyString(buffer)];
        if (!bySpan.TryGetValue(text, out var pooled))
        {
            pooled = text.ToString();
            strings.Add(pooled, pooled);
        }

        return pooled;
    }
}
