using System.Text;
using Contradictions.Claims;
using Contradictions.Drafting;
using Contradictions.Serialization;

namespace Contradictions.Tests.Serialization;

/// <summary>The claim-set format's parts for drafting: the lexicon section, a claim's draft mark, a source's text and the quote check.</summary>
public sealed class DraftingSectionsLoadingTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("contradictions-quotes-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private static string File(string sections) => $$"""
        { "format": "contradictions/claim-set@1", {{ClaimSetLoaderTests.Vocabulary}}, {{sections}} }
        """;

    private static ClaimSetLoadResult Load(string json) => new ClaimSetLoader().LoadJson(json, "test.json");

    [Fact]
    public void Lexicon_IsReadIntoTheClaimSet()
    {
        var set = Load(File("""
            "lexicon": { "version": 1, "properties": { "killed": ["killed", "died"] }, "subjects": { "russia-dprk-treaty": ["the pact"] },
              "entities": { "jens-stoltenberg": ["Jens Stoltenberg"] }, "offices": { "nato-secretary-general": ["NATO Secretary-General"] } }
            """)).GetClaimSetOrThrow();
        Assert.Equal<string>(["killed", "died"], set.Lexicon.Properties["killed"]);
        Assert.Equal<string>(["the pact"], set.Lexicon.Subjects["russia-dprk-treaty"]);
        Assert.Equal<string>(["Jens Stoltenberg"], set.Lexicon.Entities["jens-stoltenberg"]);
        Assert.Equal<string>(["NATO Secretary-General"], set.Lexicon.Offices["nato-secretary-general"]);
        Assert.Equal("holder", set.Lexicon.HolderProperty);
    }

    [Theory]
    [InlineData("""{ "version": 2 }""", "lexicon.version", ClaimSetErrorCodes.UnsupportedFormat)]
    [InlineData("""{ "properties": {} }""", "lexicon.version", ClaimSetErrorCodes.Required)]
    [InlineData("""{ "version": 1, "properties": { "deaths": ["died"] } }""", "lexicon.properties.deaths", ClaimSetErrorCodes.UnknownProperty)]
    [InlineData("""{ "version": 1, "subjects": { "s": "the pact" } }""", "lexicon.subjects.s", ClaimSetErrorCodes.WrongType)]
    [InlineData("""{ "version": 1, "subjects": { "s": [" "] } }""", "lexicon.subjects.s", ClaimSetErrorCodes.Required)]
    [InlineData("""{ "version": 1, "offices": { "o": ["Minister"] }, "holderProperty": "killed" }""", "lexicon.holderProperty", ClaimSetErrorCodes.UnknownProperty)]
    [InlineData("""{ "version": 1, "verbs": {} }""", "lexicon.verbs", ClaimSetErrorCodes.UnknownField)]
    public void Lexicon_Problems_AreReportedAtTheirPath(string lexicon, string path, string code)
    {
        var result = Load(File($"\"lexicon\": {lexicon}"));
        Assert.False(result.Success);
        Assert.Contains(result.Errors, e => e.Path == path && e.Code == code);
    }

    [Fact]
    public void DraftMark_IsReadOntoTheClaim()
    {
        var set = Load(File("""
            "sources": [{ "id": "s", "title": "t", "published": "2025-03" }],
            "claims": [{ "id": "c", "source": "s", "subject": "x", "property": "killed", "value": "about 400",
              "draft": { "drafter": "rules", "confidence": 0.7, "mentions": [{ "kind": "quantity", "start": 3, "end": 12 }] } }],
            "unplaced": [{ "source": "s", "kind": "time", "start": 0, "end": 5, "text": "today", "reason": "no claim" }]
            """)).GetClaimSetOrThrow();
        var draft = Assert.Single(set.Claims).Draft!;
        Assert.Equal(("rules", 0.7), (draft.Drafter, draft.Confidence));
        Assert.Equal(new MentionReference("quantity", new TextSpan(3, 12)), Assert.Single(draft.Mentions));
    }

    [Fact]
    public void Unplaced_IsReadForItsShapeOnly()
    {
        var result = Load(File("""
            "unplaced": [{ "source": "s", "kind": "time", "start": 0, "end": 5, "text": "today", "why": "no claim" }, 3]
            """));
        Assert.Equal(["unplaced[0].why", "unplaced[1]"], result.Errors.Select(e => e.Path));
    }

    [Theory]
    [InlineData("""{ "drafter": "rules", "confidence": 1.5 }""", "claims[0].draft.confidence")]
    [InlineData("""{ "confidence": 0.5 }""", "claims[0].draft.drafter")]
    [InlineData("""{ "drafter": "rules", "confidence": 0.5, "mentions": [{ "kind": "time", "start": 9, "end": 2 }] }""", "claims[0].draft.mentions[0]")]
    public void DraftMark_Problems_AreReportedAtTheirPath(string draft, string path)
    {
        var result = Load(File($$"""
            "sources": [{ "id": "s", "title": "t", "published": "2025-03" }],
            "claims": [{ "id": "c", "source": "s", "subject": "x", "property": "killed", "value": "about 400", "draft": {{draft}} }]
            """));
        Assert.False(result.Success);
        Assert.Contains(result.Errors, e => e.Path == path && e.ClaimId == "c");
    }

    private ClaimSetLoadResult LoadWithText(string text, string quote, int start, int end, string textPath = "article.txt")
    {
        System.IO.File.WriteAllText(Path.Combine(folder, "article.txt"), text);
        var claims = Path.Combine(folder, "claims.json");
        System.IO.File.WriteAllText(claims, File($$"""
            "sources": [{ "id": "s", "title": "t", "published": "2025-03", "text": "{{textPath}}" }],
            "claims": [{ "id": "c", "source": "s", "subject": "x", "property": "killed", "value": "about 400",
              "quote": "{{quote}}", "span": { "start": {{start}}, "end": {{end}} } }]
            """));
        return new ClaimSetLoader().LoadFiles([claims]);
    }

    [Fact]
    public void QuoteAtItsSpan_InTheSourcesText_Loads()
    {
        var result = LoadWithText("Officials said about 400 died.", "about 400", 15, 24);
        Assert.True(result.Success, string.Join("; ", result.Errors));
        Assert.Equal("article.txt", result.ClaimSet.Sources[0].Text);
    }

    [Fact]
    public void QuoteNotAtItsSpan_IsAnErrorAtTheClaimsQuote_ThatSaysWhereItIs()
    {
        var result = LoadWithText("Officials said about 400 died.", "about 400", 14, 23);
        var error = Assert.Single(result.Errors);
        Assert.Equal(("claims[0].quote", ClaimSetErrorCodes.QuoteMismatch, "c"), (error.Path, error.Code, error.ClaimId));
        Assert.Contains("15..24", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void QuoteNotInTheText_AndSpanPastItsEnd_AreErrors()
    {
        Assert.Equal(ClaimSetErrorCodes.QuoteMismatch, Assert.Single(LoadWithText("Officials said about 400 died.", "about 500", 15, 24).Errors).Code);
        Assert.Equal(ClaimSetErrorCodes.QuoteMismatch, Assert.Single(LoadWithText("Short.", "about 400", 15, 24).Errors).Code);
    }

    [Fact]
    public void MissingOrUnreadableText_IsAnErrorAtTheSourcesText()
    {
        var missing = Assert.Single(LoadWithText("x", "about 400", 0, 9, textPath: "nowhere.txt").Errors);
        Assert.Equal(("sources[0].text", ClaimSetErrorCodes.Unreadable), (missing.Path, missing.Code));

        System.IO.File.WriteAllBytes(Path.Combine(folder, "binary.txt"), [0x41, 0xC3, 0x28, 0xFF]);
        var binary = Assert.Single(LoadWithText("x", "about 400", 0, 9, textPath: "binary.txt").Errors);
        Assert.Equal(("sources[0].text", ClaimSetErrorCodes.Unreadable), (binary.Path, binary.Code));
        Assert.Contains("not UTF-8", binary.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SkipInvalidClaims_LeavesOutAClaimWhoseQuoteIsWrong_AndSaysSo()
    {
        System.IO.File.WriteAllText(Path.Combine(folder, "article.txt"), "Officials said about 400 died.", Encoding.UTF8);
        var claims = Path.Combine(folder, "claims.json");
        System.IO.File.WriteAllText(claims, File("""
            "sources": [{ "id": "s", "title": "t", "published": "2025-03", "text": "article.txt" }],
            "claims": [
              { "id": "good", "source": "s", "subject": "x", "property": "killed", "value": "about 400", "quote": "about 400", "span": { "start": 15, "end": 24 } },
              { "id": "bad", "source": "s", "subject": "x", "property": "killed", "value": "about 500", "quote": "about 500" } ]
            """));
        var result = new ClaimSetLoader().LoadFiles([claims], skipInvalidClaims: true);
        Assert.Equal(["good"], result.ClaimSet!.Claims.Select(c => c.Id));
        Assert.Equal<string>(["bad"], result.SkippedClaims);
    }
}
