using Contradictions.Diagnostics;
using static Contradictions.Tests.Checking.CheckerTestKit;

namespace Contradictions.Tests.Checking;

/// <summary>Figures in two currencies are said not to be compared, not skipped without a word (issue 11).</summary>
public sealed class IncomparableUnitsTests
{
    private static string Aid(string id, string value, string time) =>
        $$"""{ "id": "{{id}}", "source": "oct", "subject": "ua", "property": "aid", "value": "{{value}}", "time": "{{time}}" }""";

    [Fact]
    public void TwoCurrenciesAtTheSameTime_AreAnInfoNamingBoth()
    {
        var d = Single(CheckAid(Aid("usd", "$1.2 billion", "2025"), Aid("eur", "1.2 billion euros", "2025")), "incomparable-units");
        Assert.Equal(DiagnosticSeverity.Info, d.Severity);
        Assert.Equal("CX0012", d.Code);
        Assert.Contains("'EUR' and 'USD'", d.Message, StringComparison.Ordinal);
        Assert.Equal(["eur", "usd"], Ids(d));
    }

    [Fact]
    public void TwoCurrenciesAtDifferentTimes_OrOneCurrency_SayNothing()
    {
        None(CheckAid(Aid("usd", "$1.2 billion", "2024"), Aid("eur", "1.1 billion euros", "2025")), "incomparable-units");
        None(CheckAid(Aid("a", "$1.2 billion", "2025"), Aid("b", "$1.3 billion", "2025")), "incomparable-units");
    }

    [Fact]
    public void ManyClaimsInTwoCurrencies_GiveOneInfo()
    {
        var claims = Enumerable.Range(1, 5).Select(i => Aid($"u{i}", $"${i} billion", "2025"))
            .Concat(Enumerable.Range(1, 5).Select(i => Aid($"e{i}", $"{i} billion euros", "2025")));
        Single(CheckAid([.. claims]), "incomparable-units");
    }

    private static Contradictions.Diagnostics.ContradictionReport CheckAid(params string[] claims)
    {
        var json = $$"""
            { "format": "contradictions/claim-set@1",
              "vocabulary": { "properties": { "aid": { "type": "quantity", "dimension": "currency" } } },
              {{Sources}}, "claims": [ {{string.Join(",", claims)}} ] }
            """;
        var set = new Contradictions.Serialization.ClaimSetLoader().LoadJson(json, "t.json").GetClaimSetOrThrow();
        return Contradictions.Checking.ContradictionChecker.CreateDefault().Check(set);
    }
}
