using Contradictions.Diagnostics;
using NodaTime;
using static Contradictions.Tests.Checking.CheckerTestKit;

namespace Contradictions.Tests.Checking;

/// <summary>Figures of the same day put in order by their sources' publication times (issue 11).</summary>
public sealed class PublicationTimeTests
{
    private static string Killed(string id, string source, string amount, string origin = "health-ministry") =>
        $$"""{ "id": "{{id}}", "source": "{{source}}", "subject": "quake", "property": "killed", "value": "{{amount}}", "origin": "{{origin}}" }""";

    private static string Troops(string id, string source, string amount, string origin) =>
        $$"""{ "id": "{{id}}", "source": "{{source}}", "subject": "x", "property": "troops", "value": "{{amount}}", "origin": "{{origin}}" }""";

    [Fact]
    public void PublishedWithATime_KeepsTheMomentAndItsLocalDate()
    {
        var source = Load(Killed("a", "blog-14", "1,200")).Claims[0].Source;
        Assert.Equal(new LocalDate(2025, 3, 18), source.Published.Earliest);
        Assert.Equal(new OffsetDateTime(new LocalDateTime(2025, 3, 18, 14, 0), Offset.FromHours(1)), source.PublishedAt);
    }

    [Fact]
    public void PublicationMoment_SurvivesWritingAndLoadingAgain()
    {
        var set = Load(Killed("a", "blog-14", "1,200"));
        var again = new Contradictions.Serialization.ClaimSetLoader().LoadJson(Contradictions.Serialization.ClaimSetWriter.ToJson(set), "again.json").GetClaimSetOrThrow();
        Assert.Equal(set.Claims[0].Source.PublishedAt, again.Claims[0].Source.PublishedAt);
        Assert.Contains("\"2025-03-18T14:00:00+01:00\"", Contradictions.Serialization.ClaimSetWriter.ToJson(set), StringComparison.Ordinal);
    }

    [Fact]
    public void RunningTotalThatGrowsDuringTheDay_IsNoConflict()
    {
        // Different origins, so no revision either: 1,200 at 09:00 UTC, 2,100 at 13:00 UTC.
        var report = Check(string.Join(",", Killed("morning", "blog-9", "1,200", "ministry"), Killed("afternoon", "blog-14", "2,100", "police")));
        Assert.DoesNotContain(report.Diagnostics, d => d.Kind == "quantity-mismatch");
    }

    [Fact]
    public void RunningTotalThatFallsDuringTheDay_FromDifferentBodies_IsAnError()
    {
        var report = Check(string.Join(",", Killed("morning", "blog-9", "2,100", "ministry"), Killed("afternoon", "blog-14", "1,200", "police")));
        Assert.Equal(DiagnosticSeverity.Error, Single(report, "quantity-mismatch").Severity);
    }

