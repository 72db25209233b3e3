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

    private readonly string file;
    private readonly List<ClaimSetError> errors;
    private readonly int maxDepth;
    private readonly int maxClaims;

    private ClaimSetJsonReader(string file, List<ClaimSetError> errors, int maxDepth, int maxClaims)
    {
        this.file = file;
        this.errors = errors;
        this.maxDepth = maxDepth;
        this.maxClaims = maxClaims;
    }

    /// <summary>
    /// Reads one file's bytes. Returns <c>null</c> when the bytes are not a JSON object at all. The claims are kept
    /// encoded (<see cref="ClaimSetDocument.Encoded"/>), to be read one at a time by the compiler.
    /// </summary>
    public static ClaimSetDocument? Read(string file, ReadOnlyMemory<byte> utf8, List<ClaimSetError> errors, int maxDepth = 64, int maxClaims = int.MaxValue - 1)
    {
        var reader = new ClaimSetJsonReader(file, errors, maxDepth, maxClaims);
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

        Outline outline;
        try
        {
            outline = Scan(utf8.Span, new JsonReaderOptions { MaxDepth = maxDepth, AllowTrailingCommas = false, CommentHandling = JsonCommentHandling.Disallow }, maxClaims);
        }
        catch (JsonException e)
        {
            var where = e.LineNumber is { } line ? string.Create(CultureInfo.InvariantCulture, $"line {line + 1}, byte {e.BytePositionInLine + 1}: ") : string.Empty;
            Error("$", ClaimSetErrorCodes.InvalidJson, $"{where}not well-formed JSON ({FirstSentence(e.Message)}).");
            return null;
        }

        if (outline.Root != JsonTokenType.StartObject)
        {
            Error("$", ClaimSetErrorCodes.WrongType, $"A claim set is a JSON object; this file holds {JsonWording.Describe(outline.Root, utf8.Span[outline.RootText])}.");
            return null;
        }

        // The sections other than claims are small: each is read as a document tree of its own, in file order.
        var document = new ClaimSetDocument { File = file };
        var seen = 0L;
        foreach (var field in outline.Fields)
        {
            if (field.Index < 0)
            {
                Error(field.Name!, ClaimSetErrorCodes.UnknownField, JsonWording.UnknownField(field.Name!, DocumentFields));
                continue;
            }

            var name = DocumentFields[field.Index];
            if ((seen & (1L << field.Index)) != 0)
            {
                Error(name, ClaimSetErrorCodes.DuplicateField, JsonWording.DuplicateField(name));
                continue;
            }

            seen |= 1L << field.Index;
            if (name == "claims" && outline.Claims is { } claims)
            {
                document.Encoded = new EncodedClaims(utf8, claims, outline.ClaimCount, maxDepth);
                continue;
            }

            using var section = JsonDocument.Parse(utf8[field.Value], new JsonDocumentOptions { MaxDepth = maxDepth });
            var value = section.RootElement;
            switch (name)
            {
                case "format":
                    document.Format = String(value, "format");
                    break;
                case "vocabulary":
                    document.Vocabulary = ReadVocabulary(value, "vocabulary");
                    break;
                case "sources":
                    foreach (var (item, path) in Items(value, "sources"))
                    {
                        if (ReadSource(item, path) is { } source)
                        {
                            document.Sources.Add(source);
                        }
                    }

                    break;
                case "claims":
                    // Not an array (an array was kept encoded above): Items reports what it is.
                    foreach (var _ in Items(value, "claims"))
                    {
                    }

                    break;
                case "description":
                    String(value, "description");
                    break;
            }
        }

        return document;
    }

    /// <summary>
    /// Checks that the whole file is well-formed JSON within the depth limit (throwing <see cref="JsonException"/>
    /// when it is not, like <see cref="JsonDocument.Parse(ReadOnlyMemory{byte}, JsonDocumentOptions)"/>) and notes
    /// where the top-level fields and the items of the first <c>claims</c> array are, without building a tree.
    /// </summary>
    /// <remarks>
    /// Every string and name is checked to be text too: an escaped unpaired surrogate (<c>"\ud800"</c>) is valid JSON
    /// syntax but no string, and reading it later would throw. Such a file is reported like malformed JSON.
    /// </remarks>
    private static Outline Scan(ReadOnlySpan<byte> utf8, JsonReaderOptions options, int maxClaims)
    {
        var reader = new Utf8JsonReader(utf8, options);
        reader.Read();
        var outline = new Outline { Root = reader.TokenType };
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            var start = (int)reader.TokenStartIndex;
            SkipChecked(ref reader, utf8);
            outline.RootText = reader.TokenType is JsonTokenType.String or JsonTokenType.Number ? start..(int)reader.BytesConsumed : default;
        }
        else
        {
            var claimsIndex = Array.IndexOf(DocumentFields, "claims");
            var claimsSeen = false;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                CheckText(ref reader, utf8);
                var index = -1;
                for (var k = 0; k < DocumentFields.Length && index < 0; k++)
                {
                    index = reader.ValueTextEquals(DocumentFields[k]) ? k : -1;
                }

                var name = index < 0 ? reader.GetString() : null;
                reader.Read();
                var valueStart = (int)reader.TokenStartIndex;
                // Only the first "claims" counts (a second is reported as a duplicate), whatever its type.
                var firstClaims = index == claimsIndex && !claimsSeen;
                claimsSeen |= index == claimsIndex;
                if (firstClaims && reader.TokenType == JsonTokenType.StartArray)
                {
                    outline.Claims = [];
                    while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                    {
                        var itemStart = (int)reader.TokenStartIndex;
                        SkipChecked(ref reader, utf8);
                        if (outline.ClaimCount <= maxClaims)
                        {
                            outline.Claims.Add(itemStart..(int)reader.BytesConsumed);
                        }

                        outline.ClaimCount++;
                    }
                }
                else
                {
                    SkipChecked(ref reader, utf8);
                }

                outline.Fields.Add(new OutlineField(index, name, valueStart..(int)reader.BytesConsumed));
            }
        }

        // Anything after the root value but white space is an error, as in a parsed document.
        while (reader.Read())
        {
        }

        return outline;
    }

    /// <summary>Moves past the current value, like <see cref="Utf8JsonReader.Skip"/>, checking every string and name in it.</summary>
    private static void SkipChecked(ref Utf8JsonReader reader, ReadOnlySpan<byte> utf8)
    {
        CheckText(ref reader, utf8);
        if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
        {
            var depth = reader.CurrentDepth;
            while (reader.Read() && reader.CurrentDepth > depth)
            {
                CheckText(ref reader, utf8);
            }
        }
    }

    /// <summary>Throws <see cref="JsonException"/>, with the line and byte, when a string or name cannot be unescaped to text.</summary>
    private static void CheckText(ref Utf8JsonReader reader, ReadOnlySpan<byte> utf8)
    {
        // Only escaped values can hold an unpaired surrogate: the bytes themselves were checked to be UTF-8.
        if (reader.TokenType is not (JsonTokenType.String or JsonTokenType.PropertyName) || !reader.ValueIsEscaped)
        {
            return;
        }

        try
        {
            _ = reader.GetString();
        }
        catch (InvalidOperationException)
        {
            var at = (int)reader.TokenStartIndex;
            var before = utf8[..at];
            var lineStart = before.LastIndexOf((byte)'\n') + 1;
            throw new JsonException(
                "a string holds an escaped unpaired surrogate (such as \\ud800 without its pair), which is not text",
                path: null, lineNumber: before.Count((byte)'\n'), bytePositionInLine: at - lineStart);
        }
    }

    /// <summary>What <see cref="Scan"/> found: the root's type, the top-level fields in file order, the claims' items.</summary>
    private sealed class Outline
    {
        public JsonTokenType Root { get; init; }

        public Range RootText { get; set; }

        public List<OutlineField> Fields { get; } = [];

        public List<Range>? Claims { get; set; }

        public int ClaimCount { get; set; }
    }

    /// <summary>A top-level field: its index in <see cref="DocumentFields"/> (or -1 and its name) and its value's bytes.</summary>
    private readonly record struct OutlineField(int Index, string? Name, Range Value);

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

    /// <summary>The fields of an object; unknown and repeated names are reported and skipped. A struct, so that reading a field allocates nothing.</summary>
    private FieldList Fields(JsonElement element, string path, string[] known) => new(this, element, path, known);

    private void UnknownField(string path, string name, string[] known) =>
        Error(JsonWording.Join(path, name), ClaimSetErrorCodes.UnknownField, JsonWording.UnknownField(name, known));

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
                    reader.Error(JsonWording.Join(path, known[index]), ClaimSetErrorCodes.DuplicateField, JsonWording.DuplicateField(known[index]));
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
        _ => WrongType<string?>(element, JsonWording.Join(parent, name), "a string"),
    };

    private bool Boolean(JsonElement element, string parent, string name) => element.ValueKind switch
    {
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => WrongType<bool>(element, JsonWording.Join(parent, name), "true or false"),
    };

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

        Error(path, ClaimSetErrorCodes.OutOfRange, JsonWording.NumberOutOfRange(System.Runtime.InteropServices.JsonMarshal.GetRawUtf8Value(element)));
        return null;
    }

    private T WrongType<T>(JsonElement element, string path, string expected)
    {
        Error(path, ClaimSetErrorCodes.WrongType, $"Expected {expected}, found {JsonWording.Describe(element)}.");
        return default!;
    }

    private void Error(string path, string code, string message) => errors.Add(new ClaimSetError(file, path, code, message));

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
