using System.Text.Json;
using Contradictions.Checking;
using Contradictions.Diagnostics;
using Contradictions.Serialization;

namespace Contradictions.Tests.Checking;

/// <summary>The golden test: the checker on the seed fixtures reports exactly the reviewed diagnostics of expected.json.</summary>
public sealed class SeedFixtureTests
{
    private static readonly string ExpectedPath = Repository.Path("fixtures", "dprk-russia", "expected.json");

    private static ContradictionReport CheckFixtures()
    {
        using var expected = JsonDocument.Parse(File.ReadAllText(ExpectedPath));
        var inputs = expected.RootElement.GetProperty("inputs").EnumerateArray().Select(e => Repository.Path(e.GetString()!.Split('/'))).ToList();
        var set = new ClaimSetLoader().LoadFiles(inputs).GetClaimSetOrThrow();
        return ContradictionChecker.CreateDefault().Check(set);
    }

    public static TheoryData<string, string, string> Expected()
    {
        using var expected = JsonDocument.Parse(File.ReadAllText(ExpectedPath));
        var data = new TheoryData<string, string, string>();
        foreach (var d in expected.RootElement.GetProperty("diagnostics").EnumerateArray())
        {
            data.Add(d.GetProperty("kind").GetString()!, d.GetProperty("severity").GetString()!, string.Join(",", d.GetProperty("claims").EnumerateArray().Select(c => c.GetString()).Order(StringComparer.Ordinal)));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Expected))]
    public void Fixtures_ReportEveryExpectedDiagnostic(string kind, string severity, string claims)
    {
        var report = CheckFixtures();
        Assert.Contains(report.Diagnostics, d =>
            d.Kind == kind &&
            d.Severity.ToString().Equals(severity, StringComparison.OrdinalIgnoreCase) &&
            string.Join(",", d.ClaimIds.Order(StringComparer.Ordinal)) == claims);
    }

    [Fact]
    public void Fixtures_ReportNothingUnexpected()
    {
        using var expected = JsonDocument.Parse(File.ReadAllText(ExpectedPath));
        var wanted = expected.RootElement.GetProperty("diagnostics").EnumerateArray()
            .Select(d => $"{d.GetProperty("kind").GetString()} {d.GetProperty("severity").GetString()} {string.Join(",", d.GetProperty("claims").EnumerateArray().Select(c => c.GetString()).Order(StringComparer.Ordinal))}")
            .Order(StringComparer.Ordinal)
            .ToList();
        var actual = CheckFixtures().Diagnostics
            .Select(d => $"{d.Kind} {d.Severity.ToString().ToLowerInvariant()} {string.Join(",", d.ClaimIds.Order(StringComparer.Ordinal))}")
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.Equal(wanted, actual);
    }

    [Fact]
    public void Fixtures_EveryExpectedDiagnosticIsJustified_AndEveryAbsentKindIsAbsent()
    {
        using var expected = JsonDocument.Parse(File.ReadAllText(ExpectedPath));
        Assert.All(expected.RootElement.GetProperty("diagnostics").EnumerateArray(), d => Assert.False(string.IsNullOrWhiteSpace(d.GetProperty("why").GetString())));
        var report = CheckFixtures();
        foreach (var absent in expected.RootElement.GetProperty("absent").EnumerateArray())
        {
            var kind = absent.GetProperty("kind").GetString();
            Assert.False(string.IsNullOrWhiteSpace(absent.GetProperty("why").GetString()));
            Assert.DoesNotContain(report.Diagnostics, d => d.Kind == kind);
        }
    }

    [Fact]
    public void Fixtures_EveryQuoteIsAShortPhrase()
    {
        var set = new ClaimSetLoader().LoadFiles([Repository.Path("fixtures", "dprk-russia")]).GetClaimSetOrThrow();
        Assert.All(set.Claims, c =>
        {
            Assert.NotNull(c.Quote);
            Assert.NotNull(c.Span);
            Assert.InRange(c.Quote.Length, 3, 90);
        });
    }
}
