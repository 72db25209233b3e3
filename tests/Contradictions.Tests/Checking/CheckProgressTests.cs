using System.Collections.Concurrent;
using Contradictions.Checking;
using Contradictions.Serialization;

namespace Contradictions.Tests.Checking;

public sealed class CheckProgressTests
{
    [Fact]
    public void Check_ReportsTheGroupsThenEachRule_UpToEveryFinding()
    {
        var set = new ClaimSetLoader().LoadFiles([Repository.TestData("every-kind.json")]).GetClaimSetOrThrow();
        var checker = ContradictionChecker.CreateDefault();
        var reports = new ConcurrentQueue<CheckProgress>();
        var report = checker.Check(set, new Collect(reports), CancellationToken.None);

        var groups = CheckContext.Create(set).Groups.Length;
        Assert.Equal(checker.Rules.Length + 1, reports.Count);
        Assert.All(reports, r => Assert.Equal((groups, checker.Rules.Length), (r.Groups, r.TotalRules)));
        Assert.Equal(0, reports.First().RulesDone);
        Assert.Equal(Enumerable.Range(0, checker.Rules.Length + 1), reports.Select(r => r.RulesDone).Order());
        Assert.Equal(report.Diagnostics.Length, reports.Max(r => r.Findings));
    }

    [Fact]
    public void Check_WithoutProgress_GivesTheSameReport()
    {
        var set = new ClaimSetLoader().LoadFiles([Repository.TestData("every-kind.json")]).GetClaimSetOrThrow();
        var checker = ContradictionChecker.CreateDefault();
        var withProgress = checker.Check(set, new Collect(new ConcurrentQueue<CheckProgress>()), CancellationToken.None);
        Assert.Equal(checker.Check(set).Diagnostics.Select(d => d.Message), withProgress.Diagnostics.Select(d => d.Message));
    }

    private sealed class Collect(ConcurrentQueue<CheckProgress> reports) : IProgress<CheckProgress>
    {
        public void Report(CheckProgress value) => reports.Enqueue(value);
    }
}
