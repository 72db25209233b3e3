using Contradictions.Checking;
using Contradictions.Diagnostics;
using Contradictions.Serialization;

namespace Contradictions.Tests.Checking;

/// <summary>Figures in two currencies are compared when the vocabulary gives a rate, and said not to be when it does not.</summary>
public sealed class ExchangeRateTests
{
    private static ClaimSetLoadResult Load(string rates, params string[] claims) => new ClaimSetLoader().LoadJson(
        $$"""
        { "format": "contradictions/claim-set@1",
          "vocabulary": { "properties": { "aid": { "type": "quantity", "dimension": "currency" } }, "exchangeRates": [ {{rates}} ] },
          "sources": [ { "id": "s", "title": "T", "published": "2025-06-01" } ],
          "claims": [ {{string.Join(",", claims)}} ] }
        """,
        "t.json");

    private static string Aid(string id, string value) =>
        $$"""{ "id": "{{id}}", "source": "s", "subject": "ua", "property": "aid", "value": "{{value}}", "time": "2025-03-10" }""";

    private static ContradictionReport Check(string rates, params string[] claims) =>
        ContradictionChecker.CreateDefault().Check(Load(rates, claims).GetClaimSetOrThrow());

    private const string EuroRates = """
        { "from": "EUR", "to": "USD", "rate": 1.50, "on": "2024-01-01" },
        { "from": "EUR", "to": "USD", "rate": 1.08, "on": "2025-03-01" }
        """;

    [Fact]
    public void WithARate_FiguresThatAgreeOnceConverted_AreNotAConflict()
    {
        // €1.1 billion at 1.08 (the rate nearest in time, not the 2024 one) is $1.188 billion: about $1.2 billion.
        var report = Check(EuroRates, Aid("usd", "about $1.2 billion"), Aid("eur", "1.1 billion euros"));
        Assert.DoesNotContain(report.Diagnostics, d => d.Kind is "quantity-mismatch" or "incomparable-units");
    }

    [Fact]
    public void WithARate_FiguresThatDisagreeOnceConverted_AreAMismatch()
    {
        var report = Check(EuroRates, Aid("usd", "$3 billion"), Aid("eur", "1.1 billion euros"));
        Assert.Equal(DiagnosticSeverity.Error, CheckerTestKit.Single(report, "quantity-mismatch").Severity);
    }

    [Fact]
    public void TheRateWorksBothWays()
    {
        var rate = """{ "from": "USD", "to": "EUR", "rate": 0.5, "on": "2025-03-01" }""";
        CheckerTestKit.None(Check(rate, Aid("usd", "$2 billion"), Aid("eur", "1 billion euros")), "quantity-mismatch", "incomparable-units");
    }

    [Theory]
    [InlineData("""{ "from": "EUR", "to": "XYZ", "rate": 1.1, "on": "2025-03-01" }""", "vocabulary.exchangeRates[0].to")]
    [InlineData("""{ "from": "EUR", "to": "km", "rate": 1.1, "on": "2025-03-01" }""", "vocabulary.exchangeRates[0].to")]
    [InlineData("""{ "from": "EUR", "to": "USD", "rate": 0, "on": "2025-03-01" }""", "vocabulary.exchangeRates[0].rate")]
    [InlineData("""{ "from": "EUR", "to": "USD", "rate": 1.1, "on": "2025-03" }""", "vocabulary.exchangeRates[0].on")]
    [InlineData("""{ "from": "EUR", "to": "USD", "rate": 1.1 }""", "vocabulary.exchangeRates[0].on")]
    [InlineData("""{ "from": "EUR", "to": "eur", "rate": 1.1, "on": "2025-03-01" }""", "vocabulary.exchangeRates[0].to")]
    public void InvalidRates_AreRefusedAtTheirPath(string rate, string path)
    {
        var result = Load(rate, Aid("usd", "$1 billion"));
        Assert.Contains(result.Errors, e => e.Path == path);
    }

    [Fact]
    public void Rates_SurviveWritingAndLoadingAgain()
    {
        var set = Load(EuroRates, Aid("usd", "$1 billion")).GetClaimSetOrThrow();
        var again = new ClaimSetLoader().LoadJson(ClaimSetWriter.ToJson(set), "again.json").GetClaimSetOrThrow();
        Assert.Equal(set.Vocabulary.ExchangeRates.AsEnumerable(), again.Vocabulary.ExchangeRates.AsEnumerable());
        Assert.Equal(2, again.Vocabulary.ExchangeRates.Length);
    }
}
