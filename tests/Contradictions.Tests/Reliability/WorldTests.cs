using System.Collections.Concurrent;
using Contradictions.Checking;
using Contradictions.Claims;
using Contradictions.Diagnostics;
using Contradictions.Generation;
using Contradictions.Serialization;

namespace Contradictions.Tests.Reliability;

/// <summary>
/// Soundness and recall on generated worlds. CI runs a fixed seed range; set CONTRADICTIONS_WORLDS (worlds for
/// soundness) and CONTRADICTIONS_PLANTINGS (plantings per kind) for a longer run. A failure prints the seed and the
/// smallest claim set that still fails.
/// </summary>
public sealed class WorldTests
{
    private static readonly int Worlds = Setting("CONTRADICTIONS_WORLDS", 1_000);
    private static readonly int Plantings = Setting("CONTRADICTIONS_PLANTINGS", 1_000);
    private static readonly ContradictionChecker Checker = ContradictionChecker.CreateDefault();

    [Fact]
    public void ConsistentWorlds_NeverGetAnErrorSeverityDiagnostic()
    {
        var failures = new ConcurrentBag<string>();
        Parallel.For(1, Worlds + 1, seed =>
        {
            var world = ClaimSetGenerator.Generate(new GeneratorSettings { Claims = 150, Seed = seed, ContradictionShare = 0 }).ClaimSet;
            static bool Fails(ClaimSet set) => Checker.Check(set).Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);
            if (Fails(world))
            {
                var smallest = Shrink(world, Fails);
                failures.Add($"seed {seed}: {string.Join("; ", Checker.Check(smallest).Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error))}{Environment.NewLine}{ClaimSetWriter.ToJson(smallest)}");
            }
        });
        Assert.True(failures.IsEmpty, string.Join(Environment.NewLine, failures.Take(3)));
    }

    public static TheoryData<string> Kinds() => [.. Planter.Kinds];

    [Theory]
    [MemberData(nameof(Kinds))]
    public void EveryPlantedContradiction_IsFound_WithThePlantedClaimNamed(string kind)
    {
        var found = 0;
        var planted = 0;
        var misses = new ConcurrentBag<string>();
        var seed = 0;
        while (planted < Plantings && seed < Plantings * 5)
        {
            var batch = Enumerable.Range(seed + 1, Math.Min(64, (Plantings - planted) * 2)).ToList();
            seed += batch.Count;
            var results = batch.AsParallel().AsOrdered().Select(s =>
            {
                var world = ClaimSetGenerator.Generate(new GeneratorSettings { Claims = 120, Seed = s, ContradictionShare = 0 }).ClaimSet;
                if (Planter.Plant(world, kind, new Random(s)) is not { } plantedWorld)
                {
                    return (Planted: false, Found: false);
                }

                bool Finds(ClaimSet set) => Checker.Check(set).Diagnostics.Any(d => d.Kind == kind && d.ClaimIds.Contains(plantedWorld.PlantedId));
                var hit = Finds(plantedWorld.World);
                if (!hit)
                {
                    var plantedIds = plantedWorld.World.Claims.Where(c => c.Id.StartsWith("planted", StringComparison.Ordinal) || c.Id == plantedWorld.PlantedId).Select(c => c.Id).ToList();
                    var smallest = Shrink(plantedWorld.World, set => plantedIds.TrueForAll(id => set.TryGetClaim(id, out _)) && !Finds(set));
                    misses.Add($"seed {s}: {plantedWorld.PlantedId} not named by a {kind}; smallest set:{Environment.NewLine}{ClaimSetWriter.ToJson(smallest)}");
                }

                return (Planted: true, Found: hit);
            }).ToList();
            foreach (var (wasPlanted, wasFound) in results.Where(r => r.Planted).Take(Plantings - planted))
            {
                planted++;
                found += wasFound ? 1 : 0;
            }
        }

        Assert.True(planted >= Plantings, $"only {planted} {kind} plantings found a place in {seed} worlds");
        Assert.True(found == planted, $"{kind}: found {found} of {planted}.{Environment.NewLine}{string.Join(Environment.NewLine, misses.Take(2))}");
    }

    /// <summary>Removes claims one at a time while the set still fails: the result is a smallest failing set (1-minimal).</summary>
    private static ClaimSet Shrink(ClaimSet set, Func<ClaimSet, bool> fails)
    {
        var claims = set.Claims.ToList();
        for (var i = claims.Count - 1; i >= 0; i--)
        {
            var without = claims.Where((_, k) => k != i).ToList();
            if (fails(new ClaimSet(set.Sources, without, set.Vocabulary)))
            {
                claims = without;
            }
        }

        return new ClaimSet(set.Sources, claims, set.Vocabulary);
    }

    private static int Setting(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), out var value) && value > 0 ? value : fallback;
}
