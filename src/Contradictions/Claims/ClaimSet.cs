using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using Contradictions.Vocabulary;

namespace Contradictions.Claims;

/// <summary>
/// Claims, the sources that make them and the vocabulary they use: the unit the checker checks. Immutable.
/// Build one with <see cref="Serialization.ClaimSetLoader"/> (from JSON) or <see cref="ClaimSetBuilder"/> (from code).
/// </summary>
public sealed class ClaimSet
{
    // A plain dictionary, never changed after construction: freezing it would cost a fifth of loading a large set, and
    // lookups by id are few (reports, tools), while a claim set is built for every load.
    private readonly Dictionary<string, Claim> claimsById;

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

        var byId = new Dictionary<string, Claim>(Claims.Length, StringComparer.Ordinal);
        foreach (var claim in Claims)
        {
            if (!byId.TryAdd(claim.Id, claim))
            {
                throw new ArgumentException($"Two claims have the id '{claim.Id}'.", nameof(claims));
            }

            if (!sourceIds.TryGetValue(claim.Source.Id, out var known) || !ReferenceEquals(known, claim.Source) && !known.Equals(claim.Source))
            {
                throw new ArgumentException($"Claim '{claim.Id}' cites source '{claim.Source.Id}', which is not in the set.", nameof(claims));
            }
        }

        claimsById = byId;
    }

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
        return claimsById.TryGetValue(id, out claim);
    }
}
