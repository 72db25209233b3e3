using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Contradictions.Serialization;

/// <summary>
/// Reads claim-set JSON into a <see cref="ClaimSetDocument"/>, checking only JSON types and field names, and
/// collecting every problem with its path. Semantic rules are the validators' job.
/// </summary>
internal sealed class ClaimSetJsonReader
{
    public const string FormatV1 = "contradictions/claim-set@1";

    // The fields each object may have: allocated once, matched against raw UTF-8 names without allocating.
    private static readonly string[] DocumentFields = ["format", "vocabulary", "sources", "claims", "$schema", "description"];
    private static readonly string[] VocabularyFields = ["properties", "units"];
    private static readonly string[] PropertyFields = ["type", "dimension", "cumulative", "singleValued", "functional", "sumOf", "atMost", "notAfter", "description"];
    private static readonly string[] UnitFields = ["dimension", "factor", "base", "aliases"];
    private static readonly string[] SourceFields = ["id", "title", "publisher", "published", "url", "trust", "note"];
    private static readonly string[] ClaimFields = ["id", "source", "origin", "subject", "property", "value", "unit", "time", "negated", "quote", "span", "note"];
    private static readonly string[] ValueFields = ["amount", "qualifier", "min", "max", "date", "entity"];
    private static readonly string[] TimeFields = ["asOf", "from", "to"];
    private static readonly string[] SpanFields = ["start", "end"];

    private readonly string file;
    private readonly List<ClaimSetError> errors;
    private readonly int maxDepth;

    private ClaimSetJsonReader(string file, List<ClaimSetError> errors, int maxDepth)
    {
        this.file = file;
        this.errors = errors;
        this.maxDepth = maxDepth;
    }

    /// <summary>Reads one file's bytes. Returns <c>null</c> when the bytes are not a JSON object at all.</summary>
    public static ClaimSetDocument? Read(string file, ReadOnlyMemory<byte> utf8, List<ClaimSetError> errors, int maxDepth = 64)
    {
        var reader = new ClaimSetJsonReader(file, errors, maxDepth);
        return reader.ReadDocument(utf8);
    }

