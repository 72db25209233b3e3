namespace Contradictions.Drafting;

/// <summary>
/// Proposes claims from article text, for a person to review: <see cref="RuleBasedClaimDrafter"/> (offline,
/// deterministic, the default) or a drafter over a language model (the <c>Contradictions.AI</c> package). Whatever a
/// drafter proposes passes through the loader — the vocabulary, the expressions and the quote check — before it is
/// returned; what does not pass is listed in <see cref="DraftedClaims.Unplaced"/>, never dropped.
/// </summary>
public interface IClaimDrafter
{
    /// <summary>Drafts the claims of <paramref name="articles"/>.</summary>
    /// <param name="articles">The articles; their sources' ids must differ.</param>
    /// <param name="cancellationToken">Cancels drafting.</param>
    /// <returns>The drafted claims as a claim set, and the mentions no claim was made of.</returns>
    Task<DraftedClaims> DraftAsync(IReadOnlyList<Article> articles, CancellationToken cancellationToken = default);
}
