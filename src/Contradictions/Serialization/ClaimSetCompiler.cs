using System.Collections.Immutable;
using Contradictions.Claims;
using Contradictions.Drafting;
using Contradictions.Time;
using Contradictions.Vocabulary;

namespace Contradictions.Serialization;

/// <summary>
/// Turns read files into a <see cref="ClaimSet"/>: checks their formats, merges their vocabularies and sources, then
/// binds the claims — each by a <see cref="ClaimBinder"/> — in chunks on every core, and merges the chunks in file
/// order with the duplicate-id check. All problems are collected.
/// </summary>
internal sealed class ClaimSetCompiler(ContradictionOptions options)
{
    public ClaimSetLoadResult Compile(IReadOnlyList<ClaimSetFile> files, List<ClaimSetError> errors, bool skipInvalidClaims, Action<int, int>? claimsBound = null, CancellationToken cancellationToken = default)
    {
        foreach (var file in files)
        {
            file.CheckFormat(errors);
        }

        var vocabulary = VocabularyBinder.Merge(options.Vocabulary, [.. files.SelectMany(f => f.Units)], [.. files.SelectMany(f => f.Properties)], [.. files.SelectMany(f => f.ExchangeRates)], [.. files.SelectMany(f => f.OriginAliases)], errors);
        var lexicon = LexiconBinder.Merge(files.Select(f => f.DeclaredLexicon).OfType<LexiconBinder.ReadLexicon>(), vocabulary, errors);
        var (sources, invalidSources) = MergeSources(files, errors);

        var total = files.Sum(d => d.ClaimCount);
        if (total > options.Limits.MaxClaims)
        {
            errors.Add(new ClaimSetError(files[0].Name, "claims", ClaimSetErrorCodes.LimitExceeded,
                $"The input holds {total} claims; at most {options.Limits.MaxClaims} are accepted (LoadLimits.MaxClaims)."));
            return new(null, [.. errors], []);
        }

        // Claims are bound in chunks of consecutive claims, on every core the options allow; each chunk keeps its
        // claims, ids and errors apart, and the chunks are then merged in file order, so the result does not depend
        // on how the threads ran.
        var resolver = new TimeExpressionResolver(options.Time);
        var slots = new Slots(files, total);
        var chunks = new Chunk[(total + ChunkSize - 1) / ChunkSize];
        ClaimBinder NewWorker() => new(options, resolver, vocabulary, sources, invalidSources);
        if (chunks.Length <= 1)
        {
            var worker = NewWorker();
            for (var c = 0; c < chunks.Length; c++)
            {
                chunks[c] = CompileChunk(worker, slots, c, cancellationToken);
                claimsBound?.Invoke(chunks[c].Claims.Length, total);
            }
        }
        else
        {
            var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.MaxDegreeOfParallelism, CancellationToken = cancellationToken };
            Parallel.For(0, chunks.Length, parallel, NewWorker, (c, _, worker) =>
            {
                chunks[c] = CompileChunk(worker, slots, c, cancellationToken);
                claimsBound?.Invoke(chunks[c].Claims.Length, total);
                return worker;
            }, _ => { });
        }