    private ClaimSetDocument? ReadDocument(ReadOnlyMemory<byte> utf8)
    {
        var bytes = utf8.Span;
        if (bytes.StartsWith(Encoding.UTF8.Preamble))
        {
            utf8 = utf8[Encoding.UTF8.Preamble.Length..];
        }

        if (!System.Text.Unicode.Utf8.IsValid(utf8.Span))
        {
            Error("$", ClaimSetErrorCodes.InvalidJson, $"The file is not valid UTF-8 (first bad byte at offset {FirstInvalidByte(utf8.Span)}); claim files must be UTF-8.");
            return null;
        }

        JsonDocument json;
        try
        {
            json = JsonDocument.Parse(utf8, new JsonDocumentOptions { MaxDepth = maxDepth, AllowTrailingCommas = false, CommentHandling = JsonCommentHandling.Disallow });
        }
        catch (JsonException e)
        {
            var where = e.LineNumber is { } line ? string.Create(CultureInfo.InvariantCulture, $"line {line + 1}, byte {e.BytePositionInLine + 1}: ") : string.Empty;
            Error("$", ClaimSetErrorCodes.InvalidJson, $"{where}not well-formed JSON ({FirstSentence(e.Message)}).");
            return null;
        }

        using (json)
        {
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                Error("$", ClaimSetErrorCodes.WrongType, $"A claim set is a JSON object; this file holds {Describe(root)}.");
                return null;
            }

            var document = new ClaimSetDocument { File = file };
            foreach (var field in Fields(root, "$", DocumentFields))
            {
                switch (field.Name)
                {
                    case "format":
                        document.Format = String(field.Value, "format");
                        break;
                    case "vocabulary":
                        document.Vocabulary = ReadVocabulary(field.Value, "vocabulary");
                        break;
                    case "sources":
                        foreach (var (item, path) in Items(field.Value, "sources"))
                        {
                            if (ReadSource(item, path) is { } source)
                            {
                                document.Sources.Add(source);
                            }
                        }

                        break;
                    case "claims":
                        foreach (var (item, path) in Items(field.Value, "claims"))
                        {
                            document.Claims.Add(ReadClaim(item, path));
                        }

                        break;
                    case "description":
                        String(field.Value, "description");
                        break;
                }
            }

            return document;
        }
    }

    private VocabularyDocument? ReadVocabulary(JsonElement element, string path)
    {
        if (!IsObject(element, path))
        {
            return null;
        }

        var vocabulary = new VocabularyDocument();
        foreach (var field in Fields(element, path, VocabularyFields))
        {
            var sectionPath = $"{path}.{field.Name}";
            if (!IsObject(field.Value, sectionPath))
            {
                continue;
            }

            foreach (var entry in field.Value.EnumerateObject())
            {
                var entryPath = $"{sectionPath}.{entry.Name}";
                if (!IsObject(entry.Value, entryPath))
                {
                    continue;
                }

                if (field.Name == "properties")
                {
                    vocabulary.Properties.Add(ReadProperty(entry.Name, entry.Value, entryPath));
                }
                else
                {
                    vocabulary.Units.Add(ReadUnit(entry.Name, entry.Value, entryPath));
                }
            }
        }

        return vocabulary;
    }

    private PropertyDocument ReadProperty(string id, JsonElement element, string path)
    {
        var property = new PropertyDocument { Id = id, Path = path };
        foreach (var field in Fields(element, path, PropertyFields))
        {
            var fieldPath = $"{path}.{field.Name}";
            switch (field.Name)
            {
                case "type": property.Type = String(field.Value, fieldPath); break;
                case "dimension": property.Dimension = String(field.Value, fieldPath); break;
                case "cumulative": property.Cumulative = Boolean(field.Value, path, field.Name); break;
                case "singleValued": property.SingleValued = Boolean(field.Value, path, field.Name); break;
                case "functional": property.Functional = Boolean(field.Value, path, field.Name); break;
                case "atMost": property.AtMost = String(field.Value, fieldPath); break;
                case "notAfter": property.NotAfter = String(field.Value, fieldPath); break;
                case "description": property.Description = String(field.Value, fieldPath); break;
                case "sumOf":
                    property.SumOf.AddRange(Strings(field.Value, fieldPath));
                    break;
            }
        }

        return property;
    }

    private UnitDocument ReadUnit(string id, JsonElement element, string path)
    {
        var unit = new UnitDocument { Id = id, Path = path };
        foreach (var field in Fields(element, path, UnitFields))
        {
            var fieldPath = $"{path}.{field.Name}";
            switch (field.Name)
            {
                case "dimension": unit.Dimension = String(field.Value, fieldPath); break;
                case "factor": unit.Factor = Decimal(field.Value, fieldPath); break;
                case "base": unit.Base = String(field.Value, fieldPath); break;
                case "aliases": unit.Aliases.AddRange(Strings(field.Value, fieldPath)); break;
            }
        }

        return unit;
    }

    private SourceDocument? ReadSource(JsonElement element, string path)
    {
        if (!IsObject(element, path))
        {
            return null;
        }

        var source = new SourceDocument { Path = path };
        foreach (var field in Fields(element, path, SourceFields))
        {
            var fieldPath = $"{path}.{field.Name}";
            switch (field.Name)
            {
                case "id": source.Id = String(field.Value, fieldPath); break;
                case "title": source.Title = String(field.Value, fieldPath); break;
                case "publisher": source.Publisher = String(field.Value, fieldPath); break;
                case "published": source.Published = String(field.Value, fieldPath); break;
                case "url": source.Url = String(field.Value, fieldPath); break;
                case "note": source.Note = String(field.Value, fieldPath); break;
                case "trust":
                    source.Trust = field.Value.ValueKind == JsonValueKind.Number && field.Value.TryGetDouble(out var trust) && double.IsFinite(trust)
                        ? trust
                        : WrongType<double?>(field.Value, fieldPath, "a number from 0 to 1");
                    break;
            }
        }

        return source;
    }

    private ClaimDocument ReadClaim(JsonElement element, string path)
    {
        var claim = new ClaimDocument { Path = path };
        var before = errors.Count;
        if (!IsObject(element, path))
        {
            claim.IsMalformed = true;
            return claim;
        }

        foreach (var field in Fields(element, path, ClaimFields))
        {
            switch (field.Name)
            {
                case "id": claim.Id = String(field.Value, path, field.Name); break;
                case "source": claim.Source = String(field.Value, path, field.Name); break;
                case "origin": claim.Origin = String(field.Value, path, field.Name); break;
                case "subject": claim.Subject = String(field.Value, path, field.Name); break;
                case "property": claim.Property = String(field.Value, path, field.Name); break;
                case "unit": claim.Unit = String(field.Value, path, field.Name); break;
                case "quote": claim.Quote = String(field.Value, path, field.Name); break;
                case "note": claim.Note = String(field.Value, path, field.Name); break;
                case "negated": claim.Negated = Boolean(field.Value, path, field.Name); break;
                case "value":
                    claim.HasValueField = true;
                    claim.Value = field.Value.ValueKind == JsonValueKind.String ? new ValueDocument { Text = field.Value.GetString() } : ReadValue(field.Value, $"{path}.value");
                    break;
                case "time":
                    claim.Time = field.Value.ValueKind == JsonValueKind.String ? new TimeDocument { Text = field.Value.GetString() } : ReadTime(field.Value, $"{path}.time");
                    break;
                case "span": claim.Span = ReadSpan(field.Value, $"{path}.span"); break;
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

    private ValueDocument? ReadValue(JsonElement element, string path)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                return new ValueDocument { Text = element.GetString() };
            case JsonValueKind.Number:
                return Decimal(element, path) is { } number ? new ValueDocument { Amount = number, IsObject = true } : null;
            case JsonValueKind.Object:
                var value = new ValueDocument { IsObject = true };
                foreach (var field in Fields(element, path, ValueFields))
                {
                    var fieldPath = $"{path}.{field.Name}";
                    switch (field.Name)
                    {
                        case "amount": value.Amount = Decimal(field.Value, fieldPath); break;
                        case "qualifier": value.Qualifier = String(field.Value, fieldPath); break;
                        case "min": value.Min = Decimal(field.Value, fieldPath); break;
                        case "max": value.Max = Decimal(field.Value, fieldPath); break;
                        case "date": value.Date = String(field.Value, fieldPath); break;
                        case "entity": value.Entity = String(field.Value, fieldPath); break;
                    }
                }

                return value;
            default:
                return WrongType<ValueDocument?>(element, path, "a string expression or an object such as { \"amount\": 11000, \"qualifier\": \"approximately\" }");
        }
    }

    private TimeDocument? ReadTime(JsonElement element, string path)
    {
        if (element.ValueKind == JsonValueKind.String)
        {
            return new TimeDocument { Text = element.GetString() };
        }

        if (element.ValueKind != JsonValueKind.Object)
        {
            return WrongType<TimeDocument?>(element, path, "a string expression, { \"asOf\": … } or { \"from\": …, \"to\": … }");
        }

        var time = new TimeDocument { IsObject = true };
        foreach (var field in Fields(element, path, TimeFields))
        {
            var fieldPath = $"{path}.{field.Name}";
            switch (field.Name)
            {
                case "asOf": time.AsOf = String(field.Value, fieldPath); break;
                case "from": time.From = String(field.Value, fieldPath); break;
                case "to": time.To = String(field.Value, fieldPath); break;
            }
        }

        return time;
    }

    private SpanDocument? ReadSpan(JsonElement element, string path)
    {
        if (!IsObject(element, path))
        {
            return null;
        }

        var span = new SpanDocument();
        foreach (var field in Fields(element, path, SpanFields))
        {
            var fieldPath = $"{path}.{field.Name}";
            long? offset = field.Value.ValueKind == JsonValueKind.Number && field.Value.TryGetInt64(out var n)
                ? n
                : WrongType<long?>(field.Value, fieldPath, "a whole number of characters");
            if (field.Name == "start")
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

    /// <summary>The fields of an object; unknown and repeated names are reported and skipped. A struct, so that reading a field allocates nothing.</summary>
    private FieldList Fields(JsonElement element, string path, string[] known) => new(this, element, path, known);

    private void UnknownField(string path, string name, string[] known)
    {
        var hint = known.FirstOrDefault(k => string.Equals(k, name, StringComparison.OrdinalIgnoreCase));
        Error(Join(path, name), ClaimSetErrorCodes.UnknownField,
            hint is not null ? $"Unknown field '{name}'; did you mean '{hint}'?" : $"Unknown field '{name}'; expected one of: {string.Join(", ", known.Where(k => k[0] != '$'))}.");
    }

    private readonly struct FieldList(ClaimSetJsonReader reader, JsonElement element, string path, string[] known)
    {
        public FieldEnumerator GetEnumerator() => new(reader, element.EnumerateObject(), path, known);
    }

    private struct FieldEnumerator(ClaimSetJsonReader reader, JsonElement.ObjectEnumerator fields, string path, string[] known)
    {
        private JsonElement.ObjectEnumerator fields = fields;
        private long seen;

        public (string Name, JsonElement Value) Current { get; private set; }

        public bool MoveNext()
        {
            while (fields.MoveNext())
            {
                var field = fields.Current;

                // Matched against the raw UTF-8 name: a known field's name is never allocated.
                var index = -1;
                for (var k = 0; k < known.Length && index < 0; k++)
                {
                    index = field.NameEquals(known[k]) ? k : -1;
                }

                if (index < 0)
                {
                    reader.UnknownField(path, field.Name, known);
                    continue;
                }

                if ((seen & (1L << index)) != 0)
                {
                    reader.Error(Join(path, known[index]), ClaimSetErrorCodes.DuplicateField, $"The field '{known[index]}' appears twice in the same object.");
                    continue;
                }

                seen |= 1L << index;
                Current = (known[index], field.Value);
                return true;
            }

            return false;
        }
    }

    private IEnumerable<(JsonElement Item, string Path)> Items(JsonElement element, string path)
    {
        if (element.ValueKind != JsonValueKind.Array)
        {
            WrongType<object?>(element, path, "an array");
            yield break;
        }

        var index = 0;
        foreach (var item in element.EnumerateArray())
        {
            yield return (item, string.Create(CultureInfo.InvariantCulture, $"{path}[{index}]"));
            index++;
        }
    }

    private bool IsObject(JsonElement element, string path)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            return true;
        }

        WrongType<object?>(element, path, "an object");
        return false;
    }

    private string? String(JsonElement element, string path) => element.ValueKind switch
    {
        JsonValueKind.String => element.GetString(),
        JsonValueKind.Null => null,
        _ => WrongType<string?>(element, path, "a string"),
    };

    // The field's path is only built when there is something to report: most fields are fine.
    private string? String(JsonElement element, string parent, string name) => element.ValueKind switch
    {
        JsonValueKind.String => element.GetString(),
        JsonValueKind.Null => null,
        _ => WrongType<string?>(element, Join(parent, name), "a string"),
    };

    private bool Boolean(JsonElement element, string parent, string name) => element.ValueKind switch
    {
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => WrongType<bool>(element, Join(parent, name), "true or false"),
    };

    private static string Join(string parent, string name) => parent == "$" ? name : $"{parent}.{name}";

    private List<string> Strings(JsonElement element, string path)
    {
        var result = new List<string>();
        foreach (var (item, itemPath) in Items(element, path))
        {
            if (String(item, itemPath) is { } text)
            {
                result.Add(text);
            }
        }

        return result;
    }

    private decimal? Decimal(JsonElement element, string path)
    {
        if (element.ValueKind != JsonValueKind.Number)
        {
            return WrongType<decimal?>(element, path, "a number");
        }

        if (element.TryGetDecimal(out var value))
        {
            return value;
        }

        Error(path, ClaimSetErrorCodes.OutOfRange, $"The number {element.GetRawText()} is out of range: amounts must be finite and at most about 7.9e28.");
        return null;
    }

    private T WrongType<T>(JsonElement element, string path, string expected)
    {
        Error(path, ClaimSetErrorCodes.WrongType, $"Expected {expected}, found {Describe(element)}.");
        return default!;
    }

    private void Error(string path, string code, string message) => errors.Add(new ClaimSetError(file, path, code, message));

    private static string Describe(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String or JsonValueKind.Number => $"the {(element.ValueKind == JsonValueKind.String ? "string" : "number")} {Excerpt(element)}",
        JsonValueKind.True or JsonValueKind.False => $"the boolean {element.GetRawText()}",
        _ => "null",
    };

    // The first bytes only: a value can be a hundred megabytes long.
    private static string Excerpt(JsonElement element)
    {
        var raw = System.Runtime.InteropServices.JsonMarshal.GetRawUtf8Value(element);
        return raw.Length <= 40 ? Encoding.UTF8.GetString(raw) : string.Concat(Encoding.UTF8.GetString(raw[..40]).TrimEnd('\uFFFD'), "…");
    }

    private static int FirstInvalidByte(ReadOnlySpan<byte> bytes)
    {
        try
        {
            _ = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetCharCount(bytes);
            return -1;
        }
        catch (DecoderFallbackException e)
        {
            return e.Index;
        }
    }

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        return (end > 0 ? message[..end] : message).TrimEnd('.');
    }
}
