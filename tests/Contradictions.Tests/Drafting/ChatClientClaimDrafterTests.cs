using Contradictions.Claims;
using Contradictions.Drafting;
using Contradictions.Quantities;
using Contradictions.Time;
using Contradictions.Vocabulary;
using Microsoft.Extensions.AI;

namespace Contradictions.Tests.Drafting;

/// <summary>The language-model drafter, with a scripted chat client: what it asks, and how the loader and the quote check treat what comes back.</summary>
public sealed class ChatClientClaimDrafterTests
{
    private const string Text = "According to Seoul, around 4,000 North Korean soldiers have been killed or injured. NATO Secretary-General Jens Stoltenberg spoke.";

    private static readonly PropertyVocabulary Vocabulary = PropertyVocabulary.Empty
        .With(new PropertyDefinition("killed-or-wounded", ValueKind.Quantity) { Dimension = Dimension.Count, Cumulative = true, Description = "killed or wounded, in all" })
        .With(new PropertyDefinition("holder", ValueKind.Entity) { OneValueAtATime = true });

    private static readonly Lexicon Words = Lexicon.Empty
        .WithSubjectAliases("dprk-forces-in-russia", "North Korean soldiers")
        .WithOfficeTitles("nato-secretary-general", "NATO Secretary-General");

    private static readonly Article Article = new(new Source("a2", "More troops", PartialDate.Parse("2025-03").GetValueOrThrow()), Text);

    private static async Task<(DraftedClaims Drafts, ScriptedChatClient Client)> Draft(string answer)
    {
        var client = new ScriptedChatClient(answer);
        var drafts = await new ChatClientClaimDrafter(client, Vocabulary, Words).DraftAsync([Article]);
        return (drafts, client);
    }

    [Fact]
    public async Task TheModel_IsAskedForTheClaimFormat_WithTheVocabularyTheLexiconAndTheArticle()
    {
        var (_, client) = await Draft("""{ "claims": [] }""");
        var request = Assert.Single(client.Requests);
        var format = Assert.IsType<ChatResponseFormatJson>(request.Options!.ResponseFormat);
        var schema = format.Schema!.Value.GetProperty("properties").GetProperty("claims").GetProperty("items");
        Assert.Equal(["holder", "killed-or-wounded"], schema.GetProperty("properties").GetProperty("property").GetProperty("enum").EnumerateArray().Select(e => e.GetString()).Order());
        Assert.Contains("quote", schema.GetProperty("required").EnumerateArray().Select(e => e.GetString()));
        var messages = string.Join("\n", request.Messages.Select(m => m.Text));
        Assert.Contains("killed-or-wounded: quantity, count, killed or wounded, in all", messages, StringComparison.Ordinal);
        Assert.Contains("dprk-forces-in-russia: North Korean soldiers", messages, StringComparison.Ordinal);
        Assert.Contains("Published: 2025-03", messages, StringComparison.Ordinal);
        Assert.Contains(Text, messages, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ClaimsThatLoadAndQuoteTheArticle_AreDrafts_AndAWrongSpanOfAUniqueQuoteIsPlacedWhereItStands()
    {
        var (drafts, _) = await Draft("""
            { "claims": [
              { "subject": "dprk-forces-in-russia", "property": "killed-or-wounded", "value": "around 4,000", "origin": "Seoul",
                "time": "as of late February", "quote": "around 4,000 North Korean soldiers", "span": { "start": 20, "end": 54 }, "confidence": 0.9 },
              { "subject": "nato-secretary-general", "property": "holder", "value": "jens-stoltenberg",
                "quote": "NATO Secretary-General Jens Stoltenberg", "span": { "start": 0, "end": 39 } } ] }
            """);
        Assert.Empty(drafts.Unplaced);
        var killed = Assert.Single(drafts.Claims.Claims, c => c.Property == "killed-or-wounded");
        Assert.Equal(("Seoul", 0.9, ChatClientClaimDrafter.DrafterName), (killed.Origin, killed.Draft!.Confidence, killed.Draft.Drafter));
        Assert.Equal((ValidityKind.AsOf, "late February"), (killed.Validity.Kind, killed.Validity.AsOfText));
        var holder = Assert.Single(drafts.Claims.Claims, c => c.Property == "holder");
        Assert.Equal(Text.IndexOf("NATO", StringComparison.Ordinal), holder.Span!.Value.Start);
        Assert.Equal(0.5, holder.Draft!.Confidence);
    }

    [Fact]
    public async Task AnInventedQuote_AnUnknownProperty_AndABadValue_AreUnplacedWithWhy()
    {
        var (drafts, _) = await Draft("""
            { "claims": [
              { "subject": "dprk-forces-in-russia", "property": "killed-or-wounded", "value": "5,000", "quote": "5,000 soldiers were killed", "span": { "start": 0, "end": 26 } },
              { "subject": "dprk-forces-in-russia", "property": "deaths", "value": "around 4,000", "quote": "around 4,000", "span": { "start": 20, "end": 32 } },
              { "subject": "dprk-forces-in-russia", "property": "killed-or-wounded", "value": "many", "quote": "around 4,000", "span": { "start": 20, "end": 32 } } ] }
            """);
        Assert.Empty(drafts.Claims.Claims);
        Assert.Equal(3, drafts.Unplaced.Length);
        Assert.Contains(drafts.Unplaced, u => u.Reason.Contains("is not in the article", StringComparison.Ordinal));
        Assert.Contains(drafts.Unplaced, u => u.Reason.Contains("'deaths' is not in the vocabulary", StringComparison.Ordinal));
        Assert.Contains(drafts.Unplaced, u => u.Span == new TextSpan(20, 32) && u.Text == "around 4,000");
    }

    [Theory]
    [InlineData("I could not find any claims.")]
    [InlineData("""{ "answer": [] }""")]
    public async Task AnAnswerThatIsNotTheFormat_IsUnplaced_NotThrown(string answer)
    {
        var (drafts, _) = await Draft(answer);
        Assert.Empty(drafts.Claims.Claims);
        Assert.Equal("a2", Assert.Single(drafts.Unplaced).Source);
    }

    /// <summary>Answers every request with the same text and keeps what it was asked.</summary>
    private sealed class ScriptedChatClient(string answer) : IChatClient
    {
        public List<(List<ChatMessage> Messages, ChatOptions? Options)> Requests { get; } = [];

        public Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
        {
            Requests.Add(([.. messages], options));
            return Task.FromResult(new ChatResponse(new ChatMessage(ChatRole.Assistant, answer)));
        }

        public IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
            throw new NotSupportedException("The drafter asks for whole responses.");

        public object? GetService(Type serviceType, object? serviceKey = null) => null;

        public void Dispose()
        {
        }
    }
}
