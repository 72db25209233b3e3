using Contradictions.Diagnostics;
using static Contradictions.Tests.Checking.CheckerTestKit;

namespace Contradictions.Tests.Checking;

/// <summary>A subject id with a typo no longer hides its contradictions without a word (issue 11).</summary>
public sealed class SimilarIdsTests
{
    [Theory]
    [InlineData("kim-jong-un", "Kim_Jong_Un", "case or punctuation")]
    [InlineData("north-korea", "nrth-korea", "one letter")]
    [InlineData("north-korea", "nort-korae", "two letters")]
    public void SubjectsThatDifferByATypo_AndShareAProperty_AreAWarning(string a, string b, string how)
    {
        var d = Single(Check(string.Join(",", C("c1", "oct", a, "troops", "\"400\""), C("c2", "mar", b, "troops", "\"2,000\""))), "similar-ids");
        Assert.Equal(DiagnosticSeverity.Warning, d.Severity);
        Assert.Equal("CX0013", d.Code);
        var (first, second) = string.CompareOrdinal(a, b) < 0 ? (a, b) : (b, a);
        Assert.Contains($"'{first}' and '{second}'", d.Message, StringComparison.Ordinal);
        Assert.Contains(how, d.Message, StringComparison.Ordinal);
        Assert.Equal(["c1", "c2"], Ids(d));
    }

    [Theory]
    [InlineData("unit-1", "unit-2")]
    [InlineData("q3-2024", "q4-2024")]
    [InlineData("us", "uk")]
    [InlineData("north-korea", "south-korea")]
    public void DifferentThings_AreNotReported(string a, string b)
    {
        None(Check(string.Join(",", C("c1", "oct", a, "troops", "\"400\""), C("c2", "mar", b, "troops", "\"2,000\""))), "similar-ids");
    }

    [Fact]
    public void SimilarSubjectsWithNoPropertyInCommon_WouldNotMeet_AndAreNotReported()
    {
        None(Check(string.Join(",", C("c1", "oct", "north-korea", "troops", "\"400\""), C("c2", "mar", "nrth-korea", "killed", "\"2,000\""))), "similar-ids");
    }

    [Fact]
    public void EntityValuesOfOneProperty_ThatDifferByATypo_AreAWarningNamingTheirClaims()
    {
        var d = Single(Check(string.Join(
            ",",
            C("a", "ref", "nato", "holder", "\"mark-rutte\"", "{ \"from\": \"2024-10-01\" }"),
            C("b", "oct", "nato", "holder", "\"mark-rute\"", "\"2025-10-01\""))), "similar-ids");
        Assert.Contains("entities 'mark-rute' and 'mark-rutte'", d.Message, StringComparison.Ordinal);
        Assert.Equal(["a", "b"], Ids(d));
    }

    [Fact]
    public void ManyNumberedSubjects_GiveNoWarning_AndATypoAmongThemIsFound()
    {
        var claims = Enumerable.Range(1, 300).Select(i => C($"c{i}", "oct", $"district-{i:000}", "troops", "\"400\"")).ToList();
        None(Check(string.Join(",", claims)), "similar-ids");
        claims.Add(C("typo", "mar", "distrct-150", "troops", "\"2,000\""));
        var d = Single(Check(string.Join(",", claims)), "similar-ids");
        Assert.Contains("'distrct-150' and 'district-150'", d.Message, StringComparison.Ordinal);
    }
}
