using System.Text.Json;

namespace Contradictions.Serialization;

/// <summary>
/// Reads an object of the claim-set format field by field from UTF-8 with a forward-only <see cref="Utf8JsonReader"/>
/// — no document tree —, driven by its <see cref="JsonShape"/>: unknown and repeated fields and values of the wrong
/// type are reported at their path and skipped, so a binder sees only known fields with values it can read.
/// </summary>
/// <remarks>
/// The bytes were checked to be well-formed JSON, within the depth limit and with every string unescapable, before
/// any object is read (<see cref="JsonOutline"/>), so reading cannot throw.
/// </remarks>
internal ref struct JsonCursor
{
    private readonly ReadOnlySpan<byte> json;
    private readonly LoadErrors errors;
    private readonly StringPool? pool;
    private Utf8JsonReader reader;

    public JsonCursor(ReadOnlySpan<byte> json, int maxDepth, LoadErrors errors, StringPool? pool = null)
    {
        this.json = json;
        this.errors = errors;
        this.pool = pool;
        reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = maxDepth });
        reader.Read();
    }

    public readonly JsonTokenType Token => reader.TokenType;

    /// <summary>Whether the current value is an object; when it is not, reports it as <paramref name="expected"/> and skips it.</summary>
    public bool IsObject(string path, string expected = "an object")
    {
        if (reader.TokenType == JsonTokenType.StartObject)
        {
            return true;
        }

        WrongType(path, expected);
        return false;
    }

    /// <summary>
    /// Moves to the next field of the current object that <paramref name="shape"/> knows, onto its value, and returns
    /// its position in the shape; -1 at the end of the object. Sets the field's bit in <paramref name="seen"/>.
    /// </summary>
    public int Next(JsonShape shape, string path, ref long seen)
    {
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var index = shape.IndexOf(ref reader);
            if (index < 0)
            {
                var name = reader.GetString()!;
                errors.Add(JsonWording.Join(path, name), ClaimSetErrorCodes.UnknownField, JsonWording.UnknownField(name, shape.Names));
            }
            else if ((seen & (1L << index)) != 0)
            {
                errors.Add(JsonWording.Join(path, shape[index].Name), ClaimSetErrorCodes.DuplicateField, JsonWording.DuplicateField(shape[index].Name));
                index = -1;
            }

            reader.Read();
            if (index < 0)
            {
                reader.Skip();
                continue;
            }

            seen |= 1L << index;
            if (shape[index].Accepts(reader.TokenType))
            {
                return index;
            }

            WrongType(JsonWording.Join(path, shape[index].Name), shape[index].Expected);
        }

        return -1;
    }

    /// <summary>
    /// Moves onto the value of the next field of an object keyed by ids (a vocabulary's properties), whatever its name;
    /// <c>false</c> at the end of the object.
    /// </summary>
    public bool NextEntry(out string name)
    {
        if (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            name = reader.GetString()!;
            reader.Read();
            return true;
        }

        name = string.Empty;
        return false;
    }

    /// <summary>The next item of the current array, if any.</summary>
    public bool NextItem() => reader.Read() && reader.TokenType != JsonTokenType.EndArray;

    /// <summary>Reads the current string (pooled when the cursor has a pool and <paramref name="pooled"/> is set), or <c>null</c> for JSON null.</summary>
    public string? String(bool pooled = false) => reader.TokenType switch
    {
        JsonTokenType.String => pooled && pool is not null ? pool.Get(ref reader) : reader.GetString(),
        _ => null,
    };

    /// <summary>
    /// Reads the current string as a key of <paramref name="known"/>: the dictionary's own key and its value when the
    /// text is one (found from the bytes, without allocating), else the string itself (pooled) and <c>null</c>.
    /// </summary>
    public (string? Key, TValue? Value) Find<TValue>(Dictionary<string, TValue>.AlternateLookup<ReadOnlySpan<char>> known)
        where TValue : class
    {
        if (reader.TokenType == JsonTokenType.String && !reader.HasValueSequence && reader.ValueSpan.Length <= StringPool.MaxPooledLength)
        {
            // A string's UTF-16 length never exceeds the length of its escaped UTF-8 form.
            Span<char> buffer = stackalloc char[StringPool.MaxPooledLength];
            if (known.TryGetValue(buffer[..reader.CopyString(buffer)], out var key, out var value))
            {
                return (key, value);
            }
        }

        return (String(pooled: true), null);
    }

    public readonly bool Boolean() => reader.TokenType == JsonTokenType.True;

    /// <summary>Reads the current number as a decimal; one out of its range is reported.</summary>
    public decimal? Decimal(string path)
    {
        if (reader.TryGetDecimal(out var value))
        {
            return value;
        }

        errors.Add(path, ClaimSetErrorCodes.OutOfRange, JsonWording.NumberOutOfRange(reader.ValueSpan));
        return null;
    }

    /// <summary>Reads the current number as a whole number; anything else is reported as <paramref name="expected"/>.</summary>
    public long? Int64(string path, string expected)
    {
        if (reader.TokenType == JsonTokenType.Number && reader.TryGetInt64(out var value))
        {
            return value;
        }

        WrongType(path, expected);
        return null;
    }

    /// <summary>Reads the current number as a finite double; anything else is reported as <paramref name="expected"/>.</summary>
    public double? Double(string path, string expected)
    {
        if (reader.TokenType == JsonTokenType.Number && reader.TryGetDouble(out var value) && double.IsFinite(value))
        {
            return value;
        }

        WrongType(path, expected);
        return null;
    }

    /// <summary>Reads the current array of strings; items of another type are reported at their index.</summary>
    public List<string> Strings(string path)
    {
        var strings = new List<string>();
        for (var i = 0; NextItem(); i++)
        {
            if (reader.TokenType == JsonTokenType.String)
            {
                strings.Add(reader.GetString()!);
            }
            else if (reader.TokenType != JsonTokenType.Null)
            {
                WrongType(JsonWording.Index(path, i), "a string");
            }
        }

        return strings;
    }

    /// <summary>Moves past the current value, unread.</summary>
    public void Skip() => reader.Skip();

    /// <summary>Reports each required field of <paramref name="shape"/> whose bit is not set in <paramref name="present"/>.</summary>
    public readonly void ReportMissing(JsonShape shape, long present, string path) => shape.ReportMissing(present, path, errors);

    /// <summary>Reports a problem with what was read at <paramref name="path"/>.</summary>
    public readonly void Report(string path, string code, string message) => errors.Add(path, code, message);

    /// <summary>Reports the current value as not <paramref name="expected"/>, and moves past it.</summary>
    public void WrongType(string path, string expected)
    {
        var start = (int)reader.TokenStartIndex;
        var token = reader.TokenType;
        reader.Skip();
        var raw = token is JsonTokenType.String or JsonTokenType.Number ? json[start..(int)reader.BytesConsumed] : default;
        errors.Add(path, ClaimSetErrorCodes.WrongType, $"Expected {expected}, found {JsonWording.Describe(token, raw)}.");
    }
}
