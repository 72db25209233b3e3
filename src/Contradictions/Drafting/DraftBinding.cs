using System.Collections.Immutable;
using Contradictions.Claims;
using Contradictions.Serialization;
using Contradictions.Vocabulary;

namespace Contradictions.Drafting;

/// <summary>
/// Turns a drafter's proposals into a claim set through the loader's own binders — the vocabulary, the expressions,
/// the quote against the article — so that drafts load as they are; a proposal the loader refuses is listed as
/// unplaced with the loader's reason.
/// </summary>
internal static class DraftBinding
{
    /// <summary>Binds drafts (each with its source, quote, span and draft mark; ids are given here, in article order).</summary>
    public static DraftedClaims Bind(IReadOnlyList<Article> articles, List<ClaimDraft> drafts, List<UnplacedMention> unplaced, PropertyVocabulary vocabulary, ContradictionOptions options)
    {
        var builder = new ClaimSetBuilder(options).AddVocabulary(vocabulary);

        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var article in articles)
        {
            if (!texts.TryAdd(article.Source.Id, article.Text))
            {
                throw new ArgumentException($"Two articles have the source id '{article.Source.Id}'.", nameof(articles));
            }

            builder.AddSource(article.Source);
        }

        var numbers = new Dictionary<string, int>(StringComparer.Ordinal);
        var byId = new Dictionary<string, ClaimDraft>(StringComparer.Ordinal);
        foreach (var draft in drafts)
        {
            var source = draft.Source!;
            var n = numbers[source] = numbers.GetValueOrDefault(source) + 1;
            draft.Id = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{source}-d{n}");
            byId[draft.Id] = draft;
            var span = Span(draft);
            var problem = texts.TryGetValue(source, out var text) ? QuoteCheck.Problem(text, draft.Quote!, span, "the article") : null;
            if (problem is not null)
            {
                unplaced.Add(new UnplacedMention(source, "claim", span, draft.Quote!, problem));
                continue;
            }

            builder.Add(draft);
        }

        var result = builder.Build(skipInvalidClaims: true);
        foreach (var error in result.Errors.Where(e => e.ClaimId is not null).GroupBy(e => e.ClaimId!))
        {
            if (byId.TryGetValue(error.Key, out var refused))
            {
                unplaced.Add(new UnplacedMention(refused.Source!, "claim", Span(refused), refused.Quote!, string.Join(" ", error.Select(e => e.Message))));
            }
        }

        var claims = result.ClaimSet ?? new ClaimSet(articles.Select(a => a.Source), [], vocabulary);
        return new DraftedClaims(claims, [.. unplaced.OrderBy(u => u.Source, StringComparer.Ordinal).ThenBy(u => u.Span.Start)]);
    }

    private static TextSpan Span(ClaimDraft draft) => new((int)draft.SpanStart!.Value, (int)draft.SpanEnd!.Value);
}