    [Fact]
    public void SameBodyLaterTheSameDay_IsARevision_InTheOrderOfTheTimes()
    {
        var d = Single(Check(string.Join(",", Troops("late", "blog-14", "2,100", "jcs"), Troops("early", "blog-9", "1,200", "jcs"))), "revision");
        Assert.Equal(DiagnosticSeverity.Info, d.Severity);
        Assert.Equal(["early", "late"], d.ClaimIds.AsEnumerable());
        Assert.Contains("2025-03-18T09:00:00Z", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SameBodyTheSameDay_WithoutTimes_IsAWarning()
    {
        var d = Single(Check(string.Join(",", Troops("a", "tue", "2,100", "jcs"), Troops("b", "tue-later", "1,200", "jcs"))), "quantity-mismatch");
        Assert.Equal(DiagnosticSeverity.Warning, d.Severity);
        Assert.Contains("probably an update", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TwoOutletsRelayingOneBodyDifferently_TheSameDay_AreARelayDiscrepancy()
    {
        var d = Single(Check(string.Join(",", Troops("a", "tue", "11,000", "JCS"), Troops("b", "other-14", "3,000", "jcs"))), "relay-discrepancy");
        Assert.Equal((DiagnosticSeverity.Warning, "CX0014"), (d.Severity, d.Code));
        Assert.Contains("both cite JCS", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SameBodyInOneArticle_TwoFigures_IsStillAnError_ForAnArticleDoesNotUpdateItself()
    {
        var d = Single(Check(string.Join(",", Troops("a", "tue", "2,100", "jcs"), Troops("b", "tue", "1,200", "jcs"))), "quantity-mismatch");
        Assert.Equal(DiagnosticSeverity.Error, d.Severity);
    }

    [Fact]
    public void DifferentBodiesTheSameDay_StillDisagree()
    {
        var d = Single(Check(string.Join(",", Troops("a", "blog-9", "2,100", "jcs"), Troops("b", "other-14", "1,200", "nis"))), "quantity-mismatch");
        Assert.Equal(DiagnosticSeverity.Error, d.Severity);
    }

    [Fact]
    public void RunningTotalRevisedDownByTheSameBody_IsARevision_NotADecrease()
    {
        // The Health Ministry's 1,247 of 7 February, corrected to 1,198 on 9 February after double counting (issue 14).
        var sources = """
            { "id": "feb7", "title": "Quake toll", "publisher": "Wire", "published": "2025-02-07" },
            { "id": "feb9", "title": "Quake toll revised", "publisher": "Herald", "published": "2025-02-09" },
            { "id": "feb10", "title": "Other count", "publisher": "Times", "published": "2025-02-10" }
            """;
        string Toll(string id, string source, string amount, string origin) =>
            $$"""{ "id": "{{id}}", "source": "{{source}}", "subject": "quake", "property": "killed", "value": "{{amount}}", "origin": "{{origin}}" }""";
        var json = $$"""{ "format": "contradictions/claim-set@1", {{CheckerTestKit.Vocabulary}}, "sources": [ {{sources}} ], "claims": [ {{Toll("first", "feb7", "1,247", "Health Ministry")}}, {{Toll("revised", "feb9", "1,198", "health ministry")}} ] }""";
        var report = Contradictions.Checking.ContradictionChecker.CreateDefault().Check(new Contradictions.Serialization.ClaimSetLoader().LoadJson(json, "t.json").GetClaimSetOrThrow());
        var d = Single(report, "revision");
        Assert.Equal(DiagnosticSeverity.Info, d.Severity);
        Assert.Equal(["first", "revised"], d.ClaimIds.AsEnumerable());
        None(report, "cumulative-decrease");

        // The same fall reported by another body is still a decrease.
        var other = $$"""{ "format": "contradictions/claim-set@1", {{CheckerTestKit.Vocabulary}}, "sources": [ {{sources}} ], "claims": [ {{Toll("first", "feb7", "1,247", "Health Ministry")}}, {{Toll("police", "feb10", "1,198", "Police")}} ] }""";
        var decrease = Single(Contradictions.Checking.ContradictionChecker.CreateDefault().Check(new Contradictions.Serialization.ClaimSetLoader().LoadJson(other, "t.json").GetClaimSetOrThrow()), "cumulative-decrease");
        Assert.Equal(DiagnosticSeverity.Error, decrease.Severity);
    }

    [Theory]
    [InlineData("2025-03-18T14:00")]
    [InlineData("2025-03-18T25:00Z")]
    [InlineData("yesterday at 2pm")]
    public void PublicationMomentWithoutAnOffsetOrImpossible_IsRefusedAtItsPath(string published)
    {
        var json = $$"""
            { "format": "contradictions/claim-set@1", {{CheckerTestKit.Vocabulary}},
              "sources": [ { "id": "s", "title": "T", "published": "{{published}}" } ], "claims": [] }
            """;
        var result = new Contradictions.Serialization.ClaimSetLoader().LoadJson(json, "t.json");
        var error = Assert.Single(result.Errors);
        Assert.Equal("sources[0].published", error.Path);
    }
}
