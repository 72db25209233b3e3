using Contradictions.Claims;
using Contradictions.Consensus;
using Contradictions.Generation;
using static Contradictions.Tests.Checking.CheckerTestKit;

namespace Contradictions.Tests.Consensus;

public sealed class ConsensusEstimatorTests
{
    private static ConsensusItem Only(ConsensusResult result) => Assert.Single(result.Items);

    [Fact]
    public void TwoIndependentBodiesAgainstOne_TheValueIsTheirs_AndTheOutlierIsNamed()
    {
        var result = new ConsensusEstimator().Estimate(Load("""
            { "id": "c1", "source": "oct", "subject": "x", "property": "troops", "value": "11,000", "time": "2025-03-01" },
            { "id": "c2", "source": "mar", "subject": "x", "property": "troops", "value": "about 11,000", "time": "2025-03-01" },
            { "id": "c3", "source": "y2025", "subject": "x", "property": "troops", "value": "50,000", "time": "2025-03-01" }
            """));
        var item = Only(result);
        Assert.Equal((11_000m, 11_000m), (item.Value.Lower, item.Value.Upper));
        Assert.Equal(["c1", "c2"], item.Support.AsEnumerable());
        Assert.Equal(["c3"], item.Outliers.AsEnumerable());
        Assert.Equal(3, item.Bodies);
        Assert.InRange(item.Confidence, 0.5, 0.99);
        var trust = result.Sources.ToDictionary(s => s.Name, s => s.Trust);
        Assert.True(trust["y2025"] < trust["oct"], $"the outlier's source ({trust["y2025"]}) should be trusted less than the others ({trust["oct"]})");
        Assert.Equal((1, 0), (result.Sources.Single(s => s.Name == "y2025").Contested, result.Sources.Single(s => s.Name == "y2025").Supported));
    }

    [Fact]
    public void OutletsRelayingOneOrigin_VoteOnce()
    {
        // Three outlets relay one agency's 50,000; two independent bodies say 11,000: two bodies against one.
        var result = new ConsensusEstimator().Estimate(Load("""
            { "id": "r1", "source": "oct", "origin": "Agency", "subject": "x", "property": "troops", "value": "50,000", "time": "2025-03-01" },
            { "id": "r2", "source": "mar10", "origin": "agency", "subject": "x", "property": "troops", "value": "50,000", "time": "2025-03-01" },
            { "id": "r3", "source": "other-14", "origin": "AGENCY", "subject": "x", "property": "troops", "value": "50,000", "time": "2025-03-01" },
            { "id": "i1", "source": "mar", "subject": "x", "property": "troops", "value": "11,000", "time": "2025-03-01" },
            { "id": "i2", "source": "y2025", "subject": "x", "property": "troops", "value": "11,000", "time": "2025-03-01" }
            """));
        var item = Only(result);
        Assert.Equal(3, item.Bodies);
        Assert.Equal(11_000m, item.Value.Lower);
        Assert.Equal(["r1", "r2", "r3"], item.Outliers.AsEnumerable());
    }

    [Fact]
    public void ABodyThatRevisedItsFigure_VotesWithItsLatest()
    {
        // Daily said 9,000 on 10 March and 11,000 on 18 March; the Times says 11,000: nobody stands by 9,000 any more.
        var item = Only(new ConsensusEstimator().Estimate(Load("""
            { "id": "old", "source": "mar10", "subject": "x", "property": "troops", "value": "9,000", "time": "2025-03-01" },
            { "id": "new", "source": "tue", "subject": "x", "property": "troops", "value": "11,000", "time": "2025-03-01" },
            { "id": "times", "source": "mar", "subject": "x", "property": "troops", "value": "11,000", "time": "2025-03-01" }
            """)));
        Assert.Equal(2, item.Bodies);
        Assert.Equal(11_000m, item.Value.Lower);
        Assert.Equal(1.0, item.Confidence);
        Assert.Equal(["old"], item.Outliers.AsEnumerable());
    }

    [Fact]
    public void Hedges_AreHonoured_TheValueIsWhatEverySupporterAllows()
    {
        var item = Only(new ConsensusEstimator().Estimate(Load("""
            { "id": "c1", "source": "oct", "subject": "x", "property": "troops", "value": "between 10,000 and 12,000", "time": "2025-03-01" },
            { "id": "c2", "source": "mar", "subject": "x", "property": "troops", "value": "more than 11,000", "time": "2025-03-01" }
            """)));
        Assert.Equal(11_000m, item.Value.Lower);
        Assert.True(item.Value.LowerOpen);
        Assert.Equal(12_000m, item.Value.Upper);
        Assert.Equal(1.0, item.Confidence);
    }

