using System.Collections.Immutable;
using Contradictions.Claims;
using Contradictions.Quantities;
using Contradictions.Time;
using Contradictions.Validation;
using Contradictions.Vocabulary;

namespace Contradictions.Serialization;

/// <summary>
/// Turns read documents into a <see cref="ClaimSet"/>: merges and validates vocabularies and sources across files, then
/// compiles the claims — each read, validated and resolved by a <see cref="ClaimDraftCompiler"/> — in chunks on every
/// core, and merges the chunks in file order with the duplicate-id check. All problems are collected.
/// </summary>
internal sealed class ClaimSetCompiler
{
    private readonly ContradictionOptions options;
    public ClaimSetCompiler(ContradictionOptions options)
    {
        this.options = options;
    }

    public ClaimSetLoadResult Compile(IReadOnlyList<ClaimSetDocument> documents, List<ClaimSetError> errors, bool skipInvalidClaims, CancellationToken cancellationToken = default)
    {
        var envelope = new ClaimSetDocumentValidator();
        foreach (var document in documents)
        {
            Validators.Check(envelope, document, document.File, "$", errors);
        }

        var vocabulary = CompileVocabulary(documents, errors);
        var sources = CompileSources(documents, errors);

        var total = documents.Sum(d => d.ClaimCount);
        if (total > options.Limits.MaxClaims)
        {
            errors.Add(new ClaimSetError(documents[0].File, "claims", ClaimSetErrorCodes.LimitExceeded,
                $"The input holds {total} claims; at most {options.Limits.MaxClaims} are accepted (LoadLimits.MaxClaims)."));
            return new(null, [.. errors], []);
        }

        // Claims are compiled in chunks of consecutive claims, on every core the options allow; each chunk keeps its
        // claims, ids and errors apart, and the chunks are then merged in file order, so the result does not depend
        // on how the threads ran.
        var validator = new ClaimDocumentValidator(sources.Keys.ToHashSet(StringComparer.Ordinal), vocabulary);
        var resolver = new TimeExpressionResolver(options.Time);
        var slots = new Slots(documents, total);
        var chunks = new Chunk[(total + ChunkSize - 1) / ChunkSize];
        ClaimDraftCompiler NewWorker() => new(options, resolver, vocabulary, sources, validator);
        if (chunks.Length <= 1)
        {
            var worker = NewWorker();
            for (var c = 0; c < chunks.Length; c++)
            {
                chunks[c] = CompileChunk(worker, slots, c, cancellationToken);
            }
        }
        else
        {
            var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.MaxDegreeOfParallelism, CancellationToken = cancellationToken };
            Parallel.For(0, chunks.Length, parallel, NewWorker, (c, _, worker) =>
            {
                chunks[c] = CompileChunk(worker, slots, c, cancellationToken);
                return worker;
            }, _ => { });
        }

