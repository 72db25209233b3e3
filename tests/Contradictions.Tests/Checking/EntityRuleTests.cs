using Contradictions.Diagnostics;
using static Contradictions.Tests.Checking.CheckerTestKit;

namespace Contradictions.Tests.Checking;

public sealed class EntityRuleTests
{
    private static readonly string Rutte = C("rutte", "ref", "nato-sg", "holder", "\"mark-rutte\"", "{ \"from\": \"2024-10-01\" }");
    private static readonly string StoltenbergTenure = C("stoltenberg", "ref", "nato-sg", "holder", "\"jens-stoltenberg\"", "{ \"from\": \"2014-10-01\", \"to\": \"2024-10-01\" }");

    [Fact]
    public void HolderNamedAfterTheTermEnded_IsAFunctionalConflict()
    {
        var d = Single(Check(string.Join(",", Rutte, StoltenbergTenure, C("article", "oct", "nato-sg", "holder", "\"jens-stoltenberg\"", "{ \"asOf\": \"2024-11\" }"))), "functional-conflict");
        Assert.Equal(DiagnosticSeverity.Error, d.Severity);
        Assert.Equal(["article", "rutte"], Ids(d));
        Assert.Equal("CX0007", d.Code);
    }

    [Fact]
    public void HandOverOnTheDayATermEnds_IsNotAConflict()
    {
        None(Check(string.Join(",", Rutte, StoltenbergTenure)));
        None(Check(string.Join(",", Rutte, StoltenbergTenure, C("article", "oct", "nato-sg", "holder", "\"jens-stoltenberg\"", "{ \"asOf\": \"2024-10-01\" }"))));
    }

    [Fact]
    public void OverlapThatDependsOnAVagueTime_IsAWarning()
    {
        var belousov = C("belousov", "ref", "ru-defmin", "holder", "\"andrei-belousov\"", "{ \"from\": \"2025-01-01\" }");
        var d = Single(Check(string.Join(",", belousov, C("article", "mar", "ru-defmin", "holder", "\"sergei-shoigu\"", "\"recently\""))), "functional-conflict");
        Assert.Equal(DiagnosticSeverity.Warning, d.Severity);
    }

    [Fact]
    public void ManyClaimsNamingTheFormerHolder_GiveOneDiagnostic()
    {
        var claims = new[] { Rutte }.Concat(Enumerable.Range(1, 5).Select(i => C($"a{i}", "oct", "nato-sg", "holder", "\"jens-stoltenberg\"", $"\"2024-11-0{i}\"")));
        var d = Single(Check(string.Join(",", claims)), "functional-conflict");
        Assert.Equal(4, d.RelatedClaimIds.Length);
    }

    [Fact]
    public void SingleValuedEntity_ConflictsRegardlessOfTime()
    {
        var d = Single(Check(string.Join(",", C("a", "ref", "ukraine", "capital", "\"kyiv\"", "\"2020\""), C("b", "oct", "ukraine", "capital", "\"lviv\""))), "functional-conflict");
        Assert.Equal(DiagnosticSeverity.Error, d.Severity);
    }

    [Fact]
    public void FormerHolderWhileInOffice_IsANegationConflict()
    {
        var trump = C("trump", "ref", "us-president", "holder", "\"donald-trump\"", "{ \"from\": \"2025-01-20\" }");
        var d = Single(Check(string.Join(",", trump, C("former", "mar", "us-president", "holder", "\"donald-trump\"", negated: true))), "negation-conflict");
        Assert.Equal(DiagnosticSeverity.Error, d.Severity);
        Assert.Equal(["former", "trump"], d.ClaimIds.AsEnumerable());
    }

    [Fact]
    public void FormerHolderAfterTheTermEnded_IsFine()
    {
        None(Check(string.Join(",", StoltenbergTenure, C("former", "mar", "nato-sg", "holder", "\"jens-stoltenberg\"", negated: true))));
        None(Check(string.Join(",", StoltenbergTenure, C("former", "ref", "nato-sg", "holder", "\"jens-stoltenberg\"", "{ \"asOf\": \"2024-10-01\" }", negated: true))));
    }

    [Fact]
    public void StatedWeekdayThatDoesNotMatch_IsReported_InTheValueAndInTheTime()
    {
        var report = Check(string.Join(",",
            C("v", "oct", "parade", "occurred", "\"Thursday, October 10, 2025\""),
            C("t", "mar", "x", "killed", "\"400\"", "\"Tuesday, March 3, 2025\"")));
        var weekdays = report.Diagnostics.Where(d => d.Kind == "weekday-mismatch").ToList();
        Assert.Equal(["t", "v"], weekdays.Select(d => d.ClaimIds.Single()).Order());
        Assert.All(weekdays, d => Assert.Equal(DiagnosticSeverity.Error, d.Severity));
        Assert.Equal(EvidenceAspect.Validity, weekdays.Single(d => d.ClaimIds[0] == "t").Evidence[0].Aspect);
    }

    [Fact]
    public void StatedWeekdayThatMatches_IsFine()
    {
        None(Check(string.Join(",", C("v", "oct", "parade", "occurred", "\"Friday, October 10, 2025\""), C("t", "mar", "x", "killed", "\"400\"", "\"Monday, March 3, 2025\""))));
    }
}
