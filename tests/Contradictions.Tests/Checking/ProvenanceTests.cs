using Contradictions.Diagnostics;
using static Contradictions.Tests.Checking.CheckerTestKit;

namespace Contradictions.Tests.Checking;

/// <summary>Who stands behind a claim: its origin, or without one its publisher; relays of one origin count once.</summary>
public sealed class ProvenanceTests
{
    [Fact]
    public void SamePublisherWithoutOrigins_LaterLowerFigure_IsARevision()
    {
        // Daily on 10 March, then Daily on 18 March about the same day: the outlet speaks for itself and corrected itself.
        var report = Check("""
            { "id": "c1", "source": "mar10", "subject": "x", "property": "troops", "value": "11,000", "time": "2025-03-01" },
            { "id": "c2", "source": "tue", "subject": "x", "property": "troops", "value": "9,000", "time": "2025-03-01" }
            """);
        None(report);
        var revision = Single(report, "revision");
        Assert.Equal(["c1", "c2"], revision.ClaimIds.AsEnumerable());
        Assert.Contains("Daily revised its figure", revision.Reconciliation, StringComparison.Ordinal);
    }

    [Fact]
    public void DifferentPublishersWithoutOrigins_StillContradict()
    {
        var report = Check("""
            { "id": "c1", "source": "mar", "subject": "x", "property": "troops", "value": "11,000", "time": "2025-03-01" },
            { "id": "c2", "source": "tue", "subject": "x", "property": "troops", "value": "9,000", "time": "2025-03-01" }
            """);
        Assert.Equal(DiagnosticSeverity.Error, Single(report, "quantity-mismatch").Severity);
    }

    [Fact]
    public void AClaimCitingAnOriginAndOneCitingNone_AreNotTheSameBody_EvenFromOnePublisher()
    {
        // Daily relaying the NIS, then Daily on its own: two bodies, so the figures contradict each other.
        var report = Check("""
            { "id": "c1", "source": "mar10", "origin": "NIS", "subject": "x", "property": "troops", "value": "11,000", "time": "2025-03-01" },
            { "id": "c2", "source": "tue", "subject": "x", "property": "troops", "value": "9,000", "time": "2025-03-01" }
            """);
        Assert.Equal(DiagnosticSeverity.Error, Single(report, "quantity-mismatch").Severity);
        None(report, "revision");
    }

