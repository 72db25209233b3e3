using System.Collections.Immutable;
using Contradictions.Claims;
using Contradictions.Mentions;
using Contradictions.Quantities;
using Contradictions.Serialization;
using Contradictions.Vocabulary;

namespace Contradictions.Drafting;

/// <summary>
/// Drafts claims from the mentions of each sentence and a <see cref="Lexicon"/>, offline and deterministically: a
/// quantity becomes the value of the nearest property term that can count it, a date the value of the nearest term
/// of a date property, an entity alias the value of an entity property's term, an office title with a name the
/// holder of that office; the subject is the nearest subject alias (for a quantity, else the previous claim's
/// subject); the time is the sentence's other time mention ("as of …" an as-of time, "since …" a start), else the
/// publication; the origin is the attribution covering the claim. See docs/drafting.md.
/// </summary>
/// <remarks>
/// Each term, time and quantity makes at most one claim: pairs are taken nearest first, a term after a quantity
/// ("400 soldiers killed") counting as nearer than one before it. The confidence starts at 0.5 and grows when the
/// words are adjacent and the subject is named in the sentence; it is a ranking for review, not a probability.
/// </remarks>
public sealed class RuleBasedClaimDrafter : IClaimDrafter
{
    /// <summary>The name this drafter marks its drafts with.</summary>
    public const string DrafterName = "rules";

    // How far apart (in characters) a quantity and the term that names its property may stand.
    private const int QuantityReachAfter = 80;
    private const int QuantityReachBefore = 60;

    // The longest stretch of text drafted as one sentence (see Pieces).
    private const int MaxSentence = 2000;

    private readonly PropertyVocabulary vocabulary;
    private readonly Lexicon lexicon;
    private readonly LexiconMatcher matcher;
    private readonly MentionTagger tagger;
    private readonly ContradictionOptions options;

    /// <summary>Creates a drafter.</summary>
    /// <param name="vocabulary">The properties claims are drafted under.</param>
    /// <param name="lexicon">The words that name them, their subjects, entities and offices.</param>
    /// <param name="options">Time conventions and load limits for tagging and binding the drafts.</param>
    public RuleBasedClaimDrafter(PropertyVocabulary vocabulary, Lexicon lexicon, ContradictionOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(vocabulary);
        ArgumentNullException.ThrowIfNull(lexicon);
        this.options = options ?? new ContradictionOptions();
        this.vocabulary = vocabulary;
        this.lexicon = lexicon;
        matcher = new LexiconMatcher(lexicon);
        tagger = new MentionTagger(this.options.Time);
    }

    /// <inheritdoc />
    public Task<DraftedClaims> DraftAsync(IReadOnlyList<Article> articles, CancellationToken cancellationToken = default) =>
        Task.FromResult(Draft(articles, cancellationToken));

    /// <summary>Drafts the claims of <paramref name="articles"/> (synchronously: nothing here waits).</summary>
    public DraftedClaims Draft(IReadOnlyList<Article> articles, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var proposals = new List<ClaimDraft>();
        var unplaced = new List<UnplacedMention>();
        foreach (var article in articles)
        {
            DraftArticle(article, proposals, unplaced, cancellationToken);
        }

        return DraftBinding.Bind(articles, proposals, unplaced, vocabulary, options);
    }

    private void DraftArticle(Article article, List<ClaimDraft> proposals, List<UnplacedMention> unplaced, CancellationToken cancellationToken)
    {
        var text = article.Text;
        var mentions = tagger.Tag(text, article.Source.Published, cancellationToken);
        var reasons = new Dictionary<Mention, string>(ReferenceEqualityComparer.Instance);
        var used = new HashSet<Mention>(ReferenceEqualityComparer.Instance);
        string? lastSubject = null;
        var next = 0;
        foreach (var (start, end) in Pieces(MentionTagger.Sentences(text), text))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var sentence = new List<Mention>();
            while (next < mentions.Length && mentions[next].Span.Start < end)
            {
                sentence.Add(mentions[next++]);
            }

            var hits = matcher.Find(text, start, end);
            if (hits.Count == 0)
            {
                continue;
            }

            var context = new Sentence(article, start, end, sentence, hits, used, reasons);
            DraftDates(context, proposals);
            DraftOffices(context, proposals);
            DraftEntities(context, proposals);
            lastSubject = DraftQuantities(context, proposals, lastSubject);
        }

