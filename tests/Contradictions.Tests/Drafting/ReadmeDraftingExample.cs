using Contradictions.Claims;
using Contradictions.Drafting;
using Contradictions.Serialization;
using Contradictions.Time;
using Microsoft.Extensions.AI;

namespace Contradictions.Tests.Drafting;

/// <summary>The README's language-model example, compiled and run with a scripted client (a documentation test holds the README to this code).</summary>
public sealed class ReadmeDraftingExample : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("contradictions-readme-").FullName;
    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public async Task TheExample_WritesTheModelsClaimsThatLoad()
    {
        var article = Path.Combine(folder, "a2.txt");
        await File.WriteAllTextAsync(article, "According to Seoul, around 4,000 North Korean soldiers have been killed or injured.");
        var answer = """{ "claims": [ { "subject": "dprk-forces-in-russia", "property": "killed-or-wounded", "value": "around 4,000", "quote": "around 4,000", "span": { "start": 20, "end": 32 } } ] }""";
        using var client = new OneAnswerChatClient(answer);

        await DraftWithAModelAsync(client, article, Repository.Path("fixtures", "lexicon", "dprk-russia.json"), Path.Combine(folder, "drafts.json"));

        var drafts = new ClaimSetLoader().LoadFiles([Path.Combine(folder, "drafts.json")]).GetClaimSetOrThrow();
        Assert.Equal(("killed-or-wounded", "chat"), (Assert.Single(drafts.Claims).Property, drafts.Claims[0].Draft!.Drafter));
    }

    // `client` is any Microsoft.Extensions.AI IChatClient, e.g. from the OpenAI or Ollama packages.
    private static async Task DraftWithAModelAsync(IChatClient client, string articlePath, string lexiconPath, string outputPath)
    {
        var lexiconFile = new ClaimSetLoader().LoadFiles([lexiconPath]).GetClaimSetOrThrow();
        var source = new Source("a2", "North Korea sends more troops", PartialDate.Parse("2025-03").GetValueOrThrow());
        var article = new Article(source, await File.ReadAllTextAsync(articlePath));

        var drafter = new ChatClientClaimDrafter(client, lexiconFile.Vocabulary, lexiconFile.Lexicon);
        var drafts = await drafter.DraftAsync([article]);

        await using var output = File.Create(outputPath);
        ClaimSetWriter.Write(drafts, output);
        Console.WriteLine($"{drafts.Claims.Claims.Length} drafts, {drafts.Unplaced.Length} unplaced");
    }

    private sealed class OneAnswerChatClient(string answer) : IChatClient
    {
        public Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
            Task.FromResult(new ChatResponse(new ChatMessage(ChatRole.Assistant, answer)));

        public IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
            throw new NotSupportedException();

        public object? GetService(Type serviceType, object? serviceKey = null) => null;

        public void Dispose()
        {
        }
    }
}
