using Contradictions.Diagnostics;
using static Contradictions.Tests.Checking.CheckerTestKit;

namespace Contradictions.Tests.Checking;

public sealed class RelationRuleTests
{
    private const string Day = "\"2025-01-01\"";

    [Fact]
    public void PartsThatCannotMakeTheWhole_AreASumMismatch()
    {
        var report = Check(string.Join(",", C("w", "oct", "x", "staff", "\"1,234\"", Day), C("p1", "oct", "x", "officers", "\"300\"", Day), C("p2", "oct", "x", "soldiers", "\"500\"", Day)));
        var d = Single(report, "sum-mismatch");
        Assert.Equal(DiagnosticSeverity.Error, d.Severity);
        Assert.Equal(["p1", "p2", "w"], Ids(d));
    }

    [Fact]
    public void PartsThatAddUp_AreFine()
    {
        None(Check(string.Join(",", C("w", "oct", "x", "staff", "\"1,234\"", Day), C("p1", "oct", "x", "officers", "\"734\"", Day), C("p2", "oct", "x", "soldiers", "\"500\"", Day))));
        None(Check(string.Join(",", C("w", "oct", "x", "staff", "\"about 1,000\"", Day), C("p1", "oct", "x", "officers", "\"around 400\"", Day), C("p2", "oct", "x", "soldiers", "\"600\"", Day))));
    }

    [Fact]
    public void APartLargerThanTheWhole_IsASumMismatchEvenWithoutTheOtherParts()
    {
        var d = Single(Check(string.Join(",", C("w", "oct", "x", "staff", "\"1,234\"", Day), C("p1", "oct", "x", "officers", "\"2,345\"", Day))), "sum-mismatch");
        Assert.Equal(["p1", "w"], Ids(d));
    }

    [Fact]
    public void RunningTotals_AreSummedOnlyForTheSameMoment()
    {
        None(Check(string.Join(",",
            C("w", "mar", "x", "casualties", "\"around 4,000\"", "\"2025-03-15\""),
            C("k", "mar", "x", "killed", "\"around 400\"", "{ \"asOf\": \"late February\" }"),
            C("i", "mar", "x", "wounded", "\"3,600\"", "{ \"asOf\": \"late February\" }"))), "sum-mismatch");

        var report = Check(string.Join(",",
            C("w", "mar", "x", "casualties", "\"5,111\"", "\"2025-03-01\""),
            C("k", "mar", "x", "killed", "\"400\"", "\"2025-03-01\""),
            C("i", "mar", "x", "wounded", "\"3,600\"", "\"2025-03-01\"")));
        Assert.Equal(DiagnosticSeverity.Error, Single(report, "sum-mismatch").Severity);
    }

    [Fact]
    public void LaunchedMoreThanDelivered_IsABoundViolation()
    {
        var d = Single(Check(string.Join(",", C("l", "oct", "x", "launched", "\"153\"", Day), C("d", "oct", "x", "delivered", "\"101\"", Day))), "bound-violation");
        Assert.Equal(DiagnosticSeverity.Error, d.Severity);
        Assert.Equal(["l", "d"], d.ClaimIds.AsEnumerable());
    }

    [Fact]
    public void LaunchedMoreThanALaterDeliveredTotal_IsABoundViolation()
    {
        var d = Single(Check(string.Join(",", C("l", "oct", "x", "launched", "\"153\"", "\"2025-03-01\""), C("d", "oct", "x", "delivered", "\"101\"", "\"2025-06-01\""))), "bound-violation");
        Assert.Equal(DiagnosticSeverity.Error, d.Severity);
    }

    [Fact]
    public void LaunchedWithinDelivered_IsFine()
    {
        None(Check(string.Join(",", C("l", "y2025", "x", "launched", "\"at least 60\""), C("d", "y2025", "x", "delivered", "\"over 100\""))));
    }

    [Fact]
    public void EventDatesThatDoNotOverlap_AreADateMismatch()
    {
        var d = Single(Check(string.Join(",", C("rel", "oct", "t", "signed", "\"earlier this year\""), C("ref", "ref", "t", "signed", "\"2024-06-19\""))), "date-mismatch");
        Assert.Equal(DiagnosticSeverity.Error, d.Severity);
        Assert.Equal(["ref", "rel"], Ids(d));
        var evidence = d.Evidence.Single(e => e.ClaimId == "rel");
        Assert.Equal(new Contradictions.Time.TimeInterval(new NodaTime.LocalDate(2025, 1, 1), new NodaTime.LocalDate(2025, 10, 31)), evidence.Period);
    }

    [Fact]
    public void EventDatesDisjointOnlyUnderTheDefaultReadingOfAVaguePeriod_IsAWarning()
    {
        var d = Single(Check(string.Join(",", C("a", "mar", "e", "occurred", "\"late February\""), C("b", "ref", "e", "occurred", "\"2025-02-18\""))), "date-mismatch");
        Assert.Equal(DiagnosticSeverity.Warning, d.Severity);
    }

    [Theory]
    [InlineData("\"2024\"", "\"2024-06-19\"")]
    [InlineData("\"in June\"", "\"2024-06-19\"")]
    [InlineData("\"last year\"", "\"June 19, 2024\"")]
    public void EventDatesThatOverlap_AreFine(string first, string second)
    {
        None(Check(string.Join(",", C("a", "mar", "t", "signed", first), C("b", "ref", "t", "signed", second))));
    }

    [Fact]
    public void ManyDisagreeingDates_GiveOneClusteredDiagnostic()
    {
        var claims = Enumerable.Range(0, 5).Select(i => C($"old{i}", "ref", "t", "signed", "\"2024-06-19\""))
            .Concat(Enumerable.Range(0, 3).Select(i => C($"new{i}", "oct", "t", "signed", "\"2025\"")));
        var d = Single(Check(string.Join(",", claims)), "date-mismatch");
        Assert.Equal([3, 5], d.Clusters.Select(c => c.ClaimIds.Length).Order());
    }

    [Fact]
    public void SignedAfterRatified_IsATemporalOrderError()
    {
        var d = Single(Check(string.Join(",", C("s", "oct", "t", "signed", "\"2025-01-15\""), C("r", "ref", "t", "ratified", "\"2024-10-24\""))), "temporal-order");
        Assert.Equal(DiagnosticSeverity.Error, d.Severity);
        Assert.Equal(["s", "r"], d.ClaimIds.AsEnumerable());
    }

    [Fact]
    public void OrderThroughAChain_IsChecked()
    {
        var d = Single(Check(string.Join(",", C("s", "oct", "t", "signed", "\"2025-01-15\""), C("f", "ref", "t", "in-force", "\"2024-12-04\""))), "temporal-order");
        Assert.Equal(["s", "f"], d.ClaimIds.AsEnumerable());
        Assert.Contains("signed ≤ ratified ≤ in-force", d.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"2024-06-19\"", "\"2024-10-24\"")]
    [InlineData("\"2024-10-24\"", "\"2024-10-24\"")]
    [InlineData("\"2024\"", "\"2024-10-24\"")]
    public void EventsInOrder_AreFine(string signedOn, string ratifiedOn)
    {
        None(Check(string.Join(",", C("s", "ref", "t", "signed", signedOn), C("r", "ref", "t", "ratified", ratifiedOn))));
    }
}
