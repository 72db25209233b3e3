using Contradictions.Claims;

namespace Contradictions.Serialization;

/// <summary>
/// One claim-set document as read: its format, vocabulary and sources bound, and its claims kept as bytes (with their
/// positions) to be bound one at a time, on every core, by <see cref="ClaimSetCompiler"/> — or, from the builder, as
/// drafts.
/// </summary>
internal sealed class ClaimSetFile
{
    public const string FormatV1 = "contradictions/claim-set@1";
    public const int Format = 0, Vocabulary = 1, Sources = 2, Claims = 3, Schema = 4, Description = 5, Lexicon = 6, Unplaced = 7;

    public static JsonShape Shape { get; } = new(
        "document",
        new("format", JsonTypes.String | JsonTypes.Null, "a string"),
        new("vocabulary", JsonTypes.Object, "an object"),
        new("sources", JsonTypes.Array, "an array"),
        new("claims", JsonTypes.Array, "an array"),
        new("$schema", JsonTypes.String | JsonTypes.Null, "a string"),
        new("description", JsonTypes.String | JsonTypes.Null, "a string"),
        new("lexicon", JsonTypes.Object, "an object"),
        new("unplaced", JsonTypes.Array, "an array"));

    public const int UnplacedSource = 0, UnplacedKind = 1, UnplacedStart = 2, UnplacedEnd = 3, UnplacedText = 4, UnplacedReason = 5;

    /// <summary>
    /// An item of <c>unplaced</c>: what a drafter found but made no claim of. Written by <see cref="ClaimSetWriter"/>;
    /// read only for its shape (known fields of the right types), since it is information for the reviewer.
    /// </summary>
    public static JsonShape UnplacedShape { get; } = new(
        "unplaced",
        new("source", JsonTypes.String, "a string"),
        new("kind", JsonTypes.String, "a string"),
        new("start", JsonTypes.Number, "a number"),
        new("end", JsonTypes.Number, "a number"),
        new("text", JsonTypes.String, "a string"),
        new("reason", JsonTypes.String, "a string"));

    public ClaimSetFile(string name) => Name = name;

    public string Name { get; }

    /// <summary>Gets or sets the folder the document's relative paths (a source's text) are read from; <c>null</c> when it has none, and texts are not read.</summary>
    public string? Directory { get; set; }

    public string? DeclaredFormat { get; set; }

    /// <summary>
    /// Gets a value indicating whether the file is JSON of some other kind: no format, and none of the format's fields
    /// (a <c>package.json</c> beside the claim files).
    /// </summary>
    public bool IsUnrelated { get; private set; }

    public List<VocabularyBinder.ReadProperty> Properties { get; } = [];

    public List<VocabularyBinder.ReadUnit> Units { get; } = [];

    /// <summary>Gets the exchange rates the document's vocabulary gives.</summary>
    public List<VocabularyBinder.ReadRate> ExchangeRates { get; } = [];

    /// <summary>Gets the other names of origins the document's vocabulary gives.</summary>
    public List<VocabularyBinder.ReadAlias> OriginAliases { get; } = [];

    /// <summary>Gets the document's lexicon, or <c>null</c> when it has none (or an invalid one).</summary>
    public LexiconBinder.ReadLexicon? DeclaredLexicon { get; private set; }

    /// <summary>Gets each source with its path: the source when it is valid, its id either way.</summary>
    public List<(Source? Source, string? Id, string Path)> SourceEntries { get; } = [];

    /// <summary>Gets or sets the file's outline, whose claims are read from its bytes.</summary>
    public JsonOutline? Outline { get; set; }

    /// <summary>Gets the claims given as drafts (by the builder).</summary>
    public List<ClaimDraft> Drafts { get; } = [];

    public int ClaimCount => Drafts.Count + (Outline?.ClaimCount ?? 0);

