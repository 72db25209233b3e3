using System.Globalization;
using System.Text.Json;
using Contradictions.Claims;
using Contradictions.Serialization;
using Contradictions.Vocabulary;
using Microsoft.Extensions.AI;

namespace Contradictions.Drafting;

/// <summary>
/// Drafts claims with a language model behind <see cref="IChatClient"/> (Microsoft.Extensions.AI): for each article,
/// the model is given the vocabulary, the lexicon's ids and the text, and asked for claims of the claim-set format as
/// structured output (a JSON Schema built from the format's own field table). Whatever comes back passes through the
/// loader — property, value, unit and time expressions — and the quote check against the article; what does not is
/// listed in <see cref="DraftedClaims.Unplaced"/> with the loader's reason.
/// </summary>
/// <remarks>
/// Models count characters poorly: a quote whose span is missing or wrong but which stands exactly once in the
/// article is placed where it stands; a quote that is not in the article, or stands there more than once, is refused.
/// Each article is one request; the model's <c>confidence</c> (0 to 1) is kept, 0.5 when it gives none.
/// </remarks>
public sealed class ChatClientClaimDrafter : IClaimDrafter
{
    /// <summary>The name this drafter marks its drafts with.</summary>
    public const string DrafterName = "chat";

    private readonly IChatClient client;
    private readonly PropertyVocabulary vocabulary;
    private readonly Lexicon lexicon;
    private readonly ContradictionOptions options;
    private readonly ChatResponseFormat format;

    /// <summary>Creates a drafter over a chat client.</summary>
    /// <param name="client">The model; it should support structured output (JSON Schema response formats).</param>
    /// <param name="vocabulary">The properties claims are drafted under.</param>
    /// <param name="lexicon">The ids (and their words) the model is asked to use for subjects, entities and offices.</param>
    /// <param name="options">Time conventions and load limits.</param>
    public ChatClientClaimDrafter(IChatClient client, PropertyVocabulary vocabulary, Lexicon lexicon, ContradictionOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(vocabulary);
        ArgumentNullException.ThrowIfNull(lexicon);
        this.client = client;
        this.vocabulary = vocabulary;
        this.lexicon = lexicon;
        this.options = options ?? new ContradictionOptions();
        format = ChatResponseFormat.ForJsonSchema(ChatDraftSchema.Create(vocabulary), "claim_drafts", "Claims of the Contradictions claim-set format, drafted from one article.");
    }

    /// <summary>Gets the instructions the model is given before each article.</summary>
    public string Instructions => ChatDraftSchema.Instructions(vocabulary, lexicon);

    /// <inheritdoc />
    public async Task<DraftedClaims> DraftAsync(IReadOnlyList<Article> articles, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var proposals = new List<ClaimDraft>();
        var unplaced = new List<UnplacedMention>();
        var chatOptions = new ChatOptions { ResponseFormat = format, Temperature = 0 };
        foreach (var article in articles)
        {
            var source = article.Source;
            var prompt = string.Create(CultureInfo.InvariantCulture, $"Source id: {source.Id}\nPublished: {source.PublicationText}\nTitle: {source.Title}\n\nArticle text (offsets count UTF-16 code units from 0):\n{article.Text}");
            var response = await client.GetResponseAsync([new ChatMessage(ChatRole.System, Instructions), new ChatMessage(ChatRole.User, prompt)], chatOptions, cancellationToken).ConfigureAwait(false);
            Read(article, response.Text, proposals, unplaced);
        }

        return DraftBinding.Bind(articles, proposals, unplaced, vocabulary, options);
    }

    private static void Read(Article article, string answer, List<ClaimDraft> proposals, List<UnplacedMention> unplaced)
    {
        var id = article.Source.Id;
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(answer, new JsonDocumentOptions { MaxDepth = 16 });
        }
        catch (JsonException e)
        {
            unplaced.Add(new UnplacedMention(id, "claim", default, Excerpt(answer), $"The model's answer is not JSON: {e.Message}"));
            return;
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object || !document.RootElement.TryGetProperty("claims", out var claims) || claims.ValueKind != JsonValueKind.Array)
            {
                unplaced.Add(new UnplacedMention(id, "claim", default, Excerpt(answer), "The model's answer has no \"claims\" array."));
                return;
            }

            foreach (var claim in claims.EnumerateArray())
            {
                if (Proposal(article, claim, out var why) is { } proposal)
                {
                    proposals.Add(proposal);
                }
                else
                {
                    unplaced.Add(new UnplacedMention(id, "claim", default, Excerpt(claim.GetRawText()), why!));
                }
            }
        }
    }

    private static ClaimDraft? Proposal(Article article, JsonElement claim, out string? why)
    {
        why = null;
        string? Text(string name) => claim.ValueKind == JsonValueKind.Object && claim.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
        var (subject, property, value, quote) = (Text("subject"), Text("property"), Text("value"), Text("quote"));
        if (subject is null || property is null || value is null || string.IsNullOrEmpty(quote))
        {
            why = "The model gave a claim without a subject, property, value (as text) or quote.";
            return null;
        }

        var text = article.Text;
        TextSpan? span = claim.TryGetProperty("span", out var s) && s.ValueKind == JsonValueKind.Object
            && s.TryGetProperty("start", out var start) && start.TryGetInt32(out var from) && s.TryGetProperty("end", out var end) && end.TryGetInt32(out var to)
            && from >= 0 && to >= from && to <= text.Length ? new TextSpan(from, to) : null;
        if (span is not { } at || !text.AsSpan(at.Start, at.End - at.Start).SequenceEqual(quote))
        {
            var first = text.IndexOf(quote, StringComparison.Ordinal);
            if (first < 0 || text.IndexOf(quote, first + 1, StringComparison.Ordinal) >= 0)
            {
                why = first < 0 ? $"The quote \"{Excerpt(quote)}\" is not in the article." : $"The quote \"{Excerpt(quote)}\" stands more than once in the article and its span does not say which.";
                return null;
            }

            span = new TextSpan(first, first + quote.Length);
        }

        // The schema asks for the time as words; "as of late February" is an as-of time, anything else an expression.
        string? asOf = null, time = Text("time")?.Trim();
        if (time is not null && time.StartsWith("as of ", StringComparison.OrdinalIgnoreCase))
        {
            (asOf, time) = (time[6..].Trim(), null);
        }

        var confidence = claim.TryGetProperty("confidence", out var c) && c.TryGetDouble(out var given) && given is >= 0 and <= 1 ? given : 0.5;
        return new ClaimDraft
        {
            Source = article.Source.Id,
            Subject = subject,
            Property = property,
            HasValue = true,
            ValueText = value,
            Unit = Text("unit"),
            HasTime = time is not null || asOf is not null,
            TimeText = time,
            TimeIsObject = asOf is not null,
            AsOf = asOf,
            Origin = Text("origin"),
            Negated = claim.TryGetProperty("negated", out var n) && n.ValueKind == JsonValueKind.True,
            Quote = quote,
            HasSpan = true,
            SpanStart = span.Value.Start,
            SpanEnd = span.Value.End,
            Draft = new DraftMark(DrafterName, confidence, []),
        };
    }

    private static string Excerpt(string text) => text.Length <= 200 ? text : string.Concat(text.AsSpan(0, 200), "…");
}