    [Fact]
    public void EveryValidity_IsAnItem_AgreeingOrNot()
    {
        var result = new ConsensusEstimator().Estimate(Load("""
            { "id": "c1", "source": "oct", "subject": "x", "property": "troops", "value": "11,000", "time": "2025-03-01" },
            { "id": "c2", "source": "oct", "subject": "x", "property": "troops", "value": "12,000", "time": "2025-04-01" },
            { "id": "c3", "source": "oct", "subject": "y", "property": "signed", "value": "2024-06-19" }
            """));
        Assert.Equal(["2025-03-01", "2025-04-01"], result.Items.Select(i => i.Time.Start!.Value.ToString("yyyy-MM-dd", null)));
    }

    [Fact]
    public void TheEstimate_DependsNeitherOnTheOrderOfTheClaimsNorOfTheSources()
    {
        var set = ClaimSetGenerator.Generate(new GeneratorSettings { Claims = 3_000, Seed = 5, ContradictionShare = 0.1 }).ClaimSet;
        var shuffled = new ClaimSet(set.Sources.Reverse(), set.Claims.Reverse(), set.Vocabulary);
        var (a, b) = (new ConsensusEstimator().Estimate(set), new ConsensusEstimator().Estimate(shuffled));
        Assert.Equal(Describe(a), Describe(b));
        Assert.NotEmpty(a.Items);
        Assert.Contains(a.Items, i => !i.Outliers.IsEmpty);
    }

    [Fact]
    public void ASourcesTrustField_IsItsPrior()
    {
        var json = $$"""
            { "format": "contradictions/claim-set@1", {{Checking.CheckerTestKit.Vocabulary}}, "sources": [
              { "id": "a", "title": "A", "publisher": "A", "published": "2025-03-10", "trust": 0.3 },
              { "id": "b", "title": "B", "publisher": "B", "published": "2025-03-10" } ],
              "claims": [ { "id": "c1", "source": "a", "subject": "x", "property": "troops", "value": "1" } ] }
            """;
        var result = new ConsensusEstimator().Estimate(new Contradictions.Serialization.ClaimSetLoader().LoadJson(json, "t.json").GetClaimSetOrThrow());
        var a = Assert.Single(result.Sources);
        Assert.Equal(("a", 0.3, 0.3), (a.Name, a.Prior, a.Trust));
    }

    private static string Describe(ConsensusResult result) =>
        string.Join("\n", result.Items.Select(i => $"{i.Subject} {i.Property} {i.Time} {i.Value} {i.Confidence} {string.Join(",", i.Support)} {string.Join(",", i.Outliers)}"))
        + string.Join("\n", result.Sources.Select(s => $"{s.Name} {s.Trust:R}"));

    [Fact]
    public void TrustIsLearnedPerBody_AcrossItsArticles_AndDecidesWhereBodiesAreEven()
    {
        // The Herald is the outlier on x and y, alone against two bodies each time; on z it stands one against one, and
        // its record makes the other figure the best supported.
        var result = new ConsensusEstimator().Estimate(Load("""
            { "id": "x1", "source": "oct", "subject": "x", "property": "troops", "value": "100", "time": "2025-03-01" },
            { "id": "x2", "source": "mar", "subject": "x", "property": "troops", "value": "100", "time": "2025-03-01" },
            { "id": "x3", "source": "other-14", "subject": "x", "property": "troops", "value": "900", "time": "2025-03-01" },
            { "id": "y1", "source": "oct", "subject": "y", "property": "troops", "value": "200", "time": "2025-03-01" },
            { "id": "y2", "source": "mar", "subject": "y", "property": "troops", "value": "200", "time": "2025-03-01" },
            { "id": "y3", "source": "other-14", "subject": "y", "property": "troops", "value": "800", "time": "2025-03-01" },
            { "id": "z1", "source": "other-14", "subject": "z", "property": "troops", "value": "10", "time": "2025-03-01" },
            { "id": "z2", "source": "mar", "subject": "z", "property": "troops", "value": "300", "time": "2025-03-01" }
            """));
        var bodies = result.Bodies.ToDictionary(b => b.Name, b => b);
        Assert.Equal((3, 0), (bodies["Herald"].Contested, bodies["Herald"].Supported));
        Assert.True(bodies["Herald"].Trust < bodies["Times"].Trust);
        var z = result.Items.Single(i => i.Subject == "z");
        Assert.Equal(300m, z.Value.Lower);
        Assert.Equal(["z1"], z.Outliers.AsEnumerable());
    }
}
