using System.Collections.Immutable;
using Contradictions.Claims;

namespace Contradictions.Drafting;

/// <summary>
/// What a drafter proposed: the draft claims as a claim set (each claim carrying its <see cref="Claim.Draft"/> mark,
/// the articles as its sources), and every mention no claim was made of. <see cref="Serialization.ClaimSetWriter"/>
/// writes both as one claim-set file that loads as it is.
/// </summary>
public sealed class DraftedClaims
{
    /// <summary>Creates a result.</summary>
    public DraftedClaims(ClaimSet claims, ImmutableArray<UnplacedMention> unplaced)
    {
        ArgumentNullException.ThrowIfNull(claims);
        Claims = claims;
        Unplaced = unplaced.IsDefault ? [] : unplaced;
    }

    /// <summary>Gets the drafted claims, bound and checked by the loader.</summary>
    public ClaimSet Claims { get; }

    /// <summary>Gets the mentions no claim was made of, and the proposals the loader refused, with why.</summary>
    public ImmutableArray<UnplacedMention> Unplaced { get; }
}
