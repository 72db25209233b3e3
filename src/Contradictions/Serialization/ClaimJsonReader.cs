using System.Text.Json;

namespace Contradictions.Serialization;

/// <summary>
/// Reads one claim object from its UTF-8 bytes into a <see cref="ClaimDocument"/> with a forward-only
/// <see cref="Utf8JsonReader"/>: no document tree, known field names matched as bytes, repeated names and value
/// expressions taken from a <see cref="StringPool"/>. It checks JSON types and field names only and reports each problem with its path, the
/// same way <see cref="ClaimSetJsonReader"/> does for the rest of the document.
/// </summary>
/// <remarks>
/// The bytes were already checked to be well-formed JSON within the depth limit when the document was scanned, so
/// reading them cannot fail.
/// </remarks>
internal sealed class ClaimJsonReader(string file, StringPool strings, int maxDepth)
{
    // The list the claim being read reports to: the reader serves one thread, one claim at a time.
    private List<ClaimSetError> errors = [];

    private static readonly string[] ClaimFields = ["id", "source", "origin", "subject", "property", "value", "unit", "time", "negated", "quote", "span", "note"];
    private static readonly string[] ValueFields = ["amount", "qualifier", "min", "max", "date", "entity"];
    private static readonly string[] TimeFields = ["asOf", "from", "to"];
    private static readonly string[] SpanFields = ["start", "end"];

    // The claim's field names in ClaimFields order, for the switch below.
    private const int Id = 0, Source = 1, Origin = 2, Subject = 3, Property = 4, Value = 5, Unit = 6, Time = 7, Negated = 8, Quote = 9, Span = 10, Note = 11;

    /// <summary>
    /// Reads the claim whose JSON is <paramref name="item"/>; <paramref name="path"/> is its path in the document.
    /// Problems are added to <paramref name="errors"/>.
    /// </summary>
    public ClaimDocument Read(ReadOnlySpan<byte> item, string path, List<ClaimSetError> errors)
    {
        this.errors = errors;
        var claim = new ClaimDocument { Path = path };
        var before = errors.Count;
        var reader = new Utf8JsonReader(item, new JsonReaderOptions { MaxDepth = maxDepth });
        reader.Read();
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            WrongType<object?>(ref reader, item, path, "an object");
            claim.IsMalformed = true;
            return claim;
        }

        var seen = 0L;
        while (NextField(ref reader, item, path, ClaimFields, ref seen) is var field && field >= 0)
        {
            switch (field)
            {
                case Id: claim.Id = String(ref reader, item, path, "id", pooled: false); break;
                case Source: claim.Source = String(ref reader, item, path, "source", pooled: true); break;
                case Origin: claim.Origin = String(ref reader, item, path, "origin", pooled: true); break;
                case Subject: claim.Subject = String(ref reader, item, path, "subject", pooled: true); break;
                case Property: claim.Property = String(ref reader, item, path, "property", pooled: true); break;
                case Unit: claim.Unit = String(ref reader, item, path, "unit", pooled: true); break;
                case Quote: claim.Quote = String(ref reader, item, path, "quote", pooled: false); break;
                case Note: claim.Note = String(ref reader, item, path, "note", pooled: false); break;
                case Negated: claim.Negated = Boolean(ref reader, item, path, "negated"); break;
                case Value:
                    claim.HasValueField = true;
                    claim.Value = reader.TokenType == JsonTokenType.String ? new ValueDocument { Text = strings.Get(ref reader) } : ReadValue(ref reader, item, $"{path}.value");
                    break;
                case Time:
                    claim.Time = reader.TokenType == JsonTokenType.String ? new TimeDocument { Text = strings.Get(ref reader) } : ReadTime(ref reader, item, $"{path}.time");
                    break;
                case Span: claim.Span = ReadSpan(ref reader, item, $"{path}.span"); break;
            }
        }

        claim.IsMalformed = errors.Count > before;
        if (claim.IsMalformed)
        {
            for (var i = before; i < errors.Count; i++)
            {
                errors[i] = new ClaimSetError(errors[i].File, errors[i].Path, errors[i].Code, errors[i].Message) { ClaimId = claim.Id };
            }
        }

