using System.Text.Json;
using NJsonSchema;

namespace Contradictions.Tests.Cli;

public sealed class ConsensusCommandTests
{
    private const string Claims = """
        { "format": "contradictions/claim-set@1",
          "vocabulary": { "properties": { "troops": { "type": "quantity", "dimension": "count" } } },
          "sources": [
            { "id": "a", "title": "A", "publisher": "Wire <b>", "published": "2025-03-10" },
            { "id": "b", "title": "B", "publisher": "Times", "published": "2025-03-11" },
            { "id": "c", "title": "C", "publisher": "Herald", "published": "2025-03-12", "trust": 0.4 } ],
          "claims": [
            { "id": "c1", "source": "a", "subject": "x", "property": "troops", "value": "11,000", "time": "2025-03-01" },
            { "id": "c2", "source": "b", "subject": "x", "property": "troops", "value": "about 11,000", "time": "2025-03-01" },
            { "id": "c3", "source": "c", "subject": "x", "property": "troops", "value": "50,000", "time": "2025-03-01" } ] }
        """;

    [Fact]
    public void Consensus_Json_GivesEachItemAndEachSource()
    {
        var (code, output, _) = CliRunner.Run(Claims, "consensus", "-");
        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        Assert.Equal("contradictions/consensus@1", json.RootElement.GetProperty("format").GetString());
        var item = Assert.Single(json.RootElement.GetProperty("items").EnumerateArray().ToList());
        Assert.Equal(("x", "troops", "2025-03-01"), (item.GetProperty("subject").GetString(), item.GetProperty("property").GetString(), item.GetProperty("time").GetProperty("start").GetString()));
        Assert.Equal(11000, item.GetProperty("value").GetProperty("amount").GetInt32());
        Assert.Equal(["c1", "c2"], item.GetProperty("support").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(["c3"], item.GetProperty("outliers").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(["Herald", "Times", "Wire <b>"], json.RootElement.GetProperty("bodies").EnumerateArray().Select(b => b.GetProperty("name").GetString()));
        var sources = json.RootElement.GetProperty("sources").EnumerateArray().ToDictionary(s => s.GetProperty("id").GetString()!);
        Assert.Equal(0.4, sources["c"].GetProperty("prior").GetDouble());
        Assert.True(sources["c"].GetProperty("trust").GetDouble() < sources["a"].GetProperty("trust").GetDouble());
    }

    [Fact]
    public void Consensus_Text_NamesTheDisagreementAndTheLeastTrustedBodyFirst()
    {
        var (code, output, _) = CliRunner.Run(Claims, "consensus", "-", "--format", "text");
        Assert.Equal(0, code);
        Assert.Contains("x · troops · 2025-03-01: 11000 (confidence", output, StringComparison.Ordinal);
        Assert.Contains("outliers c3", output, StringComparison.Ordinal);
        var lines = output.Split('\n');
        var firstBody = lines[Array.FindIndex(lines, l => l.StartsWith("Bodies,", StringComparison.Ordinal)) + 1];
        Assert.StartsWith("  Herald: ", firstBody, StringComparison.Ordinal);
    }

    [Fact]
    public void Consensus_InvalidInput_ExitsTwo()
    {
        var (code, output, error) = CliRunner.Run("{ \"format\": \"contradictions/claim-set@1\", \"claims\": [ { } ] }", "consensus", "-");
        Assert.Equal(2, code);
        Assert.Equal(string.Empty, output);
        Assert.Contains("claims[0]", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_WithConsensus_AddsItToEveryFormat_AndTheFindingsAreTheSame()
    {
        var (plainCode, plain, _) = CliRunner.Run(Claims, "check", "-", "--format", "json");
        var (code, json, _) = CliRunner.Run(Claims, "check", "-", "--format", "json", "--consensus");
        Assert.Equal((1, 1), (plainCode, code));
        using var with = JsonDocument.Parse(json);
        using var without = JsonDocument.Parse(plain);
        Assert.Equal(without.RootElement.GetProperty("diagnostics").GetRawText(), with.RootElement.GetProperty("diagnostics").GetRawText());
        Assert.False(without.RootElement.TryGetProperty("consensus", out _));
        var item = Assert.Single(with.RootElement.GetProperty("consensus").GetProperty("items").EnumerateArray().ToList());
        Assert.Equal(["c3"], item.GetProperty("outliers").EnumerateArray().Select(e => e.GetString()));

        var (_, sarif, _) = CliRunner.Run(Claims, "check", "-", "--format", "sarif", "--consensus");
        var schema = await JsonSchema.FromFileAsync(Repository.TestData("sarif-schema-2.1.0.json"));
        Assert.Empty(schema.Validate(sarif));
        using var log = JsonDocument.Parse(sarif);
        Assert.Equal(1, log.RootElement.GetProperty("runs")[0].GetProperty("properties").GetProperty("consensus").GetProperty("items").GetArrayLength());

        var (_, text, _) = CliRunner.Run(Claims, "check", "-", "--consensus");
        Assert.Contains("BEST-SUPPORTED VALUES", text, StringComparison.Ordinal);
        Assert.Contains("outliers c3", text, StringComparison.Ordinal);
        Assert.Contains("  Herald: ", text, StringComparison.Ordinal);
    }
}
