using System.Text.Json;

namespace Contradictions.Tests.Cli;

public sealed class DraftCommandTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("contradictions-draft-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private static string[] Articles() =>
        [.. Directory.GetFiles(Repository.Path("fixtures", "articles"), "*.txt").Order(StringComparer.Ordinal).Select(p => Path.GetRelativePath(Repository.Root, p))];

    [Fact]
    public void Draft_TheDemoArticles_WritesDraftsThatLoadWithTheirQuotesChecked_AndCheckToTheFiveErrors()
    {
        var drafts = Path.Combine(folder, "drafts.json");
        var (code, _, error) = CliRunner.Run(null, ["draft", .. Articles(), "--lexicon", "fixtures/lexicon/dprk-russia.json", "--output", drafts]);
        Assert.Equal(0, code);
        Assert.Contains("drafted", error, StringComparison.Ordinal);

        using (var json = JsonDocument.Parse(File.ReadAllText(drafts)))
        {
            var sources = json.RootElement.GetProperty("sources").EnumerateArray().ToList();
            Assert.Equal(["a0", "a1", "a2", "a3", "a4"], sources.Select(s => s.GetProperty("id").GetString()));
            Assert.Equal("2025-03", sources[2].GetProperty("published").GetString());
            Assert.All(sources, s => Assert.EndsWith(".txt", s.GetProperty("text").GetString(), StringComparison.Ordinal));
            Assert.All(json.RootElement.GetProperty("claims").EnumerateArray(), c => Assert.True(c.GetProperty("draft").GetProperty("confidence").GetDouble() > 0));
        }

        // The sources name the articles relative to the drafts' folder: validating checks every quote against them.
        Assert.Equal(0, CliRunner.Run(null, "validate", drafts).ExitCode);
        var (checkCode, report, _) = CliRunner.Run(null, "check", drafts, "fixtures/reference");
        Assert.Equal(1, checkCode);
        Assert.Contains("5 errors, 0 warnings", report, StringComparison.Ordinal);

        // The reports say which claims are unreviewed drafts.
        Assert.Contains("a0-d2 (draft: rules, ", report, StringComparison.Ordinal);
        var html = Path.Combine(folder, "report.html");
        Assert.Equal(1, CliRunner.Run(null, "check", drafts, "fixtures/reference", "--format", "html", "--output", html).ExitCode);
        Assert.Contains("draft (rules, ", File.ReadAllText(html), StringComparison.Ordinal);
        var (_, jsonReport, _) = CliRunner.Run(null, "check", drafts, "fixtures/reference", "--format", "json");
        using (var parsed = JsonDocument.Parse(jsonReport))
        {
            var details = parsed.RootElement.GetProperty("diagnostics").EnumerateArray().SelectMany(d => d.GetProperty("claimDetails").EnumerateArray()).ToList();
            Assert.Contains(details, c => c.GetProperty("id").GetString() == "a0-d2" && c.GetProperty("draft").GetProperty("drafter").GetString() == "rules");
            Assert.All(details.Where(c => c.GetProperty("source").GetString() == "ref"), c => Assert.False(c.TryGetProperty("draft", out _)));
        }

        // An edited quote no longer stands at its span: the drafts file fails to load, at that claim's quote.
        File.WriteAllText(drafts, File.ReadAllText(drafts).Replace("\"quote\": \"around 400", "\"quote\": \"around 500", StringComparison.Ordinal));
        var (badCode, _, badError) = CliRunner.Run(null, "validate", drafts);
        Assert.Equal(2, badCode);
        Assert.Contains("quote-mismatch", badError, StringComparison.Ordinal);
    }

    [Fact]
    public void Draft_WithoutAPublicationDate_IsAnErrorAndExitTwo()
    {
        var article = Path.Combine(folder, "note.txt");
        File.WriteAllText(article, "About 400 soldiers died.");
        var (code, output, error) = CliRunner.Run(null, "draft", article, "--lexicon", "fixtures/lexicon/dprk-russia.json");
        Assert.Equal((2, string.Empty), (code, output));
        Assert.Contains("no publication date", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Draft_InvalidUtf8OrABadSidecar_IsAnErrorAndExitTwo()
    {
        var binary = Path.Combine(folder, "binary.txt");
        File.WriteAllBytes(binary, [0x41, 0xC3, 0x28, 0xFF]);
        var (code, _, error) = CliRunner.Run(null, "draft", binary, "--lexicon", "fixtures/lexicon/dprk-russia.json", "--published", "2025");
        Assert.Equal(2, code);
        Assert.Contains("not valid UTF-8", error, StringComparison.Ordinal);

        var article = Path.Combine(folder, "a.txt");
        File.WriteAllText(article, "About 400 soldiers died.");
        File.WriteAllText(article + ".source.json", """{ "published": "2025", "author": "x" }""");
        var (sidecarCode, _, sidecarError) = CliRunner.Run(null, "draft", article, "--lexicon", "fixtures/lexicon/dprk-russia.json");
        Assert.Equal(2, sidecarCode);
        Assert.Contains("unknown field \"author\"", sidecarError, StringComparison.Ordinal);
    }

    [Fact]
    public void Draft_WithAFileThatHasNoLexicon_SaysSo_AndListsEveryMentionAsUnplaced()
    {
        var article = Path.Combine(folder, "a.txt");
        File.WriteAllText(article, "Around 4,000 North Korean soldiers have been killed.");
        var (code, output, error) = CliRunner.Run(null, "draft", article, "--lexicon", "fixtures/dprk-russia/a0-kim-alliance-2025-10.json", "--published", "2025-03");
        Assert.Equal(0, code);
        Assert.Contains("has no lexicon section", error, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(output);
        Assert.Equal(0, json.RootElement.GetProperty("claims").GetArrayLength());
        Assert.Contains(json.RootElement.GetProperty("unplaced").EnumerateArray(), u => u.GetProperty("text").GetString() == "Around 4,000");
    }

    [Fact]
    public void Draft_ToStandardOutput_PrintsTheClaimSet()
    {
        var article = Path.Combine(folder, "a.txt");
        File.WriteAllText(article, "According to Seoul, around 4,000 North Korean soldiers have been killed.");
        var (code, output, _) = CliRunner.Run(null, "draft", article, "--lexicon", "fixtures/lexicon/dprk-russia.json", "--published", "2025-03-18T14:05Z", "--title", "Seoul's count");
        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        var claim = Assert.Single(json.RootElement.GetProperty("claims").EnumerateArray());
        Assert.Equal(("killed", "around 4,000", "Seoul"), (claim.GetProperty("property").GetString(), claim.GetProperty("value").GetString(), claim.GetProperty("origin").GetString()));
        Assert.Equal("Seoul's count", json.RootElement.GetProperty("sources")[0].GetProperty("title").GetString());
        Assert.Equal("2025-03-18T14:05:00Z", json.RootElement.GetProperty("sources")[0].GetProperty("published").GetString());
    }
}