    [Fact]
    public void OutletsRelayingOneOrigin_AreSaidOnce_InTheirCluster()
    {
        var report = Check("""
            { "id": "c1", "source": "oct", "origin": "South Korea's NIS", "subject": "x", "property": "troops", "value": "11,000", "time": "2025-03-01" },
            { "id": "c2", "source": "mar", "origin": "south korea's NIS", "subject": "x", "property": "troops", "value": "about 11,000", "time": "2025-03-01" },
            { "id": "c3", "source": "mar10", "origin": "South Korea’s NIS", "subject": "x", "property": "troops", "value": "11,000", "time": "2025-03-01" },
            { "id": "c4", "source": "y2025", "subject": "x", "property": "troops", "value": "50,000", "time": "2025-03-01" }
            """);
        var mismatch = Single(report, "quantity-mismatch");
        var relayed = Assert.Single(mismatch.Clusters, c => c.ClaimIds.Length == 3);
        Assert.EndsWith("(South Korea's NIS, relayed by 3 outlets)", relayed.Summary, StringComparison.Ordinal);
        Assert.DoesNotContain("relayed", Assert.Single(mismatch.Clusters, c => c.ClaimIds.Length == 1).Summary, StringComparison.Ordinal);
        Assert.Contains("relayed by 3 outlets", mismatch.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ARevisionByOneBody_DoesNotHideAConflictWithAnother()
    {
        // Daily gave 11,000 for March, then 9,000 for 1 March: a revision (the times overlap), but the March figure is
        // not replaced (another time), and it still conflicts with the Times' 9,000 for 1 March.
        var report = Check("""
            { "id": "c1", "source": "mar10", "subject": "x", "property": "troops", "value": "11,000", "time": "2025-03" },
            { "id": "c2", "source": "tue", "subject": "x", "property": "troops", "value": "9,000", "time": "2025-03-01" },
            { "id": "c3", "source": "mar", "subject": "x", "property": "troops", "value": "9,000", "time": "2025-03-01" }
            """);
        var mismatch = Single(report, "quantity-mismatch");
        Assert.Equal(["c1", "c3"], Ids(mismatch));
    }

    [Fact]
    public void AFigureItsBodyReplaced_NoLongerConflictsWithOtherBodies()
    {
        // Daily gave 11,000 for 1 March, then replaced it with 9,000 for the same day; the Times agrees with 9,000.
        var report = Check("""
            { "id": "c1", "source": "mar10", "subject": "x", "property": "troops", "value": "11,000", "time": "2025-03-01" },
            { "id": "c2", "source": "tue", "subject": "x", "property": "troops", "value": "9,000", "time": "2025-03-01" },
            { "id": "c3", "source": "mar", "subject": "x", "property": "troops", "value": "9,000", "time": "2025-03-01" }
            """);
        None(report);
        Assert.Equal(["c1", "c2"], Ids(Single(report, "revision")));
    }

    [Fact]
    public void ARunningTotalItsBodyReplaced_GivesNoDecreaseAgainstALaterFigure()
    {
        // The ministry's 1,247 for 9 March became 1,198 (double counting); the Herald's 1,200 for 17 March is no decrease.
        var report = Check("""
            { "id": "m1", "source": "mar10", "subject": "quake", "property": "killed", "value": "1,247", "time": "2025-03-09" },
            { "id": "m2", "source": "tue", "subject": "quake", "property": "killed", "value": "1,198", "time": "2025-03-09" },
            { "id": "h1", "source": "other-14", "subject": "quake", "property": "killed", "value": "1,200", "time": "2025-03-17" }
            """);
        None(report);
        None(report, "cumulative-decrease");
        Assert.Equal(["m1", "m2"], Ids(Single(report, "revision")));
    }

    [Fact]
    public void ABodysOwnStatement_AndOutletsCitingIt_AreOneBody()
    {
        // "Ministry" publishes 1,247 on 10 March; on 18 March Daily cites the ministry's corrected 1,198: a revision.
        var json = $$"""
            { "format": "contradictions/claim-set@1", {{CheckerTestKit.Vocabulary}}, "sources": [
              { "id": "own", "title": "Statement", "publisher": "Health Ministry", "published": "2025-03-10" },
              { "id": "daily", "title": "Report", "publisher": "Daily", "published": "2025-03-18" } ],
              "claims": [
                { "id": "c1", "source": "own", "subject": "quake", "property": "killed", "value": "1,247", "time": "2025-03-09" },
                { "id": "c2", "source": "daily", "origin": "health ministry", "subject": "quake", "property": "killed", "value": "1,198", "time": "2025-03-09" } ] }
            """;
        var report = Contradictions.Checking.ContradictionChecker.CreateDefault().Check(new Contradictions.Serialization.ClaimSetLoader().LoadJson(json, "t.json").GetClaimSetOrThrow());
        None(report);
        Single(report, "revision");
    }

    [Fact]
    public void ARevisionTheSourceAnnounces_IsHonoured_WhoeverPublishedEither()
    {
        // The Herald says its 9,000 revises the Times' 11,000: different bodies, yet a revision, and the Times' figure
        // no longer conflicts with the Wire's 9,000.
        var report = Check("""
            { "id": "c1", "source": "mar", "subject": "x", "property": "troops", "value": "11,000", "time": "2025-03-01" },
            { "id": "c2", "source": "other-14", "subject": "x", "property": "troops", "value": "9,000", "time": "2025-03-01", "revises": "c1" },
            { "id": "c3", "source": "oct", "subject": "x", "property": "troops", "value": "9,000", "time": "2025-03-01" }
            """);
        None(report);
        Assert.Equal(["c1", "c2"], Ids(Single(report, "revision")));
    }

    [Theory]
    [InlineData("nowhere", "not a claim of the files loaded together")]
    [InlineData("c2", "cannot revise itself")]
    [InlineData("other", "a revision is of the same subject and property")]
    public void ARevisesThatNamesNoClaimOfTheSameSubjectAndProperty_IsAnErrorAtItsPath(string revises, string message)
    {
        var json = $$"""
            { "format": "contradictions/claim-set@1", {{CheckerTestKit.Vocabulary}}, {{CheckerTestKit.Sources}}, "claims": [
              { "id": "c1", "source": "mar", "subject": "x", "property": "troops", "value": "11,000" },
              { "id": "other", "source": "mar", "subject": "y", "property": "troops", "value": "11,000" },
              { "id": "c2", "source": "oct", "subject": "x", "property": "troops", "value": "9,000", "revises": "{{revises}}" } ] }
            """;
        var result = new Contradictions.Serialization.ClaimSetLoader().LoadJson(json, "t.json");
        var error = Assert.Single(result.Errors);
        Assert.Equal(("claims[2].revises", "invalid-revision"), (error.Path, error.Code));
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        var skipped = new Contradictions.Serialization.ClaimSetLoader().LoadJson(json, "t.json", skipInvalidClaims: true);
        Assert.Equal(["c1", "other"], skipped.ClaimSet!.Claims.Select(c => c.Id));
    }

    [Fact]
    public void Revises_IsWrittenBackAsRead()
    {
        var set = Load("""
            { "id": "c1", "source": "mar", "subject": "x", "property": "troops", "value": "11,000" },
            { "id": "c2", "source": "oct", "subject": "x", "property": "troops", "value": "9,000", "revises": "c1" }
            """);
        var again = new Contradictions.Serialization.ClaimSetLoader().LoadJson(Contradictions.Serialization.ClaimSetWriter.ToJson(set), "again.json").GetClaimSetOrThrow();
        Assert.Equal("c1", again.Claims.Single(c => c.Id == "c2").Revises);
    }

    [Fact]
    public void AnOriginsOtherNames_CiteTheSameBody()
    {
        var json = $$"""
            { "format": "contradictions/claim-set@1",
              "vocabulary": { "properties": { "troops": { "type": "quantity", "dimension": "count" } },
                              "origins": { "South Korea's NIS": ["NIS", "National Intelligence Service"] } },
              {{CheckerTestKit.Sources}},
              "claims": [
                { "id": "c1", "source": "mar10", "origin": "national intelligence service", "subject": "x", "property": "troops", "value": "11,000", "time": "2025-03-01" },
                { "id": "c2", "source": "tue", "origin": "NIS", "subject": "x", "property": "troops", "value": "12,000", "time": "2025-03-01" } ] }
            """;
        var set = new Contradictions.Serialization.ClaimSetLoader().LoadJson(json, "t.json").GetClaimSetOrThrow();
        Assert.All(set.Claims, c => Assert.Equal("South Korea's NIS", c.Origin));
        var report = Contradictions.Checking.ContradictionChecker.CreateDefault().Check(set);
        None(report);
        Single(report, "revision");

        var again = new Contradictions.Serialization.ClaimSetLoader().LoadJson(Contradictions.Serialization.ClaimSetWriter.ToJson(set), "again.json").GetClaimSetOrThrow();
        Assert.Equal(set.Vocabulary.OriginAliases, again.Vocabulary.OriginAliases);
    }

    [Fact]
    public void AnAliasGivenToTwoOrigins_IsAConflictAtItsPath()
    {
        var json = """
            { "format": "contradictions/claim-set@1",
              "vocabulary": { "origins": { "South Korea's NIS": ["NIS"], "Nigeria Immigration Service": ["nis"] } },
              "sources": [], "claims": [] }
            """;
        var error = Assert.Single(new Contradictions.Serialization.ClaimSetLoader().LoadJson(json, "t.json").Errors);
        Assert.Equal(("vocabulary.origins.Nigeria Immigration Service[0]", "vocabulary-conflict"), (error.Path, error.Code));
    }
}
