using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using Contradictions.Drafting;
using Contradictions.Vocabulary;

namespace Contradictions.Claims;

/// <summary>
/// Claims, the sources that make them and the vocabulary they use: the unit the checker checks. Immutable.
/// Build one with <see cref="Serialization.ClaimSetLoader"/> (from JSON) or <see cref="ClaimSetBuilder"/> (from code).
/// </summary>
public sealed class ClaimSet
{
    // Each claim's index in Claims by id. A plain dictionary, never changed after construction: freezing it would cost
    // a fifth of loading a large set, and lookups by id are few (reports, tools), while a claim set is built for every
    // load. The loader builds it while it checks ids for duplicates and hands it over.
    private readonly Dictionary<string, int> indexById;

    /// <summary>Creates a claim set.</summary>
    /// <exception cref="ArgumentException">Two sources or two claims share an id, or a claim's source is not among <paramref name="sources"/>.</exception>
    public ClaimSet(IEnumerable<Source> sources, IEnumerable<Claim> claims, PropertyVocabulary vocabulary)
    {
        ArgumentNullException.ThrowIfNull(sources);
        ArgumentNullException.ThrowIfNull(claims);
        ArgumentNullException.ThrowIfNull(vocabulary);
        Sources = sources.ToImmutableArray();
        Claims = claims.ToImmutableArray();
        Vocabulary = vocabulary;

        var sourceIds = new Dictionary<string, Source>(StringComparer.Ordinal);
        foreach (var source in Sources)
        {
            if (!sourceIds.TryAdd(source.Id, source))
            {
                throw new ArgumentException($"Two sources have the id '{source.Id}'.", nameof(sources));
            }
        }

        var byId = new Dictionary<string, int>(Claims.Length, StringComparer.Ordinal);
        for (var i = 0; i < Claims.Length; i++)
        {
            var claim = Claims[i];
            if (!byId.TryAdd(claim.Id, i))
            {
                throw new ArgumentException($"Two claims have the id '{claim.Id}'.", nameof(claims));
            }

            if (!sourceIds.TryGetValue(claim.Source.Id, out var known) || !ReferenceEquals(known, claim.Source) && !known.Equals(claim.Source))
            {
                throw new ArgumentException($"Claim '{claim.Id}' cites source '{claim.Source.Id}', which is not in the set.", nameof(claims));
            }
        }

        indexById = byId;
    }

    /// <summary>
    /// The loader's constructor: the claims were compiled against <paramref name="sources"/>, and
    /// <paramref name="indexById"/> maps each claim's id to its index, having been built while checking that ids are
    /// unique.
    /// </summary>
    internal ClaimSet(IEnumerable<Source> sources, ImmutableArray<Claim> claims, PropertyVocabulary vocabulary, Dictionary<string, int> indexById)
    {
        System.Diagnostics.Debug.Assert(indexById.Count == claims.Length, "one id per claim");
        Sources = [.. sources];
        Claims = claims;
        Vocabulary = vocabulary;
        this.indexById = indexById;
    }

    /// <summary>
    /// Gets the words drafters read claims by, from the files' <c>lexicon</c> sections (<see cref="Lexicon.Empty"/> when
    /// none has one). Checking does not use it.
    /// </summary>
    public Lexicon Lexicon { get; init; } = Lexicon.Empty;

    /// <summary>Gets the sources, in the order given.</summary>
    public ImmutableArray<Source> Sources { get; }

    /// <summary>Gets the claims, in the order given.</summary>
    public ImmutableArray<Claim> Claims { get; }

    /// <summary>Gets the vocabulary the claims use.</summary>
    public PropertyVocabulary Vocabulary { get; }

    /// <summary>Finds a claim by id.</summary>
    public bool TryGetClaim(string id, [NotNullWhen(true)] out Claim? claim)
    {
        ArgumentNullException.ThrowIfNull(id);
        if (indexById.TryGetValue(id, out var index))
        {
            claim = Claims[index];
            return true;
        }

        claim = null;
        return false;
    }
}