    /// <summary>Reads a file's sections other than its claims; returns <c>null</c> when it is not a JSON object at all.</summary>
    /// <param name="name">The file's name, for errors.</param>
    /// <param name="utf8">The file's bytes.</param>
    /// <param name="found">Where its problems go.</param>
    /// <param name="limits">The load's limits.</param>
    /// <param name="parallelism">How many cores may bind its sources (<see cref="ContradictionOptions.MaxDegreeOfParallelism"/>).</param>
    public static ClaimSetFile? Read(string name, ReadOnlyMemory<byte> utf8, List<ClaimSetError> found, LoadLimits limits, int parallelism = 1)
    {
        var errors = new LoadErrors(name, found);
        var outline = JsonOutline.Scan(utf8, Shape, Claims, errors, limits.MaxDepth, limits.MaxClaims);
        if (outline is null)
        {
            return null;
        }

        var file = new ClaimSetFile(name) { Outline = outline };

        // A file of another format is that and nothing more: its fields are not this format's, and reporting each
        // of them as unknown would only bury the one problem.
        foreach (var (index, _, range) in outline.Fields.Where(f => f.Index == Format))
        {
            file.DeclaredFormat ??= new JsonCursor(outline.Utf8.Span[range], limits.MaxDepth, new LoadErrors(name, [])).String();
        }

        file.IsUnrelated = file.DeclaredFormat is null && outline.Fields.All(f => f.Index is < 0 or Schema or Description);
        if ((file.DeclaredFormat is not null && file.DeclaredFormat != FormatV1) || file.IsUnrelated)
        {
            file.Outline = null;
            return file;
        }

        var seen = 0L;
        foreach (var (index, fieldName, range) in outline.Fields)
        {
            if (index < 0)
            {
                errors.Add(fieldName!, ClaimSetErrorCodes.UnknownField, JsonWording.UnknownField(fieldName!, Shape.Names));
                continue;
            }

            var field = Shape[index];
            if ((seen & (1L << index)) != 0)
            {
                errors.Add(field.Name, ClaimSetErrorCodes.DuplicateField, JsonWording.DuplicateField(field.Name));
                continue;
            }

            seen |= 1L << index;
            var cursor = new JsonCursor(outline.Utf8.Span[range], limits.MaxDepth, errors);
            if (!field.Accepts(cursor.Token))
            {
                cursor.WrongType(field.Name, field.Expected);
                continue;
            }

            switch (index)
            {
                case Format: file.DeclaredFormat = cursor.String(); break;
                case Lexicon: file.DeclaredLexicon = LexiconBinder.Read(ref cursor, errors); break;
                case Vocabulary: VocabularyBinder.Read(ref cursor, errors, file.Properties, file.Units, file.ExchangeRates, file.OriginAliases); break;
                case Unplaced:
                    for (var i = 0; cursor.NextItem(); i++)
                    {
                        var path = JsonWording.Index("unplaced", i);
                        var seenFields = 0L;
                        if (cursor.IsObject(path))
                        {
                            while (cursor.Next(UnplacedShape, path, ref seenFields) >= 0)
                            {
                                cursor.Skip();
                            }
                        }
                    }

                    break;
                case Sources:
                    file.ReadSources(outline.Utf8[range], errors, limits.MaxDepth, parallelism);
                    break;
            }
        }

        return file;
    }

    /// <summary>
    /// Binds the items of the <c>sources</c> array <paramref name="array"/>, in chunks on up to
    /// <paramref name="parallelism"/> cores (a news archive holds a source for every other claim); their entries and
    /// errors are kept in file order whatever the threads did.
    /// </summary>
    private void ReadSources(ReadOnlyMemory<byte> array, LoadErrors errors, int maxDepth, int parallelism)
    {
        var items = new List<Range>();
        var reader = new System.Text.Json.Utf8JsonReader(array.Span, new System.Text.Json.JsonReaderOptions { MaxDepth = maxDepth });
        reader.Read();
        while (reader.Read() && reader.TokenType != System.Text.Json.JsonTokenType.EndArray)
        {
            var start = (int)reader.TokenStartIndex;
            reader.Skip();
            items.Add(start..(int)reader.BytesConsumed);
        }

        var entries = new (Source? Source, string? Id, string Path)[items.Count];
        var chunks = new List<ClaimSetError>[(items.Count + SourceChunkSize - 1) / SourceChunkSize];
        var name = Name;
        StringPool BindChunk(int chunk, StringPool publishers)
        {
            chunks[chunk] = [];
            var chunkErrors = new LoadErrors(name, chunks[chunk]);
            for (var i = chunk * SourceChunkSize; i < Math.Min(items.Count, (chunk + 1) * SourceChunkSize); i++)
            {
                var path = JsonWording.Index("sources", i);
                var cursor = new JsonCursor(array.Span[items[i]], maxDepth, chunkErrors, publishers);
                entries[i] = (SourceBinder.Read(ref cursor, path, chunkErrors, out var id), id, path);
            }

            return publishers;
        }

        // A news archive names a few hundred outlets over its sources: each thread keeps one string of each.
        if (chunks.Length <= 1 || parallelism == 1)
        {
            var publishers = new StringPool();
            for (var c = 0; c < chunks.Length; c++)
            {
                BindChunk(c, publishers);
            }
        }
        else
        {
            Parallel.For(0, chunks.Length, new ParallelOptions { MaxDegreeOfParallelism = parallelism }, () => new StringPool(), (c, _, publishers) => BindChunk(c, publishers), _ => { });
        }

        foreach (var chunk in chunks)
        {
            errors.List.AddRange(chunk);
        }

        SourceEntries.AddRange(entries);
    }

    private const int SourceChunkSize = 1024;

    /// <summary>Checks the format the file declares.</summary>
    public void CheckFormat(List<ClaimSetError> errors)
    {
        if (IsUnrelated)
        {
            errors.Add(new ClaimSetError(Name, "$", ClaimSetErrorCodes.UnsupportedFormat,
                $"The file is not a claim set: it has none of the fields format, vocabulary, sources, claims (a claim set declares \"format\": \"{FormatV1}\")."));
        }
        else if (string.IsNullOrEmpty(DeclaredFormat))
        {
            errors.Add(new ClaimSetError(Name, "format", ClaimSetErrorCodes.UnsupportedFormat, $"The file declares no format; add \"format\": \"{FormatV1}\"."));
        }
        else if (DeclaredFormat != FormatV1)
        {
            errors.Add(new ClaimSetError(Name, "format", ClaimSetErrorCodes.UnsupportedFormat, $"Unsupported format '{DeclaredFormat}'; this version reads \"{FormatV1}\"."));
        }
    }
}
