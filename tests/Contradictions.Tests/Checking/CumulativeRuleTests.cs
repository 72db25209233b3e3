using Contradictions.Diagnostics;
using static Contradictions.Tests.Checking.CheckerTestKit;

namespace Contradictions.Tests.Checking;

public sealed class CumulativeRuleTests
{
    [Fact]
    public void LowerFigureAtASurelyLaterTime_IsAnError()
    {
        var report = Check(string.Join(",", C("c1", "oct", "x", "killed", "\"2,000\"", "\"2025-09-01\""), C("c2", "oct", "x", "killed", "\"400\"", "\"2025-11-01\"")));
        var d = Single(report, "cumulative-decrease");
        Assert.Equal(DiagnosticSeverity.Error, d.Severity);
        Assert.Equal(["c1", "c2"], d.ClaimIds.AsEnumerable());
    }

    [Fact]
    public void GrowingFigures_AreReconciledByTime_NotAnError()
    {
        var report = Check(string.Join(",", C("c1", "mar", "x", "killed", "\"around 400\"", "{ \"asOf\": \"late February\" }"), C("c2", "oct", "x", "killed", "\"roughly 2,000\"", "\"in September\"")));
        None(report);
        var d = Single(report, "reconciled-by-time");
        Assert.Equal(["c1", "c2"], d.ClaimIds.AsEnumerable());
        Assert.Equal(DiagnosticSeverity.Info, d.Severity);
    }

    [Fact]
    public void DecreaseWithinTheWidestTolerance_IsAWarning()
    {
        var report = Check(string.Join(",", C("c1", "oct", "x", "killed", "\"approximately 2,000\"", "\"2025-03-01\""), C("c2", "oct", "x", "killed", "\"1,701\"", "\"2025-04-01\"")));
        Assert.Equal(DiagnosticSeverity.Warning, Single(report, "cumulative-decrease").Severity);
    }

    [Fact]
    public void LowerFigureInAnOverlappingPeriod_IsNotADecrease()
    {
        var report = Check(string.Join(",", C("c1", "y2025", "x", "killed", "\"4,700\""), C("c2", "mar", "x", "killed", "\"around 4,000\"")));
        None(report);
        Assert.Single(report.Diagnostics, d => d.Kind == "reconciled-by-time");
    }

    [Fact]
    public void DifferentFiguresForTheSameDay_InAnUnknownOrder_AreAWarningNotAnError()
    {
        // The total may have grown between two moments of that day: possible, not certain (issue 11).
        var report = Check(string.Join(",", C("c1", "oct", "x", "killed", "\"400\"", "\"2025-03-01\""), C("c2", "oct", "x", "killed", "\"2,000\"", "\"2025-03-01\"")));
        Assert.Equal(DiagnosticSeverity.Warning, Single(report, "quantity-mismatch").Severity);
        None(report, "cumulative-decrease");
    }

    [Fact]
    public void OneEarlyOutlier_GivesOneDiagnosticNamingTheLaterClaims()
    {
        var claims = new[] { C("high", "oct", "x", "killed", "\"9,000\"", "\"2025-01-01\"") }
            .Concat(Enumerable.Range(1, 5).Select(i => C($"later{i}", "oct", "x", "killed", $"\"{1000 + i}\"", $"\"2025-0{i + 1}-01\"")));
        var d = Single(Check(string.Join(",", claims)), "cumulative-decrease");
        Assert.Equal("high", d.ClaimIds[0]);
        Assert.Equal(4, d.RelatedClaimIds.Length);
    }
}
