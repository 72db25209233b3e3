using System.Text.RegularExpressions;
using NJsonSchema;

namespace Contradictions.Tests.Docs;

public sealed partial class DocumentationTests
{
    [Fact]
    public void ReadmeWalkthrough_IsThePackageConsumerThatCiBuilds()
    {
        var readme = File.ReadAllText(Repository.Path("README.md"));
        var block = CSharpBlock().Matches(readme).FirstOrDefault(m => m.Groups[1].Value.StartsWith("using Contradictions;", StringComparison.Ordinal));
        Assert.True(block is not null, "README.md has no C# code block of the package consumer.");
        var consumer = File.ReadAllText(Repository.Path("tests", "PackageConsumer", "Program.cs"));
        Assert.Equal(consumer.ReplaceLineEndings().Trim(), block.Groups[1].Value.ReplaceLineEndings().Trim());
    }

    [Fact]
    public void ReadmeLanguageModelExample_IsTheCodeATestRuns()
    {
        static string Lines(string code) => string.Join('\n', code.ReplaceLineEndings("\n").Split('\n').Select(l => l.Trim()).Select(l => l.StartsWith("private ", StringComparison.Ordinal) ? l[8..] : l).Where(l => l.Length > 0));
        var readme = File.ReadAllText(Repository.Path("README.md"));
        var block = CSharpBlock().Matches(readme).Single(m => m.Groups[1].Value.Contains("ChatClientClaimDrafter", StringComparison.Ordinal));
        var test = File.ReadAllText(Repository.Path("tests", "Contradictions.Tests", "Drafting", "ReadmeDraftingExample.cs"));
        Assert.Contains(Lines(block.Groups[1].Value), Lines(test), StringComparison.Ordinal);
    }

    [Fact]
    public void ReadmeCommands_AreTheOnesCiRuns()
    {
        var readme = File.ReadAllText(Repository.Path("README.md"));
        var ci = File.ReadAllText(Repository.Path(".ci", "run"));
        Assert.Contains("dotnet test\n", readme, StringComparison.Ordinal);
        Assert.Contains("\ndotnet test\n", ci, StringComparison.Ordinal);
        Assert.Contains("check fixtures/dprk-russia fixtures/reference", readme, StringComparison.Ordinal);
        Assert.Contains("check fixtures/dprk-russia fixtures/reference", ci, StringComparison.Ordinal);
    }

    public static TheoryData<string> ClaimFiles()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Repository.Path("fixtures"), "*.json", SearchOption.AllDirectories).Where(f => File.ReadAllText(f).Contains("\"contradictions/claim-set@1\"", StringComparison.Ordinal)))
        {
            data.Add(Path.GetRelativePath(Repository.Root, file));
        }

        data.Add(Path.GetRelativePath(Repository.Root, Repository.TestData("every-kind.json")));
        return data;
    }

    [Theory]
    [MemberData(nameof(ClaimFiles))]
    public async Task ClaimFiles_ValidateAgainstThePublishedSchema(string file)
    {
        var schema = await JsonSchema.FromFileAsync(Repository.Path("docs", "claim-set.schema.json"));
        var errors = schema.Validate(File.ReadAllText(Path.Combine(Repository.Root, file)));
        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors.Select(e => $"{e.Path}: {e.Kind}")));
    }

    [Fact]
    public async Task PublishedSchema_RejectsWhatTheLoaderRejects()
    {
        var schema = await JsonSchema.FromFileAsync(Repository.Path("docs", "claim-set.schema.json"));
        Assert.NotEmpty(schema.Validate("""{ "format": "contradictions/claim-set@1", "claims": [ { "id": "c1", "source": "s", "subject": "x", "property": "p", "value": "1", "Negated": true } ] }"""));
        Assert.NotEmpty(schema.Validate("""{ "format": "contradictions/claim-set@2" }"""));
        Assert.NotEmpty(schema.Validate("""{ "format": "contradictions/claim-set@1", "sources": [ { "id": "s", "title": "T", "published": "10/2025" } ] }"""));
    }

    [GeneratedRegex("```csharp\\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex CSharpBlock();
}