        return Merge(chunks, slots, sources, vocabulary, errors, skipInvalidClaims);
    }

    // Large enough that a chunk's bookkeeping is nothing beside its claims, small enough to spread a load of a few
    // thousand claims over the cores.
    private const int ChunkSize = 1024;

    private static Chunk CompileChunk(ClaimDraftCompiler worker, Slots slots, int chunk, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var start = chunk * ChunkSize;
        var count = Math.Min(ChunkSize, slots.Total - start);
        var result = new Chunk(start, count);
        var (document, index) = slots.Locate(start);
        for (var i = 0; i < count; i++, index++)
        {
            while (index == slots.Documents[document].ClaimCount)
            {
                (document, index) = (document + 1, 0);
            }

            result.Claims[i] = worker.Compile(slots.Documents[document], index, result.Errors, out result.Ids[i], out result.Malformed[i]);
            result.ErrorEnds[i] = result.Errors.Count;
        }

        return result;
    }

    /// <summary>
    /// Puts the chunks together in file order: each claim's errors, the duplicate-id check (which needs every claim
    /// before it), the fallback error for a claim rejected without one, the skipped list, and the claim set.
    /// </summary>
    private static ClaimSetLoadResult Merge(Chunk[] chunks, Slots slots, Dictionary<string, Source> sources, PropertyVocabulary vocabulary, List<ClaimSetError> errors, bool skipInvalidClaims)
    {
        var claims = ImmutableArray.CreateBuilder<Claim>(slots.Total);
        var skipped = ImmutableArray.CreateBuilder<string>();

        // Where each id was first used, as a slot (a claim's position across all documents). When no claim is
        // rejected, slots are the claims' indexes in the set, and the set takes this index as its own.
        var firstUse = new Dictionary<string, int>(slots.Total, StringComparer.Ordinal);
        var (document, index) = (0, 0);
        foreach (var chunk in chunks)
        {
            var errorStart = 0;
            for (var i = 0; i < chunk.Claims.Length; i++, index++)
            {
                while (index == slots.Documents[document].ClaimCount)
                {
                    (document, index) = (document + 1, 0);
                }

                var file = slots.Documents[document].File;
                var own = chunk.ErrorEnds[i] - errorStart;
                for (var e = errorStart; e < chunk.ErrorEnds[i]; e++)
                {
                    errors.Add(chunk.Errors[e]);
                }

                errorStart = chunk.ErrorEnds[i];

                var claim = chunk.Claims[i];
                var id = chunk.Ids[i];
                if (id is { Length: > 0 } && !firstUse.TryAdd(id, chunk.Start + i))
                {
                    var (firstDocument, firstIndex) = slots.Locate(firstUse[id]);
                    errors.Add(new ClaimSetError(file, $"{EncodedClaims.ClaimPath(index)}.id", ClaimSetErrorCodes.DuplicateId,
                        $"Claim id '{id}' is already used by {slots.Documents[firstDocument].File}: {EncodedClaims.ClaimPath(firstIndex)}; claim ids must be unique across all files loaded together.") { ClaimId = id });
                    (claim, own) = (null, own + 1);
                }

                if (claim is not null)
                {
                    claims.Add(claim);
                    continue;
                }

                if (own == 0 && !chunk.Malformed[i])
                {
                    errors.Add(new ClaimSetError(file, EncodedClaims.ClaimPath(index), ClaimSetErrorCodes.Required, "The claim is invalid.") { ClaimId = id });
                }

                skipped.Add(string.IsNullOrEmpty(id) ? $"{file}: {EncodedClaims.ClaimPath(index)}" : id);
            }
        }

        ClaimSet? set = null;
        if (errors.Count == 0 || skipInvalidClaims)
        {
            set = claims.Count == slots.Total
                ? new ClaimSet(sources.Values, claims.MoveToImmutable(), vocabulary, firstUse)
                : new ClaimSet(sources.Values, claims.ToImmutable(), vocabulary);
        }

        return new(set, [.. errors], skipInvalidClaims ? skipped.ToImmutable() : []);
    }

    /// <summary>Every claim of a load numbered in file order (its slot), and where a slot is.</summary>
    private sealed class Slots(IReadOnlyList<ClaimSetDocument> documents, int total)
    {
        private readonly int[] starts = Starts(documents);

        public IReadOnlyList<ClaimSetDocument> Documents => documents;

        public int Total => total;

        /// <summary>The document and the index in it of <paramref name="slot"/>.</summary>
        public (int Document, int Index) Locate(int slot)
        {
            var document = Array.BinarySearch(starts, slot);
            if (document < 0)
            {
                document = ~document - 1;
            }

            // Documents without claims share their start with the next one: take the last document starting here.
            while (document + 1 < starts.Length && starts[document + 1] == slot)
            {
                document++;
            }

            return (document, slot - starts[document]);
        }

        private static int[] Starts(IReadOnlyList<ClaimSetDocument> documents)
        {
            var starts = new int[documents.Count];
            for (int d = 0, start = 0; d < documents.Count; start += documents[d].ClaimCount, d++)
            {
                starts[d] = start;
            }

            return starts;
        }
    }

    /// <summary>What compiling a chunk of consecutive claims produced, claim by claim.</summary>
    private sealed class Chunk(int start, int count)
    {
        public int Start { get; } = start;

        public Claim?[] Claims { get; } = new Claim?[count];

        public string?[] Ids { get; } = new string?[count];

        public bool[] Malformed { get; } = new bool[count];

        /// <summary>Where each claim's errors end in <see cref="Errors"/>; they start where the previous claim's end.</summary>
        public int[] ErrorEnds { get; } = new int[count];

        public List<ClaimSetError> Errors { get; } = [];
    }

    private PropertyVocabulary CompileVocabulary(IReadOnlyList<ClaimSetDocument> documents, List<ClaimSetError> errors)
    {
        var vocabulary = options.Vocabulary;

        // Units first: properties and claims may use them.
        var unitDocuments = new Dictionary<string, UnitDocument>(StringComparer.OrdinalIgnoreCase);
        foreach (var document in documents)
        {
            foreach (var unit in document.Vocabulary?.Units ?? [])
            {
                unitDocuments.TryAdd(unit.Id, unit);
            }
        }

        var unitValidator = new UnitDocumentValidator(vocabulary.Units, unitDocuments);
        foreach (var document in documents)
        {
            foreach (var draft in document.Vocabulary?.Units ?? [])
            {
                if (Validators.Check(unitValidator, draft, document.File, draft.Path, errors) && FormatNames.TryParseDimension(draft.Dimension, out var dimension))
                {
                    var baseId = draft.Base is { } b && vocabulary.Units.TryGetUnit(b, out var known) ? known.Id : draft.Base;
                    vocabulary = vocabulary.With(new Unit(draft.Id, dimension, draft.Factor ?? 1m, baseId, draft.Aliases));
                }
            }
        }

        var all = new Dictionary<string, PropertyDocument>(StringComparer.Ordinal);
        var definedIn = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var document in documents)
        {
            foreach (var draft in document.Vocabulary?.Properties ?? [])
            {
                all.TryAdd(draft.Id, draft);
            }
        }

        foreach (var (id, property) in options.Vocabulary.Properties)
        {
            all.TryAdd(id, ToDocument(property));
        }

        var validator = new PropertyDocumentValidator(all);
        foreach (var document in documents)
        {
            foreach (var draft in document.Vocabulary?.Properties ?? [])
            {
                if (!Validators.Check(validator, draft, document.File, draft.Path, errors))
                {
                    continue;
                }

                var definition = ToDefinition(draft);
                if (vocabulary.TryGetProperty(draft.Id, out var existing))
                {
                    if (!existing.Equals(definition))
                    {
                        var where = definedIn.TryGetValue(draft.Id, out var first) ? first : "the configured vocabulary";
                        errors.Add(new ClaimSetError(document.File, draft.Path, ClaimSetErrorCodes.VocabularyConflict,
                            $"Property '{draft.Id}' is defined differently in {where}; a property may be repeated across files only with an identical definition."));
                    }

                    continue;
                }

                vocabulary = vocabulary.With(definition);
                definedIn[draft.Id] = $"{document.File}: {draft.Path}";
            }
        }

        return vocabulary;
    }

    private static Dictionary<string, Source> CompileSources(IReadOnlyList<ClaimSetDocument> documents, List<ClaimSetError> errors)
    {
        var sources = new Dictionary<string, Source>(StringComparer.Ordinal);
        var seenAt = new Dictionary<string, string>(StringComparer.Ordinal);
        var validator = new SourceDocumentValidator();
        foreach (var document in documents)
        {
            foreach (var draft in document.Sources)
            {
                var valid = Validators.Check(validator, draft, document.File, draft.Path, errors);
                if (draft.Id is { Length: > 0 } id && seenAt.TryGetValue(id, out var first))
                {
                    errors.Add(new ClaimSetError(document.File, $"{draft.Path}.id", ClaimSetErrorCodes.DuplicateId,
                        $"Source id '{id}' is already used by {first}; source ids must be unique across all files loaded together."));
                    continue;
                }

                if (draft.Id is { Length: > 0 } newId)
                {
                    seenAt[newId] = $"{document.File}: {draft.Path}";
                }

                if (valid)
                {
                    sources[draft.Id!] = new Source(draft.Id!, draft.Title!, PartialDate.Parse(draft.Published!).Value)
                    {
                        Publisher = draft.Publisher,
                        Url = draft.Url is null ? null : new Uri(draft.Url),
                        Trust = draft.Trust,
                        Note = draft.Note,
                    };
                }
            }
        }

        return sources;
    }

    private static PropertyDefinition ToDefinition(PropertyDocument draft)
    {
        var kind = FormatNames.TryParseValueKind(draft.Type, out var k) ? k : throw new InvalidOperationException($"Property '{draft.Id}' was not validated.");
        return new PropertyDefinition(draft.Id, kind)
        {
            Dimension = draft.Dimension is not null && FormatNames.TryParseDimension(draft.Dimension, out var dimension) ? dimension : null,
            Cumulative = draft.Cumulative,
            SingleValued = draft.SingleValued,
            Functional = draft.Functional,
            SumOf = [.. draft.SumOf],
            AtMost = draft.AtMost,
            NotAfter = draft.NotAfter,
            Description = draft.Description,
        };
    }

    internal static PropertyDocument ToDocument(PropertyDefinition property)
    {
        var document = new PropertyDocument
        {
            Id = property.Id,
            Path = $"vocabulary.properties.{property.Id}",
            Type = FormatNames.Name(property.ValueKind),
            Dimension = property.Dimension is { } d ? FormatNames.Name(d) : null,
            Cumulative = property.Cumulative,
            SingleValued = property.SingleValued,
            Functional = property.Functional,
            AtMost = property.AtMost,
            NotAfter = property.NotAfter,
            Description = property.Description,
        };
        document.SumOf.AddRange(property.SumOf);
        return document;
    }
}