        return Merge(chunks, slots, sources, vocabulary, errors, skipInvalidClaims, lexicon, options.Limits);
    }

    // Large enough that a chunk's bookkeeping is nothing beside its claims, small enough to spread a load of a few
    // thousand claims over the cores.
    private const int ChunkSize = 1024;

    private static Chunk CompileChunk(ClaimBinder worker, Slots slots, int chunk, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var start = chunk * ChunkSize;
        var count = Math.Min(ChunkSize, slots.Total - start);
        var result = new Chunk(start, count);
        var (document, index) = slots.Locate(start);
        LoadErrors? errors = null;
        for (var i = 0; i < count; i++, index++)
        {
            while (index == slots.Documents[document].ClaimCount)
            {
                (document, index) = (document + 1, 0);
            }

            var file = slots.Documents[document];
            if (errors is null || !ReferenceEquals(errors.File, file.Name))
            {
                errors = new LoadErrors(file.Name, result.Errors);
            }

            if (index < file.Drafts.Count)
            {
                var draft = file.Drafts[index];
                result.Claims[i] = worker.Bind(draft, errors);
                (result.Ids[i], result.Malformed[i]) = (draft.Id, false);
            }
            else
            {
                var item = index - file.Drafts.Count;
                var (line, column) = file.Outline!.ClaimPositions[item];
                var bytes = file.Outline.Utf8.Span[file.Outline.Claims![item]];
                result.Claims[i] = worker.Bind(bytes, item, new ClaimLocation(file.Name, item, line, column), errors, out result.Ids[i], out result.Malformed[i]);
            }

            result.ErrorEnds[i] = result.Errors.Count;
        }

        return result;
    }

    /// <summary>
    /// Checks each <c>revises</c> (it needs every claim): it names another claim of the set, of the same subject and
    /// property. A claim that fails is an error at its path (and left out with <c>--skip-invalid</c>).
    /// </summary>
    private static void CheckRevisions(ImmutableArray<Claim>.Builder claims, List<(string File, int Index, int Claim)>? revising, List<ClaimSetError> errors, ImmutableArray<string>.Builder skipped, bool skipInvalidClaims)
    {
        if (revising is null)
        {
            return;
        }

        var byId = new Dictionary<string, Claim>(claims.Count, StringComparer.Ordinal);
        foreach (var claim in claims)
        {
            byId.TryAdd(claim.Id, claim);
        }

        var rejected = new HashSet<int>();
        foreach (var (file, index, position) in revising)
        {
            var claim = claims[position];
            var problem = !byId.TryGetValue(claim.Revises!, out var revised) ? $"Claim '{claim.Id}' revises '{claim.Revises}', which is not a claim of the files loaded together."
                : ReferenceEquals(revised, claim) ? $"Claim '{claim.Id}' cannot revise itself."
                : revised.Subject != claim.Subject || revised.Property != claim.Property ? $"Claim '{claim.Id}' ({claim.Subject} {claim.Property}) revises '{revised.Id}' ({revised.Subject} {revised.Property}): a revision is of the same subject and property."
                : null;
            if (problem is not null)
            {
                errors.Add(new ClaimSetError(file, $"{JsonWording.Index("claims", index)}.revises", ClaimSetErrorCodes.InvalidRevision, problem) { ClaimId = claim.Id });
                rejected.Add(position);
            }
        }

        if (rejected.Count > 0 && skipInvalidClaims)
        {
            foreach (var position in rejected.OrderDescending())
            {
                skipped.Add(claims[position].Id);
                claims.RemoveAt(position);
            }
        }
    }

    /// <summary>
    /// Puts the chunks together in file order: each claim's errors, the duplicate-id check (which needs every claim
    /// before it), the fallback error for a claim rejected without one, the skipped list, and the claim set.
    /// </summary>
    private static ClaimSetLoadResult Merge(Chunk[] chunks, Slots slots, Dictionary<string, Source> sources, PropertyVocabulary vocabulary, List<ClaimSetError> errors, bool skipInvalidClaims, Lexicon lexicon, LoadLimits limits)
    {
        var claims = ImmutableArray.CreateBuilder<Claim>(slots.Total);
        var skipped = ImmutableArray.CreateBuilder<string>();

        // Where each id was first used, as a slot (a claim's position across all documents). When no claim is
        // rejected, slots are the claims' indexes in the set, and the set takes this index as its own.
        var firstUse = new Dictionary<string, int>(slots.Total, StringComparer.Ordinal);
        List<(string File, int Index, int Claim)>? revising = null;
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

                var file = slots.Documents[document].Name;
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
                    errors.Add(new ClaimSetError(file, $"{JsonWording.Index("claims", index)}.id", ClaimSetErrorCodes.DuplicateId,
                        $"Claim id '{id}' is already used by {slots.Documents[firstDocument].Name}: {JsonWording.Index("claims", firstIndex)}; claim ids must be unique across all files loaded together.") { ClaimId = id });
                    (claim, own) = (null, own + 1);
                }

                if (claim is not null)
                {
                    if (claim.Revises is not null)
                    {
                        (revising ??= []).Add((file, index, claims.Count));
                    }

                    claims.Add(claim);
                    continue;
                }

                if (own == 0 && !chunk.Malformed[i])
                {
                    errors.Add(new ClaimSetError(file, JsonWording.Index("claims", index), ClaimSetErrorCodes.Required, "The claim is invalid.") { ClaimId = id });
                }

                skipped.Add(string.IsNullOrEmpty(id) ? $"{file}: {JsonWording.Index("claims", index)}" : id);
            }
        }

        CheckRevisions(claims, revising, errors, skipped, skipInvalidClaims);
        QuoteCheck.Run(slots.Documents, claims, errors, skipped, skipInvalidClaims, limits);
        ClaimSet? set = null;
        if (errors.Count == 0 || skipInvalidClaims)
        {
            set = claims.Count == slots.Total
                ? new ClaimSet(sources.Values, claims.MoveToImmutable(), vocabulary, firstUse) { Lexicon = lexicon }
                : new ClaimSet(sources.Values, claims.ToImmutable(), vocabulary) { Lexicon = lexicon };
        }

        return new(set, [.. errors], skipInvalidClaims ? skipped.ToImmutable() : []);
    }

    /// <summary>Every claim of a load numbered in file order (its slot), and where a slot is.</summary>
    private sealed class Slots(IReadOnlyList<ClaimSetFile> documents, int total)
    {
        private readonly int[] starts = Starts(documents);

        public IReadOnlyList<ClaimSetFile> Documents => documents;

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

        private static int[] Starts(IReadOnlyList<ClaimSetFile> documents)
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

    /// <summary>
    /// The valid sources of every file, and where each invalid one is defined; an id used twice is reported in the file
    /// that uses it second.
    /// </summary>
    private static (Dictionary<string, Source> Valid, Dictionary<string, string> Invalid) MergeSources(IReadOnlyList<ClaimSetFile> files, List<ClaimSetError> errors)
    {
        var sources = new Dictionary<string, Source>(StringComparer.Ordinal);
        var invalid = new Dictionary<string, string>(StringComparer.Ordinal);
        var seenAt = new Dictionary<string, (string File, string Path)>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            foreach (var (source, id, path) in file.SourceEntries)
            {
                if (string.IsNullOrWhiteSpace(id))
                {
                    continue;
                }

                if (seenAt.TryGetValue(id, out var first))
                {
                    errors.Add(new ClaimSetError(file.Name, $"{path}.id", ClaimSetErrorCodes.DuplicateId,
                        $"Source id '{id}' is already used by {first.File}: {first.Path}; source ids must be unique across all files loaded together."));
                    continue;
                }

                seenAt[id] = (file.Name, path);
                if (source is not null)
                {
                    sources[id] = source;
                }
                else
                {
                    invalid[id] = $"{file.Name}: {path}";
                }
            }
        }

        return (sources, invalid);
    }
}
