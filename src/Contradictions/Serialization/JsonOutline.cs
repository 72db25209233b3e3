using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Contradictions.Serialization;

/// <summary>
/// The first pass over a file: checks that it is UTF-8 and well-formed JSON within the depth limit, with every string
/// unescapable to text, and notes where the top-level fields and the items of the first <c>claims</c> array are —
/// with each claim's line and column — without building a tree. A file that fails has that one error and nothing
/// else: its claims are never read.
/// </summary>
internal sealed class JsonOutline
{
    private JsonOutline(ReadOnlyMemory<byte> utf8) => Utf8 = utf8;

    /// <summary>Gets the file's bytes, without a byte-order mark.</summary>
    public ReadOnlyMemory<byte> Utf8 { get; }

    public JsonTokenType Root { get; private set; }

    /// <summary>Gets the top-level fields in file order: position in the shape (or -1 and the name), and the value's bytes.</summary>
    public List<(int Index, string? Name, Range Value)> Fields { get; } = [];

    /// <summary>Gets the bytes of each claim of the first <c>claims</c> array (up to the limit), or <c>null</c> when there is none.</summary>
    public List<Range>? Claims { get; private set; }

    /// <summary>Gets where each claim of <see cref="Claims"/> starts: line and column (UTF-16 code units), from 1.</summary>
    public List<(int Line, int Column)> ClaimPositions { get; } = [];

    /// <summary>Gets how many claims the array holds, including any beyond the limit.</summary>
    public int ClaimCount { get; private set; }

    /// <summary>Scans a file; returns <c>null</c>, with its one error reported, when it is not a JSON object.</summary>
    public static JsonOutline? Scan(ReadOnlyMemory<byte> utf8, JsonShape document, int claimsIndex, LoadErrors errors, int maxDepth, int maxClaims)
    {
        if (utf8.Span.StartsWith(Encoding.UTF8.Preamble))
        {
            utf8 = utf8[Encoding.UTF8.Preamble.Length..];
        }

        if (!System.Text.Unicode.Utf8.IsValid(utf8.Span))
        {
            errors.Add("$", ClaimSetErrorCodes.InvalidJson, $"The file is not valid UTF-8 (first bad byte at offset {FirstInvalidByte(utf8.Span)}); claim files must be UTF-8.");
            return null;
        }

        var outline = new JsonOutline(utf8);
        Range rootText = default;
        try
        {
            rootText = outline.Read(document, claimsIndex, maxDepth, maxClaims);
        }
        catch (JsonException e)
        {
            var where = e.LineNumber is { } line ? string.Create(CultureInfo.InvariantCulture, $"line {line + 1}, byte {e.BytePositionInLine + 1}: ") : string.Empty;
            errors.Add("$", ClaimSetErrorCodes.InvalidJson, $"{where}not well-formed JSON ({FirstSentence(e.Message)}).");
            return null;
        }

        if (outline.Root != JsonTokenType.StartObject)
        {
            errors.Add("$", ClaimSetErrorCodes.WrongType, $"A claim set is a JSON object; this file holds {JsonWording.Describe(outline.Root, utf8.Span[rootText])}.");
            return null;
        }

        return outline;
    }

    private Range Read(JsonShape document, int claimsIndex, int maxDepth, int maxClaims)
    {
        var utf8 = Utf8.Span;
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { MaxDepth = maxDepth, AllowTrailingCommas = false, CommentHandling = JsonCommentHandling.Disallow });
        reader.Read();
        Root = reader.TokenType;
        Range rootText = default;
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            var start = (int)reader.TokenStartIndex;
            SkipChecked(ref reader, utf8);
            rootText = reader.TokenType is JsonTokenType.String or JsonTokenType.Number ? start..(int)reader.BytesConsumed : default;
        }
        else
        {
            var claimsSeen = false;
            var position = new Position();
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                CheckText(ref reader, utf8);
                var index = document.IndexOf(ref reader);
                var name = index < 0 ? reader.GetString() : null;
                reader.Read();
                var valueStart = (int)reader.TokenStartIndex;

                // Only the first "claims" counts (a second is reported as a duplicate), whatever its type.
                var firstClaims = index == claimsIndex && !claimsSeen;
                claimsSeen |= index == claimsIndex;
                if (firstClaims && reader.TokenType == JsonTokenType.StartArray)
                {
                    Claims = [];
                    while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                    {
                        var itemStart = (int)reader.TokenStartIndex;
                        SkipChecked(ref reader, utf8);
                        if (ClaimCount <= maxClaims)
                        {
                            Claims.Add(itemStart..(int)reader.BytesConsumed);
                            ClaimPositions.Add(position.MoveTo(utf8, itemStart));
                        }

                        ClaimCount++;
                    }
                }
                else
                {
                    SkipChecked(ref reader, utf8);
                }

                Fields.Add((index, name, valueStart..(int)reader.BytesConsumed));
            }
        }

        // Anything after the root value but white space is an error, as in a parsed document.
        while (reader.Read())
        {
        }

        return rootText;
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

    /// <summary>
    /// Throws <see cref="JsonException"/>, with the line and byte, when a string or name cannot be unescaped to text:
    /// an escaped unpaired surrogate (<c>"\ud800"</c>) is valid JSON syntax but no string, and reading it would throw.
    /// </summary>
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

    /// <summary>Line and column of successive offsets, counted from the last one: linear in the file, even on one line.</summary>
    private sealed class Position
    {
        private int offset;
        private int line = 1;
        private int column = 1;

        public (int Line, int Column) MoveTo(ReadOnlySpan<byte> utf8, int target)
        {
            var skipped = utf8[offset..target];
            var newline = skipped.LastIndexOf((byte)'\n');
            if (newline >= 0)
            {
                line += skipped.Count((byte)'\n');
                column = 1;
                skipped = skipped[(newline + 1)..];
            }

            // UTF-16 code units, as SARIF counts columns by default: one per UTF-8 sequence, two for four-byte ones.
            foreach (var b in skipped)
            {
                column += (b & 0xC0) == 0x80 ? 0 : b >= 0xF0 ? 2 : 1;
            }

            offset = target;
            return (line, column);
        }
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
