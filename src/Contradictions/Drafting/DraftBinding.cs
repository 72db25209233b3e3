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
    public static ClaimDrafts Bind(IReadOnlyList<Article> articles, List<ClaimProposal> proposals, List<UnplacedMention> unplaced, PropertyVocabulary vocabulary, ContradictionOptions options, string drafter = RuleBasedClaimDrafter.DrafterName)
    {
        var builder = new ClaimSetBuilder(options);
        foreach (var property in vocabulary.Properties.Values)
        {
            builder.AddProperty(property);
        }

        foreach (var unit in vocabulary.Units.Units.Where(u => !Quantities.UnitCatalog.Default.Units.Contains(u)))
        {
            builder.AddUnit(unit);
        }

        foreach (var (alias, origin) in vocabulary.OriginAliases)
        {
            builder.AddOriginAlias(alias, origin);
        }

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
        var byId = new Dictionary<string, ClaimProposal>(StringComparer.Ordinal);
        foreach (var proposal in proposals)
        {
            var n = numbers[proposal.Source] = numbers.GetValueOrDefault(proposal.Source) + 1;
            var id = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{proposal.Source}-d{n}");
            byId[id] = proposal;
            var problem = texts.TryGetValue(proposal.Source, out var text) ? QuoteCheck.Problem(text, proposal.Quote, proposal.Span, "the article") : null;
            if (problem is not null)
            {
                unplaced.Add(new UnplacedMention(proposal.Source, "claim", proposal.Span, proposal.Quote, problem));
                continue;
            }

            builder.Add(new ClaimDraft
            {
                Id = id,
                Source = proposal.Source,
                Origin = proposal.Origin,
                Subject = proposal.Subject,
                Property = proposal.Property,
                HasValue = true,
                ValueText = proposal.Value,
                Unit = proposal.Unit,
                HasTime = proposal.Time is not null || proposal.AsOf is not null || proposal.From is not null,
                TimeText = proposal.Time,
                TimeIsObject = proposal.Time is null && (proposal.AsOf is not null || proposal.From is not null),
                AsOf = proposal.AsOf,
                From = proposal.From,
                Negated = proposal.Negated,
                Quote = proposal.Quote,
                HasSpan = true,
                SpanStart = proposal.Span.Start,
                SpanEnd = proposal.Span.End,
                Draft = new DraftMark(drafter, proposal.Confidence, proposal.Mentions),
            });
        }

        var result = builder.Build(skipInvalidClaims: true);
        foreach (var error in result.Errors.Where(e => e.ClaimId is not null).GroupBy(e => e.ClaimId!))
        {
            if (byId.TryGetValue(error.Key, out var refused))
            {
                unplaced.Add(new UnplacedMention(refused.Source, "claim", refused.Span, refused.Quote, string.Join(" ", error.Select(e => e.Message))));
            }
        }

        var claims = result.ClaimSet ?? new ClaimSet(articles.Select(a => a.Source), [], vocabulary);
        return new ClaimDrafts(claims, [.. unplaced.OrderBy(u => u.Source, StringComparer.Ordinal).ThenBy(u => u.Span.Start)]);
    }
}
