using Contradictions.Checking;
using Contradictions.Claims;
using Contradictions.Reporting;
using Contradictions.Serialization;
using Microsoft.Extensions.DependencyInjection;

namespace Contradictions.Tests.Checking;

public sealed class DeterminismTests
{
    private static string JsonReport(ClaimSet set)
    {
        using var writer = new StringWriter();
        new JsonReportWriter().Write(ContradictionChecker.CreateDefault().Check(set), writer);
        return writer.ToString();
    }

    [Fact]
    public void ShuffledClaimsAndSources_GiveByteIdenticalReports()
    {
        foreach (var paths in new[] { [Repository.Path("fixtures", "dprk-russia"), Repository.Path("fixtures", "reference")], new[] { Repository.TestData("every-kind.json") } })
        {
            var set = new ClaimSetLoader().LoadFiles(paths).GetClaimSetOrThrow();
            var expected = JsonReport(set);
            for (var seed = 1; seed <= 25; seed++)
            {
                var random = new Random(seed);
                var shuffled = new ClaimSet(set.Sources.OrderBy(_ => random.Next()), set.Claims.OrderBy(_ => random.Next()), set.Vocabulary);
                Assert.Equal(expected, JsonReport(shuffled));
            }
        }
    }

    [Fact]
    public void RulesRunInParallelOrOneByOne_GiveByteIdenticalReports()
    {
        var set = Contradictions.Generation.ClaimSetGenerator.Generate(new Contradictions.Generation.GeneratorSettings { Claims = 20_000, Seed = 11 }).ClaimSet;
        static string Report(ContradictionChecker checker, ClaimSet s)
        {
            using var w = new StringWriter();
            new JsonReportWriter().Write(checker.Check(s), w);
            return w.ToString();
        }

        var oneByOne = Report(ContradictionChecker.CreateDefault(new ContradictionOptions { MaxDegreeOfParallelism = 1 }), set);
        Assert.Equal(oneByOne, Report(ContradictionChecker.CreateDefault(), set));
        Assert.Equal(oneByOne, Report(ContradictionChecker.CreateDefault(new ContradictionOptions { MaxDegreeOfParallelism = 4 }), set));
    }

    [Fact]
    public void FilesInAnotherOrder_GiveByteIdenticalReports()
    {
        var dir = Repository.Path("fixtures", "dprk-russia");
        var files = Directory.GetFiles(dir, "a*.json").Append(Repository.Path("fixtures", "reference", "reference.json")).ToArray();
        var loader = new ClaimSetLoader();
        var expected = JsonReport(loader.LoadFiles(files).GetClaimSetOrThrow());
        Assert.Equal(expected, JsonReport(loader.LoadFiles(files.Reverse()).GetClaimSetOrThrow()));
    }

    [Fact]
    public void OneRegisteredCheckerUsedByEightThreads_GivesTheSequentialReports()
    {
        using var services = new ServiceCollection().AddContradictions().BuildServiceProvider();
        var checker = services.GetRequiredService<ContradictionChecker>();
        var sets = new[] { Repository.Path("fixtures", "dprk-russia"), Repository.TestData("every-kind.json") }
            .Select(p => new ClaimSetLoader().LoadFiles(p == Repository.TestData("every-kind.json") ? [p] : [p, Repository.Path("fixtures", "reference")]).GetClaimSetOrThrow())
            .ToArray();
        string Report(ClaimSet s)
        {
            using var w = new StringWriter();
            new JsonReportWriter().Write(checker.Check(s), w);
            return w.ToString();
        }

        var sequential = sets.Select(Report).ToArray();
        var results = new string[64];
        Parallel.For(0, results.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i => results[i] = Report(sets[i % sets.Length]));
        for (var i = 0; i < results.Length; i++)
        {
            Assert.Equal(sequential[i % sets.Length], results[i]);
        }
    }

    [Fact]
    public void CancelledToken_StopsTheCheck()
    {
        var set = new ClaimSetLoader().LoadFiles([Repository.TestData("every-kind.json")]).GetClaimSetOrThrow();
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => ContradictionChecker.CreateDefault().Check(set, cancelled.Token));
    }
}
