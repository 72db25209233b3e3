using System.Text.Json;
using Contradictions.Checking;
using Contradictions.Claims;
using Contradictions.Diagnostics;
using Contradictions.Drafting;
using Contradictions.Serialization;
using Contradictions.Time;

namespace Contradictions.Tests.Drafting;

/// <summary>
/// The demo, drafted instead of annotated: the rule-based drafter with the fixtures' lexicon, on the five articles as
/// the project retells them (fixtures/articles: our sentences, the fixtures' quoted phrases and facts; the seed texts
/// themselves are not in the repository), recovers the reviewed claims, and checking its drafts unedited with the
/// reference facts reports the demo's five contradictions and no other error.
/// </summary>
public sealed class ArticleDraftingTests
{
    private static readonly Lazy<(ClaimSet Reviewed, DraftedClaims Drafts, Dictionary<string, string> Texts)> Demo = new(Draft);

    private static (ClaimSet, DraftedClaims, Dictionary<string, string>) Draft()
    {
        var lexiconFile = new ClaimSetLoader().LoadFiles([Repository.Path("fixtures", "lexicon", "dprk-russia.json")]).GetClaimSetOrThrow();
        var articles = new List<Article>();
        foreach (var path in Directory.GetFiles(Repository.Path("fixtures", "articles"), "*.txt").Order(StringComparer.Ordinal))
        {
            using var sidecar = JsonDocument.Parse(File.ReadAllText(path + ".source.json"));
            var root = sidecar.RootElement;
            var published = PartialDate.Parse(root.GetProperty("published").GetString()!).GetValueOrThrow();
            articles.Add(new Article(new Source(root.GetProperty("id").GetString()!, root.GetProperty("title").GetString()!, published), File.ReadAllText(path)));
        }

        var drafts = new RuleBasedClaimDrafter(lexiconFile.Vocabulary, lexiconFile.Lexicon).Draft(articles);
        var reviewed = new ClaimSetLoader().LoadFiles([Repository.Path("fixtures", "dprk-russia")]).GetClaimSetOrThrow();
        return (reviewed, drafts, articles.ToDictionary(a => a.Source.Id, a => a.Text));
    }

    private static List<(Claim Reviewed, Claim? Draft)> Matches()
    {
        var (reviewed, drafts, texts) = Demo.Value;
        return DraftComparison.Match(reviewed.Claims, drafts.Claims.Claims, c =>
            texts[c.Source.Id].IndexOf(c.Quote!, StringComparison.Ordinal) is var at and >= 0 ? new TextSpan(at, at + c.Quote!.Length) : null);
    }

    [Fact]
    public void RetoldArticles_QuoteEveryReviewedPhrase()
    {
        var (reviewed, _, texts) = Demo.Value;
        Assert.All(reviewed.Claims, c => Assert.Contains(c.Quote!, texts[c.Source.Id], StringComparison.Ordinal));
    }

    [Fact]
    public void Draft_RecoversAtLeastFourFifthsOfTheReviewedClaims()
    {
        var matches = Matches();
        var missed = matches.Where(m => m.Draft is null).Select(m => m.Reviewed.Id).ToList();
        Assert.True(matches.Count - missed.Count >= 0.8 * matches.Count, $"recovered {matches.Count - missed.Count} of {matches.Count}; missed: {string.Join(", ", missed)}");
    }

    [Fact]
    public void Draft_EveryClaimIsMarked_AndQuotesItsArticleAtItsSpan()
    {
        var (_, drafts, texts) = Demo.Value;
        Assert.NotEmpty(drafts.Claims.Claims);
        Assert.All(drafts.Claims.Claims, c =>
        {
            Assert.NotNull(c.Draft);
            Assert.Equal(RuleBasedClaimDrafter.DrafterName, c.Draft.Drafter);
            Assert.InRange(c.Draft.Confidence, 0, 1);
            Assert.NotEmpty(c.Draft.Mentions);
            Assert.Equal(c.Quote, texts[c.Source.Id][c.Span!.Value.Start..c.Span.Value.End]);
            Assert.All(c.Draft.Mentions, m => Assert.True(m.Span.Start >= 0 && m.Span.End <= texts[c.Source.Id].Length));
        });
    }

    [Fact]
    public void Draft_ListsWhatItCouldNotPlace()
    {
        // "A day earlier", "two", "weekly": found, not claims; each is listed with a reason.
        var (_, drafts, texts) = Demo.Value;
        Assert.NotEmpty(drafts.Unplaced);
        Assert.All(drafts.Unplaced, u =>
        {
            Assert.False(string.IsNullOrWhiteSpace(u.Reason));
            Assert.Equal(u.Text, texts[u.Source][u.Span.Start..u.Span.End]);
        });
    }

    [Fact]
    public void Drafts_WrittenAndLoadedAgain_AreTheSameClaims()
    {
        var (_, drafts, _) = Demo.Value;
        using var stream = new MemoryStream();
        ClaimSetWriter.Write(drafts, stream);
        var loaded = new ClaimSetLoader().Load([new ClaimSetInput("drafts.json", stream.ToArray())]).GetClaimSetOrThrow();
        Assert.Equal(drafts.Claims.Claims.Select(c => (c.Id, c.Subject, c.Property, c.Value, c.Validity, c.Draft!.Confidence)), loaded.Claims.Select(c => (c.Id, c.Subject, c.Property, c.Value, c.Validity, c.Draft!.Confidence)));
        using var json = JsonDocument.Parse(stream.ToArray());
        Assert.Equal(drafts.Unplaced.Length, json.RootElement.GetProperty("unplaced").GetArrayLength());
    }

    [Fact]
    public void CheckingTheDrafts_WithTheReferenceFacts_ReportsTheDemosFiveContradictionsAndNoOtherError()
    {
        var (_, drafts, _) = Demo.Value;
        var draftOf = Matches().Where(m => m.Draft is not null).ToDictionary(m => m.Reviewed.Id, m => m.Draft!.Id);
        var reference = new ClaimSetLoader().LoadFiles([Repository.Path("fixtures", "reference")]).GetClaimSetOrThrow();
        var set = new ClaimSetBuilder().AddClaimSet(drafts.Claims).AddClaimSet(reference).Build().GetClaimSetOrThrow();
        Assert.All(set.Claims.Where(c => c.Source.Id != "ref"), c => Assert.NotNull(c.Draft));
        var errors = ContradictionChecker.CreateDefault().Check(set).Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)
            .Select(d => $"{d.Kind} {string.Join(",", d.ClaimIds.Order(StringComparer.Ordinal))}").Order(StringComparer.Ordinal).ToList();

        using var expected = JsonDocument.Parse(File.ReadAllText(Repository.Path("fixtures", "dprk-russia", "expected.json")));
        var wanted = expected.RootElement.GetProperty("diagnostics").EnumerateArray()
            .Where(d => d.GetProperty("severity").GetString() == "error")
            .Select(d => $"{d.GetProperty("kind").GetString()} {string.Join(",", d.GetProperty("claims").EnumerateArray().Select(c => c.GetString()!).Select(id => draftOf.GetValueOrDefault(id, id)).Order(StringComparer.Ordinal))}")
            .Order(StringComparer.Ordinal).ToList();
        Assert.Equal(5, wanted.Count);
        Assert.Equal(wanted, errors);
    }
}