        return claim;
    }

    private ValueDocument? ReadValue(ref Utf8JsonReader reader, ReadOnlySpan<byte> item, string path)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Number:
                return Decimal(ref reader, item, path) is { } number ? new ValueDocument { Amount = number, IsObject = true } : null;
            case JsonTokenType.StartObject:
                var value = new ValueDocument { IsObject = true };
                var seen = 0L;
                while (NextField(ref reader, item, path, ValueFields, ref seen) is var field && field >= 0)
                {
                    var name = ValueFields[field];
                    switch (name)
                    {
                        case "amount": value.Amount = Decimal(ref reader, item, $"{path}.{name}"); break;
                        case "qualifier": value.Qualifier = String(ref reader, item, path, name, pooled: true); break;
                        case "min": value.Min = Decimal(ref reader, item, $"{path}.{name}"); break;
                        case "max": value.Max = Decimal(ref reader, item, $"{path}.{name}"); break;
                        case "date": value.Date = String(ref reader, item, path, name, pooled: true); break;
                        case "entity": value.Entity = String(ref reader, item, path, name, pooled: true); break;
                    }
                }

                return value;
            default:
                return WrongType<ValueDocument?>(ref reader, item, path, "a string expression or an object such as { \"amount\": 11000, \"qualifier\": \"approximately\" }");
        }
    }

    private TimeDocument? ReadTime(ref Utf8JsonReader reader, ReadOnlySpan<byte> item, string path)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            return WrongType<TimeDocument?>(ref reader, item, path, "a string expression, { \"asOf\": … } or { \"from\": …, \"to\": … }");
        }

        var time = new TimeDocument { IsObject = true };
        var seen = 0L;
        while (NextField(ref reader, item, path, TimeFields, ref seen) is var field && field >= 0)
        {
            var text = String(ref reader, item, path, TimeFields[field], pooled: true);
            switch (field)
            {
                case 0: time.AsOf = text; break;
                case 1: time.From = text; break;
                default: time.To = text; break;
            }
        }

        return time;
    }

    private SpanDocument? ReadSpan(ref Utf8JsonReader reader, ReadOnlySpan<byte> item, string path)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            return WrongType<SpanDocument?>(ref reader, item, path, "an object");
        }

        var span = new SpanDocument();
        var seen = 0L;
        while (NextField(ref reader, item, path, SpanFields, ref seen) is var field && field >= 0)
        {
            long? offset = reader.TokenType == JsonTokenType.Number && reader.TryGetInt64(out var n)
                ? n
                : WrongType<long?>(ref reader, item, $"{path}.{SpanFields[field]}", "a whole number of characters");
            if (field == 0)
            {
                span.Start = offset;
            }
            else
            {
                span.End = offset;
            }
        }

        return span;
    }

    /// <summary>
    /// Moves to the next known field of the current object and onto its value, returning the field's index in
    /// <paramref name="known"/>; -1 at the end of the object. Unknown and repeated fields are reported and skipped.
    /// </summary>
    private int NextField(ref Utf8JsonReader reader, ReadOnlySpan<byte> item, string path, string[] known, ref long seen)
    {
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            // Matched against the raw UTF-8 name: a known field's name is never allocated.
            var index = -1;
            for (var k = 0; k < known.Length && index < 0; k++)
            {
                index = reader.ValueTextEquals(known[k]) ? k : -1;
            }

            if (index < 0)
            {
                var name = reader.GetString()!;
                Error(JsonWording.Join(path, name), ClaimSetErrorCodes.UnknownField, JsonWording.UnknownField(name, known));
            }
            else if ((seen & (1L << index)) != 0)
            {
                Error(JsonWording.Join(path, known[index]), ClaimSetErrorCodes.DuplicateField, JsonWording.DuplicateField(known[index]));
                index = -1;
            }

            reader.Read();
            if (index >= 0)
            {
                seen |= 1L << index;
                return index;
            }

            reader.Skip();
        }

        return -1;
    }

    // The field's path is only built when there is something to report: most fields are fine.
    private string? String(ref Utf8JsonReader reader, ReadOnlySpan<byte> item, string parent, string name, bool pooled) => reader.TokenType switch
    {
        JsonTokenType.String => pooled ? strings.Get(ref reader) : reader.GetString(),
        JsonTokenType.Null => null,
        _ => WrongType<string?>(ref reader, item, JsonWording.Join(parent, name), "a string"),
    };

    private bool Boolean(ref Utf8JsonReader reader, ReadOnlySpan<byte> item, string parent, string name) => reader.TokenType switch
    {
        JsonTokenType.True => true,
        JsonTokenType.False => false,
        _ => WrongType<bool>(ref reader, item, JsonWording.Join(parent, name), "true or false"),
    };

    private decimal? Decimal(ref Utf8JsonReader reader, ReadOnlySpan<byte> item, string path)
    {
        if (reader.TokenType != JsonTokenType.Number)
        {
            return WrongType<decimal?>(ref reader, item, path, "a number");
        }

        if (reader.TryGetDecimal(out var value))
        {
            return value;
        }

        Error(path, ClaimSetErrorCodes.OutOfRange, JsonWording.NumberOutOfRange(reader.ValueSpan));
        return null;
    }

    /// <summary>Reports the current value as the wrong type and skips past it.</summary>
    private T WrongType<T>(ref Utf8JsonReader reader, ReadOnlySpan<byte> item, string path, string expected)
    {
        var start = (int)reader.TokenStartIndex;
        var token = reader.TokenType;
        reader.Skip();
        var raw = token is JsonTokenType.String or JsonTokenType.Number ? item[start..(int)reader.BytesConsumed] : default;
        Error(path, ClaimSetErrorCodes.WrongType, $"Expected {expected}, found {JsonWording.Describe(token, raw)}.");
        return default!;
    }

    private void Error(string path, string code, string message) => errors.Add(new ClaimSetError(file, path, code, message));
}
