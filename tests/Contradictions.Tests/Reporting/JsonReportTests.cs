using System.Text;
using System.Text.Json;
using Contradictions.Checking;
using Contradictions.Claims;
using Contradictions.Diagnostics;
using Contradictions.Generation;
using Contradictions.Reporting;
using Contradictions.Serialization;

namespace Contradictions.Tests.Reporting;

public sealed class JsonReportTests
{
    private static string Write(ContradictionReport report)
    {
        using var text = new StringWriter();
        new JsonReportWriter().Write(report, text);
        return text.ToString();
    }

    private static ClaimSet Seed() =>
        new ClaimSetLoader().LoadFiles([Repository.Path("fixtures", "dprk-russia"), Repository.Path("fixtures", "reference")]).GetClaimSetOrThrow();

    public static TheoryData<string> Sets() => ["seed", "every-kind", "world"];

    private static ClaimSet Set(string name) => name switch
    {
        "seed" => Seed(),
        "every-kind" => new ClaimSetLoader().LoadFiles([Repository.TestData("every-kind.json")]).GetClaimSetOrThrow(),
        _ => ClaimSetGenerator.Generate(new GeneratorSettings { Claims = 5_000, Seed = 11, ContradictionShare = 0.02 }).ClaimSet,
    };

    [Theory]
    [MemberData(nameof(Sets))]
    public void Report_ReadBackAndWrittenAgain_IsByteIdentical(string name)
    {
        var set = Set(name);
        var json = Write(ContradictionChecker.CreateDefault().Check(set));
        var read = JsonReportReader.Read(json, set);
        Assert.Equal(json, Write(read));
    }

    [Fact]
    public void Report_WithLoadProblems_ReadBackAndWrittenAgain_IsByteIdentical()
    {
        var loaded = new ClaimSetLoader().LoadJson(
            File.ReadAllText(Repository.TestData("every-kind.json")).Replace("\"source\": \"ref\", \"subject\": \"qm\"", "\"source\": \"nowhere\", \"subject\": \"qm\"", StringComparison.Ordinal),
            "every-kind.json",
            skipInvalidClaims: true);
        var report = ContradictionChecker.CreateDefault().Check(loaded.ClaimSet!).WithLoadProblems(loaded.Errors);
        Assert.Single(report.LoadProblems);
        var json = Write(report);
        Assert.Equal(json, Write(JsonReportReader.Read(json, loaded.ClaimSet!)));
    }

    [Fact]
    public void Report_NamingAClaimTheSetLacks_IsRefused()
    {
        var json = Write(ContradictionChecker.CreateDefault().Check(Seed()));
        var other = new ClaimSetLoader().LoadFiles([Repository.TestData("every-kind.json")]).GetClaimSetOrThrow();
        Assert.Throws<FormatException>(() => JsonReportReader.Read(json, other));
        Assert.Throws<FormatException>(() => JsonReportReader.Read("{ \"format\": \"something/else@1\" }", other));
        Assert.Throws<FormatException>(() => JsonReportReader.Read("[", other));
    }

    [Theory]
    [MemberData(nameof(Sets))]
    public void Report_WritesEveryNumberInOneCanonicalForm(string name)
    {
        var json = Encoding.UTF8.GetBytes(Write(ContradictionChecker.CreateDefault().Check(Set(name))));
        var reader = new Utf8JsonReader(json);
        var numbers = 0;
        while (reader.Read())
        {
            if (reader.TokenType == JsonTokenType.Number)
            {
                numbers++;
                var raw = Encoding.UTF8.GetString(reader.ValueSpan);
                Assert.False(raw.Contains('.', StringComparison.Ordinal) && raw.EndsWith('0'), $"{raw} has trailing zeros");
                Assert.DoesNotContain("e", raw, StringComparison.OrdinalIgnoreCase);
            }
        }

        Assert.True(numbers > 0);
    }

