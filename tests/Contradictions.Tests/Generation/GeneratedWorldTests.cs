using Contradictions.Checking;
using Contradictions.Diagnostics;
using Contradictions.Generation;
using Contradictions.Serialization;

namespace Contradictions.Tests.Generation;

/// <summary>
/// The generator behind the benchmarks, exercised so that it cannot rot: deterministic, loadable, and — with no planted
/// contradictions — a world the checker finds nothing wrong with.
/// </summary>
public sealed class GeneratedWorldTests
{
    [Fact]
    public void SameSeed_GivesTheSameClaimSet()
    {
        var a = ClaimSetGenerator.Generate(new GeneratorSettings { Claims = 2_000, Seed = 42 });
        var b = ClaimSetGenerator.Generate(new GeneratorSettings { Claims = 2_000, Seed = 42 });
        Assert.Equal(ClaimSetWriter.ToJson(a.ClaimSet), ClaimSetWriter.ToJson(b.ClaimSet));
        Assert.Equal(a.Planted, b.Planted);
    }

    [Fact]
    public void GeneratedSet_CoversEveryPropertyAndRoundTripsThroughJson()
    {
        var set = ClaimSetGenerator.Generate(new GeneratorSettings { Claims = 5_000, Seed = 3 }).ClaimSet;
        Assert.All(ClaimSetGenerator.Vocabulary.Properties.Keys, p => Assert.Contains(set.Claims, c => c.Property == p));
        var reloaded = new ClaimSetLoader().LoadJson(ClaimSetWriter.ToJson(set)).GetClaimSetOrThrow();
        Assert.Equal(set.Claims.Length, reloaded.Claims.Length);
    }

    [Theory]
    [InlineData(1, 50)]
    [InlineData(51, 100)]
    public void ConsistentWorlds_HaveNoErrorsOrWarnings(int firstSeed, int lastSeed)
    {
        var checker = ContradictionChecker.CreateDefault();
        for (var seed = firstSeed; seed <= lastSeed; seed++)
        {
            var set = ClaimSetGenerator.Generate(new GeneratorSettings { Claims = 400, Seed = seed, ContradictionShare = 0 }).ClaimSet;
            var alarms = checker.Check(set).Diagnostics.Where(d => d.Severity > DiagnosticSeverity.Info).ToList();
            Assert.True(alarms.Count == 0, $"seed {seed}: {string.Join(Environment.NewLine, alarms)}");
        }
    }

    [Fact]
    public void ScaleRun_OfTenThousandClaims_FindsThePlantedKinds()
    {
        var generated = ClaimSetGenerator.Generate(new GeneratorSettings { Claims = 10_000, Seed = 7 });
        var report = ContradictionChecker.CreateDefault().Check(generated.ClaimSet);
        var reported = report.Diagnostics.SelectMany(d => d.ClaimIds.Concat(d.RelatedClaimIds)).ToHashSet();
        Assert.All(generated.Planted.GroupBy(p => p.Kind), kind => Assert.Contains(kind, p => reported.Contains(p.ClaimId)));
        Assert.True(report.Errors > 0);
    }

    [Fact]
    public void AdversarialGroup_GivesClusteredNotQuadraticOutput()
    {
        var generated = ClaimSetGenerator.Generate(new GeneratorSettings { Claims = 5_000, Seed = 7, Adversarial = true });
        var report = ContradictionChecker.CreateDefault().Check(generated.ClaimSet);
        Assert.InRange(report.Diagnostics.Length, 1, generated.Planted.Count * 2);
    }
}
