using Contradictions.Diagnostics;
using static Contradictions.Tests.Checking.CheckerTestKit;

namespace Contradictions.Tests.Checking;

public sealed class QuantityMismatchRuleTests
{
    private const string Day = "\"2025-10-01\"";

    [Fact]
    public void DisjointValuesOnTheSameDay_IsAnError_WithEvidence()
    {
        var report = Check(string.Join(",", C("c1", "oct", "x", "troops", "\"approximately 11,000\"", Day), C("c2", "oct", "x", "troops", "\"5,123\"", Day)));
        var d = Single(report, "quantity-mismatch");
        Assert.Equal(DiagnosticSeverity.Error, d.Severity);
        Assert.Equal("CX0001", d.Code);
        Assert.Equal(["c1", "c2"], Ids(d));
        var amount = d.Evidence.Single(e => e.ClaimId == "c1" && e.Aspect == EvidenceAspect.Value);
        Assert.Equal(new Contradictions.Quantities.NumericInterval(9900m, 12100m), amount.Amount);
        Assert.Equal(new Contradictions.Quantities.NumericInterval(8250m, 13750m), amount.WidestAmount);
    }

    [Fact]
    public void DisjointOnlyUnderTheDefaultTolerance_IsAWarning()
    {
        var report = Check(string.Join(",", C("c1", "oct", "x", "troops", "\"approximately 11,000\"", Day), C("c2", "oct", "x", "troops", "\"8,501\"", Day)));
        Assert.Equal(DiagnosticSeverity.Warning, Single(report, "quantity-mismatch").Severity);
    }

    [Fact]
    public void PointsInTheSameMonth_OverlapOnlyUnderTheDefaultReading_IsAWarning()
    {
        var report = Check(string.Join(",", C("c1", "oct", "x", "troops", "\"approximately 11,000\""), C("c2", "oct", "x", "troops", "\"5,123\"")));
        Assert.Equal(DiagnosticSeverity.Warning, Single(report, "quantity-mismatch").Severity);
    }

    [Theory]
    [InlineData("\"approximately 11,000\"", "\"11,500\"")]
    [InlineData("\"at most 5,000\"", "\"at least 5,000\"")]
    [InlineData("\"more than 10,000\"", "\"approximately 11,000\"")]
    [InlineData("\"between 3,000 and 5,000\"", "\"up to 3,000\"")]
    public void CompatibleValues_AreNotAMismatch(string first, string second)
    {
        None(Check(string.Join(",", C("c1", "oct", "x", "troops", first, Day), C("c2", "oct", "x", "troops", second, Day))));
    }

    [Fact]
    public void MoreThanAndAtMostTheSameAmount_Conflict()
    {
        var report = Check(string.Join(",", C("c1", "oct", "x", "troops", "\"more than 5,000\"", Day), C("c2", "oct", "x", "troops", "\"at most 5,000\"", Day)));
        Assert.Equal(["c1", "c2"], Ids(Single(report, "quantity-mismatch")));
    }

    [Fact]
    public void DifferentValuesAtDifferentTimes_AreNotAMismatch()
    {
        None(Check(string.Join(",", C("c1", "oct", "x", "troops", "\"11,000\"", "\"2025-01-01\""), C("c2", "oct", "x", "troops", "\"5,000\"", "\"2025-06-01\""))));
    }

    [Fact]
    public void DifferentSubjects_AreNeverCompared()
    {
        None(Check(string.Join(",", C("c1", "oct", "x", "troops", "\"11,000\"", Day), C("c2", "oct", "y", "troops", "\"5,000\"", Day))));
    }

    [Fact]
    public void ManyDisagreeingClaims_GiveOneClusteredDiagnostic()
    {
        var claims = Enumerable.Range(0, 6).Select(i => C($"high{i}", "oct", "x", "troops", $"\"approximately {11000 + (i * 100)}\"", Day))
            .Concat(Enumerable.Range(0, 4).Select(i => C($"low{i}", "oct", "x", "troops", $"\"approximately {5000 + (i * 50)}\"", Day)));
        var d = Single(Check(string.Join(",", claims)), "quantity-mismatch");
        Assert.Equal(2, d.Claims.Length);
        Assert.Equal([4, 6], d.Clusters.Select(c => c.ClaimIds.Length).Order());
        Assert.Equal(8, d.RelatedClaimIds.Length);
    }

    [Fact]
    public void SingleValuedQuantities_AreComparedAcrossTimes_AndAcrossUnits()
    {
        var report = Check(string.Join(",", C("c1", "ref", "a-b", "distance", "\"130 km\"", "\"2020\""), C("c2", "oct", "a-b", "distance", "\"500 km\"")));
        Assert.Equal(DiagnosticSeverity.Error, Single(report, "quantity-mismatch").Severity);

        None(Check(string.Join(",", C("c1", "ref", "a-b", "distance", "\"about 130 km\""), C("c2", "oct", "a-b", "distance", "\"about 80 miles\""))));
    }

    [Fact]
    public void SameOriginInALaterPublication_IsARevisionNotAContradiction()
    {
        var report = Check("""
            { "id": "c1", "source": "mar10", "origin": "NIS", "subject": "x", "property": "troops", "value": "approximately 11,000", "time": "2025-03-01" },
            { "id": "c2", "source": "oct", "origin": "nis", "subject": "x", "property": "troops", "value": "15,000", "time": "2025-03-01" }
            """);
        None(report);
        var d = Single(report, "revision");
        Assert.Equal(("CX0011", DiagnosticSeverity.Info), (d.Code, d.Severity));
        Assert.Equal(["c1", "c2"], d.ClaimIds.AsEnumerable());
        Assert.Equal([ClaimRole.Earlier, ClaimRole.Later], d.Roles.AsEnumerable());
        Assert.NotNull(d.Reconciliation);
    }
}
