using System.Text.RegularExpressions;
using NJsonSchema;

namespace Contradictions.Tests.Docs;

public sealed partial class DocumentationTests
{
    [Fact]
    public void ReadmeWalkthrough_IsThePackageConsumerThatCiBuilds()
    {
        var readme = File.ReadAllText(Repository.Path("README.md"));
        var block = CSharpBlock().Match(readme);
        Assert.True(block.Success, "README.md has no C# code block.");
        var consumer = File.ReadAllText(Repository.Path("tests", "PackageConsumer", "Program.cs"));
        Assert.Equal(consumer.ReplaceLineEndings().Trim(), block.Groups[1].Value.ReplaceLineEndings().Trim());
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
        foreach (var file in Directory.GetFiles(Repository.Path("fixtures"), "*.json", SearchOption.AllDirectories).Where(f => !f.EndsWith("expected.json", StringComparison.Ordinal) && !f.EndsWith(".source.json", StringComparison.Ordinal)))
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