        foreach (var mention in mentions.Where(m => !used.Contains(m)))
        {
            unplaced.Add(new UnplacedMention(article.Source.Id, mention.Kind, mention.Span, mention.Text, reasons.GetValueOrDefault(mention) ?? DefaultReason(mention)));
        }
    }

    /// <summary>
    /// Sentences, with any longer than <see cref="MaxSentence"/> cut at a space: pairing words within a sentence costs
    /// the square of its mentions, so a megabyte without a full stop is drafted a kilobyte at a time, in linear time.
    /// </summary>
    private static IEnumerable<(int Start, int End)> Pieces(IEnumerable<(int Start, int End)> sentences, string text)
    {
        foreach (var (start, end) in sentences)
        {
            var from = start;
            while (end - from > MaxSentence)
            {
                var cut = text.LastIndexOf(' ', from + MaxSentence - 1, MaxSentence / 2);
                cut = cut < 0 ? from + MaxSentence : cut + 1;
                yield return (from, cut);
                from = cut;
            }

            yield return (from, end);
        }
    }

    private static string DefaultReason(Mention mention) => mention switch
    {
        TimeMention => "no term of a date property and no claim in its sentence to date",
        QuantityMention => "no property term of the lexicon stands near it",
        AttributionMention => "it covers no drafted claim",
        OfficeHolderMention => "the title is not an office of the lexicon",
        _ => "nothing in the lexicon names it",
    };

    private void DraftOffices(Sentence s, List<ClaimDraft> proposals)
    {
        var covered = new List<TextSpan>();
        foreach (var holder in s.Mentions.OfType<OfficeHolderMention>())
        {
            var office = s.Hits.FirstOrDefault(h => h.Section == LexiconSection.Office && Inside(h.Span, holder.Span));
            if (office.Id is null)
            {
                continue;
            }

            covered.Add(holder.Span);
            var time = s.Mentions.OfType<TimeMention>().FirstOrDefault(t => t.Time is not null && !s.Dated.Contains(t) && t.Span.Start >= holder.Span.End && t.Span.Start - holder.Span.End <= 2);
            s.Use(holder);
            if (time is not null)
            {
                s.Use(time);
            }

            var quoteEnd = time?.Span.End ?? holder.Span.End;
            var draft = Propose(s, office.Id, lexicon.HolderProperty, Entity(holder.Person), holder.Span.Start, quoteEnd, 0.8, [holder, .. time is null ? Array.Empty<Mention>() : [time]], office);
            draft.Negated = holder.Former;
            (draft.HasTime, draft.TimeText) = (time is not null, time?.Text);
            proposals.Add(draft);
        }

        // "Dmitry Medvedev, Deputy Chairman of the Security Council": a title of the lexicon after a name and a comma.
        foreach (var office in s.Hits.Where(h => h.Section == LexiconSection.Office && !covered.Any(c => Inside(h.Span, c))))
        {
            if (NameBefore(s.Text, s.Start, office.Span.Start) is { } name)
            {
                proposals.Add(Propose(s, office.Id, lexicon.HolderProperty, Entity(s.Text[name.Start..name.End]), name.Start, office.Span.End, 0.6, [], office));
            }
        }
    }

    private void DraftDates(Sentence s, List<ClaimDraft> proposals)
    {
        var terms = s.Hits.Where(h => h.Section == LexiconSection.Property && Kind(h.Id) == ValueKind.Date).ToList();
        var times = s.Mentions.OfType<TimeMention>().Where(t => t.Time is not null && t.Type is TimeMentionType.Date or TimeMentionType.Time).ToList();
        foreach (var (term, time, gap) in Pairs(terms, times, t => t.Span, (term, time) => Gap(term.Span, time.Span)))
        {
            if (Subject(s, term.Span, time.Span) is not { } subject)
            {
                s.Explain(time, $"'{s.Text[term.Span.Start..term.Span.End]}' names a date, but no subject of the lexicon is in its sentence");
                continue;
            }

            s.Use(time);
            s.Dated.Add(time);
            var (from, to) = (Math.Min(term.Span.Start, time.Span.Start), Math.Max(term.Span.End, time.Span.End));
            proposals.Add(Propose(s, subject.Id, term.Id, time.Text, from, to, Confidence(gap, subject.Distance), [time], term, SubjectHit(subject)));
        }
    }

    private void DraftEntities(Sentence s, List<ClaimDraft> proposals)
    {
        foreach (var term in s.Hits.Where(h => h.Section == LexiconSection.Property && Kind(h.Id) == ValueKind.Entity))
        {
            var entity = s.Hits.Where(h => h.Section == LexiconSection.Entity && h.Span.Start >= term.Span.End && h.Span.Start - term.Span.End <= 40).Select(h => (LexiconHit?)h).FirstOrDefault();
            if (entity is not { } value || Subject(s, term.Span, term.Span) is not { } subject)
            {
                continue;
            }

            var time = s.Mentions.OfType<TimeMention>().Where(t => t.Time is not null && !s.Dated.Contains(t)).MinBy(t => Gap(t.Span, term.Span));
            var draft = Propose(s, subject.Id, term.Id, value.Id, Math.Min(subject.Span.Start, time?.Span.Start ?? int.MaxValue), value.Span.End, Confidence(Gap(term.Span, value.Span), subject.Distance), time is null ? [] : [time], term, value, SubjectHit(subject));
            if (time is not null)
            {
                Date(draft, s, time, cumulative: false);
            }

            proposals.Add(draft);
        }
    }

    private string? DraftQuantities(Sentence s, List<ClaimDraft> proposals, string? lastSubject)
    {
        var terms = s.Hits.Where(h => h.Section == LexiconSection.Property && Kind(h.Id) == ValueKind.Quantity).ToList();
        var quantities = s.Mentions.OfType<QuantityMention>().ToList();
        var pairs = Pairs(terms, quantities, q => q.Span, (term, quantity) => Counts(term.Id, quantity.Quantity) ? Reach(quantity.Span, term.Span) : int.MaxValue);
        foreach (var (term, quantity, gap) in pairs.OrderBy(p => p.Item2.Span.Start))
        {
            var property = vocabulary.Properties[term.Id];
            var subject = Subject(s, quantity.Span, term.Span);
            var subjectId = subject?.Id ?? lastSubject;
            if (subjectId is null)
            {
                s.Explain(quantity, $"'{s.Text[term.Span.Start..term.Span.End]}' names its property, but no subject of the lexicon is in its sentence or before it");
                continue;
            }

            s.Use(quantity);
            var (from, to) = (Math.Min(term.Span.Start, quantity.Span.Start), Math.Max(term.Span.End, quantity.Span.End));
            var confidence = Confidence(gap, subject?.Distance ?? int.MaxValue);
            var draft = Propose(s, subjectId, term.Id, quantity.Text, from, to, confidence, [quantity], term, subject is { } named ? SubjectHit(named) : null);
            draft.Unit = quantity.Quantity.Unit.Equals(UnitCatalog.Item) ? null : quantity.Quantity.Unit.Id;

            // The sentence's other time, the nearest one no date claim took ("400 killed and 3,600 injured as of late
            // February": both); a "since …" only for the quantity nearest to it, and not for a running total.
            var time = s.Mentions.OfType<TimeMention>()
                .Where(t => t.Time is not null && !s.Dated.Contains(t) && t.Type is TimeMentionType.Date && (!Since(s, t) || quantities.MinBy(q => Gap(q.Span, t.Span)) == quantity))
                .MinBy(t => Gap(t.Span, quantity.Span));
            if (time is not null && Date(draft, s, time, property.Cumulative))
            {
                var mark = draft.Draft!;
                draft.Draft = new DraftMark(mark.Drafter, mark.Confidence, [.. mark.Mentions, new MentionReference(time.Kind, time.Span)]);
            }

            proposals.Add(draft);
            lastSubject = subjectId;
        }

        return lastSubject;
    }

    private static ReadOnlySpan<char> Before(Sentence s, TimeMention time) =>
        s.Text.AsSpan(Math.Max(s.Start, time.Span.Start - 16), time.Span.Start - Math.Max(s.Start, time.Span.Start - 16));

    private static bool Since(Sentence s, TimeMention time) => time.Signal == "since" || Before(s, time).Contains("since", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Gives a draft the time of a mention: "as of …" an as-of time, "since …" a start (for a running total, the
    /// publication: returns <c>false</c>), else the expression.
    /// </summary>
    private static bool Date(ClaimDraft draft, Sentence s, TimeMention time, bool cumulative)
    {
        var since = Since(s, time);
        if (since && cumulative)
        {
            return false;
        }

        s.Use(time);
        draft.HasTime = true;
        if (since)
        {
            (draft.TimeIsObject, draft.From) = (true, time.Text);
        }
        else if (Before(s, time).TrimEnd().EndsWith("as of", StringComparison.OrdinalIgnoreCase))
        {
            (draft.TimeIsObject, draft.AsOf) = (true, time.Text);
        }
        else
        {
            draft.TimeText = time.Text;
        }

        return true;
    }

    private ValueKind? Kind(string property) => vocabulary.TryGetProperty(property, out var definition) ? definition.ValueKind : null;

    /// <summary>Whether the property can hold the quantity: the same dimension (a count for a count).</summary>
    private bool Counts(string property, Quantity quantity)
    {
        var definition = vocabulary.Properties[property];
        var dimension = quantity.Unit.Dimension;
        return definition.Dimension is null ? dimension == Dimension.Count : definition.Dimension == dimension;
    }

    /// <summary>The subject alias of the sentence nearest to the value or its term.</summary>
    private static (string Id, TextSpan Span, int Distance)? Subject(Sentence s, TextSpan value, TextSpan term)
    {
        (string Id, TextSpan Span, int Distance)? best = null;
        foreach (var hit in s.Hits.Where(h => h.Section == LexiconSection.Subject))
        {
            var distance = Math.Min(Gap(hit.Span, value), Gap(hit.Span, term));
            if (best is null || distance < best.Value.Distance)
            {
                best = (hit.Id, hit.Span, distance);
            }
        }

        return best;
    }

    /// <summary>Pairs items nearest first; each term and each mention is used once. A gap of <see cref="int.MaxValue"/> never pairs.</summary>
    private static List<(LexiconHit, TMention, int)> Pairs<TMention>(List<LexiconHit> terms, List<TMention> mentions, Func<TMention, TextSpan> span, Func<LexiconHit, TMention, int> gap)
        where TMention : Mention
    {
        var candidates = new List<(int Gap, int Term, int Mention)>();
        for (var t = 0; t < terms.Count; t++)
        {
            for (var m = 0; m < mentions.Count; m++)
            {
                if (gap(terms[t], mentions[m]) is var g and < int.MaxValue)
                {
                    candidates.Add((g, t, m));
                }
            }
        }

        var (termTaken, mentionTaken) = (new bool[terms.Count], new bool[mentions.Count]);
        var pairs = new List<(LexiconHit, TMention, int)>();
        foreach (var (g, t, m) in candidates.OrderBy(c => c.Gap).ThenBy(c => span(mentions[c.Mention]).Start))
        {
            if (!termTaken[t] && !mentionTaken[m])
            {
                (termTaken[t], mentionTaken[m]) = (true, true);
                pairs.Add((terms[t], mentions[m], g));
            }
        }

        return pairs;
    }

    /// <summary>A quantity's distance to a term: after it as it stands, before it twice over; out of reach, never.</summary>
    private static int Reach(TextSpan quantity, TextSpan term) =>
        term.Start >= quantity.End ? (term.Start - quantity.End <= QuantityReachAfter ? term.Start - quantity.End : int.MaxValue)
        : term.End <= quantity.Start ? (quantity.Start - term.End <= QuantityReachBefore ? 2 * (quantity.Start - term.End) : int.MaxValue)
        : int.MaxValue;

    private static int Gap(TextSpan a, TextSpan b) => a.End <= b.Start ? b.Start - a.End : b.End <= a.Start ? a.Start - b.End : 0;

    private static bool Inside(TextSpan inner, TextSpan outer) => inner.Start >= outer.Start && inner.End <= outer.End;

    private static double Confidence(int gap, int subjectDistance) =>
        Math.Round(0.5 + (gap <= 3 ? 0.2 : gap <= 30 ? 0.1 : 0) + (subjectDistance <= 30 ? 0.2 : subjectDistance < int.MaxValue ? 0.1 : 0), 2);

    private string Entity(string name)
    {
        foreach (var (id, aliases) in lexicon.Entities)
        {
            if (aliases.Any(a => string.Equals(a, name, StringComparison.OrdinalIgnoreCase)))
            {
                return id;
            }
        }

        return Ids.FromWords(name);
    }

    /// <summary>Up to four capitalised words right before ", " at <paramref name="at"/>.</summary>
    private static TextSpan? NameBefore(string text, int sentenceStart, int at)
    {
        var i = at - 1;
        while (i >= sentenceStart && text[i] == ' ')
        {
            i--;
        }

        if (i < sentenceStart || text[i] != ',')
        {
            return null;
        }

        var end = i;
        var words = LexiconMatcher.Words(text, sentenceStart, end);
        var first = words.Count;
        while (first > 0 && words.Count - first < 4 && char.IsUpper(text[words[first - 1].Start]))
        {
            first--;
        }

        return words.Count - first >= 2 ? new TextSpan(words[first].Start, words[^1].End) : null;
    }

    private static LexiconHit SubjectHit((string Id, TextSpan Span, int Distance) subject) => new(LexiconSection.Subject, subject.Id, subject.Span);

    // The draft lists the words it was made of: the mentions, and the lexicon's phrases as "property-term",
    // "subject-alias", "entity-alias" and "office-title".
    private static string ReferenceKind(LexiconSection section) => section switch
    {
        LexiconSection.Property => "property-term",
        LexiconSection.Subject => "subject-alias",
        LexiconSection.Entity => "entity-alias",
        _ => "office-title",
    };

    private static ClaimDraft Propose(Sentence s, string subject, string property, string value, int start, int end, double confidence, IEnumerable<Mention> mentions, params LexiconHit?[] words)
    {
        var origin = s.Mentions.OfType<AttributionMention>().FirstOrDefault(a => a.Covers.Start < end && a.Covers.End > start);
        var references = mentions.Select(m => new MentionReference(m.Kind, m.Span))
            .Concat(words.OfType<LexiconHit>().Select(w => new MentionReference(ReferenceKind(w.Section), w.Span)))
            .Distinct()
            .ToList();
        if (origin is not null)
        {
            s.Use(origin);
            references.Add(new MentionReference(origin.Kind, origin.Span));
        }

        return new ClaimDraft
        {
            Source = s.Article.Source.Id,
            Subject = subject,
            Property = property,
            HasValue = true,
            ValueText = value,
            Origin = origin?.Source,
            Quote = s.Text[start..end],
            HasSpan = true,
            SpanStart = start,
            SpanEnd = end,
            Draft = new DraftMark(DrafterName, confidence, [.. references.OrderBy(r => r.Span.Start)]),
        };
    }

    /// <summary>One sentence being drafted: its mentions, its lexicon hits, and what is used.</summary>
    private sealed class Sentence(Article article, int start, int end, List<Mention> mentions, List<LexiconHit> hits, HashSet<Mention> used, Dictionary<Mention, string> reasons)
    {
        public Article Article { get; } = article;

        public string Text => Article.Text;

        public int Start { get; } = start;

        public int End { get; } = end;

        public List<Mention> Mentions { get; } = mentions;

        public List<LexiconHit> Hits { get; } = hits;

        public HashSet<Mention> Used { get; } = used;

        /// <summary>Gets the times that are the values of date claims: no other claim is dated by them.</summary>
        public HashSet<Mention> Dated { get; } = new(ReferenceEqualityComparer.Instance);

        public void Use(Mention mention) => Used.Add(mention);

        public void Explain(Mention mention, string reason) => reasons[mention] = reason;
    }
}
