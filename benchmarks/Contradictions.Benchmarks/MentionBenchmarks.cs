using BenchmarkDotNet.Attributes;
using Contradictions.Claims;
using Contradictions.Drafting;
using Contradictions.Mentions;
using Contradictions.Serialization;
using Contradictions.Time;

namespace Contradictions.Benchmarks;

/// <summary>
/// Tagging and drafting a megabyte of news: the retold demo articles (fixtures/articles) repeated to 1 M characters,
/// so that a mean of <c>t</c> seconds is <c>1 / t</c> MB/s on one thread.
/// </summary>
[MemoryDiagnoser]
public class MentionBenchmarks
{
    private const int Characters = 1_000_000;

    private readonly MentionTagger tagger = new();
    private string text = string.Empty;
    private RuleBasedClaimDrafter drafter = null!;
    private Source source = null!;

    [GlobalSetup]
    public void Setup()
    {
        var root = DraftEvaluation.FindRoot();
        var articles = string.Join("\n", Directory.GetFiles(Path.Combine(root, "fixtures", "articles"), "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText));
        text = string.Concat(Enumerable.Repeat(articles + "\n", (Characters / articles.Length) + 1))[..Characters];
        var lexicon = new ClaimSetLoader().LoadFiles([Path.Combine(root, "fixtures", "lexicon", "dprk-russia.json")]).GetClaimSetOrThrow();
        drafter = new RuleBasedClaimDrafter(lexicon.Vocabulary, lexicon.Lexicon);
        source = new Source("a", "A megabyte of news", PartialDate.Parse("2025-03").GetValueOrThrow());
    }

    [Benchmark]
    public int TagAMegabyte() => tagger.Tag(text, source.Published).Length;

    [Benchmark]
    public int DraftAMegabyte() => drafter.Draft([new Article(source, text)]).Claims.Claims.Length;
}