    [Fact]
    public void Report_CarriesRolesArgumentsAndTheRulesUsed()
    {
        using var json = JsonDocument.Parse(Write(ContradictionChecker.CreateDefault().Check(Seed())));
        var root = json.RootElement;
        Assert.Equal(4, root.GetProperty("summary").GetProperty("separateProblems").GetInt32());
        var rules = root.GetProperty("rules").EnumerateArray().Select(r => r.GetProperty("code").GetString()).ToList();
        Assert.Equal(["CX0005", "CX0006", "CX0007", "CX0008", "CX0010"], rules);
        var date = root.GetProperty("diagnostics").EnumerateArray().Single(d => d.GetProperty("code").GetString() == "CX0005");
        Assert.Equal(["earlier", "later"], date.GetProperty("claimDetails").EnumerateArray().Select(c => c.GetProperty("role").GetString()));
        Assert.Equal("russia-dprk-treaty signed", date.GetProperty("arguments")[1].GetString());
        Assert.Equal("CX0006", date.GetProperty("relatedDiagnostics")[0].GetProperty("code").GetString());
    }

    [Theory]
    [MemberData(nameof(Sets))]
    public void Report_DescribesEachSourceOnce_AndClaimsNameTheirSourceById(string name)
    {
        var set = Set(name);
        using var json = JsonDocument.Parse(Write(ContradictionChecker.CreateDefault().Check(set)));
        var sources = json.RootElement.GetProperty("sources").EnumerateArray().ToList();
        var ids = sources.Select(s => s.GetProperty("id").GetString()!).ToList();
        Assert.Equal(ids.Distinct(StringComparer.Ordinal).Count(), ids.Count);
        var cited = json.RootElement.GetProperty("diagnostics").EnumerateArray()
            .SelectMany(d => d.GetProperty("claimDetails").EnumerateArray())
            .ToList();
        Assert.NotEmpty(cited);
        Assert.All(cited, c =>
        {
            Assert.False(c.TryGetProperty("publisher", out _));
            Assert.False(c.TryGetProperty("published", out _));
        });
        Assert.Equal(cited.Select(c => c.GetProperty("source").GetString()!).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal), ids);
        foreach (var source in sources)
        {
            var expected = set.Sources.Single(s => s.Id == source.GetProperty("id").GetString());
            Assert.Equal(expected.Title, source.GetProperty("title").GetString());
            Assert.Equal(expected.PublicationText, source.GetProperty("published").GetString());
        }
    }

    [Fact]
    public void Evidence_CarriesTheWidestReading_OnlyWhereItDiffersFromTheDefault()
    {
        using var json = JsonDocument.Parse(Write(ContradictionChecker.CreateDefault().Check(Seed())));
        var evidence = json.RootElement.GetProperty("diagnostics").EnumerateArray().SelectMany(d => d.GetProperty("evidence").EnumerateArray()).ToList();
        var periods = evidence.Where(e => e.TryGetProperty("period", out _)).ToList();
        Assert.Contains(periods, e => !e.TryGetProperty("widestPeriod", out _));
        var widened = periods.Where(e => e.TryGetProperty("widestPeriod", out _)).ToList();
        Assert.NotEmpty(widened);
        Assert.All(widened, e => Assert.NotEqual(e.GetProperty("period").GetRawText(), e.GetProperty("widestPeriod").GetRawText()));
    }

    [Fact]
    public void ReportOfVersionOne_IsRead()
    {
        var set = Seed();
        var json = Write(ContradictionChecker.CreateDefault().Check(set));
        var version1 = json.Replace(JsonReportWriter.Format, "contradictions/report@1", StringComparison.Ordinal);
        Assert.Equal(json, Write(JsonReportReader.Read(version1, set)));
    }

    [Fact]
    public void Report_WithConsensus_ReadBackAndWrittenAgain_IsByteIdentical()
    {
        var set = Set("world");
        var report = ContradictionChecker.CreateDefault().Check(set).WithConsensus(new Contradictions.Consensus.ConsensusEstimator().Estimate(set));
        var json = Write(report);
        using var document = JsonDocument.Parse(json);
        Assert.True(document.RootElement.GetProperty("consensus").GetProperty("items").GetArrayLength() > 0);
        Assert.Equal(json, Write(JsonReportReader.Read(json, set)));
    }
}
