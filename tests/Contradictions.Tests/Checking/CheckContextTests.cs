using Contradictions.Checking;
using Contradictions.Claims;
using Contradictions.Diagnostics;
using static Contradictions.Tests.Checking.CheckerTestKit;

namespace Contradictions.Tests.Checking;

public sealed class CheckContextTests
{
    [Fact]
    public void EmptyClaimSet_HasNoGroupsAndAnEmptyReport()
    {
        var set = new ClaimSet([], [], Load(C("c1", "oct", "x", "troops", "\"100\"")).Vocabulary);
        var (context, report) = Capture(set);
        Assert.Empty(context.Groups);
        Assert.False(context.TryGetGroup("x", "troops", out _));
        Assert.Empty(report.Diagnostics);
    }

    [Fact]
    public void Groups_AreOrderedBySubjectThenProperty_AndTheirClaimsByStartEndAndId()
    {
        // Given out of order on purpose: subjects and properties whose insertion order differs from their ordinal order,
        // and claims whose ids, starts and ends each disagree with the other orders (the year starts on the day the two
        // single days do, and ends later).
        var set = Load(string.Join(",",
            C("z-late", "oct", "b", "troops", "\"100\"", "\"2025-05\""),
            C("a-wide", "oct", "b", "troops", "\"100\"", "\"2025\""),
            C("m-day", "oct", "b", "troops", "\"100\"", "\"2025-01-01\""),
            C("b-day", "oct", "b", "troops", "\"100\"", "\"2025-01-01\""),
            C("k1", "oct", "b", "killed", "\"5\"", "\"2025-01\""),
            C("neg", "oct", "b", "troops", "\"300\"", "\"2025-02\"", negated: true),
            C("a1", "oct", "a", "troops", "\"7\"", "\"2025-03\""),
            C("B1", "oct", "B", "troops", "\"8\"", "\"2025-03\"")));
        var (context, _) = Capture(set);

        Assert.Equal(["B.troops", "a.troops", "b.killed", "b.troops"], context.Groups.Select(g => $"{g.Subject}.{g.Property.Id}"));
        var troops = context.Groups[^1];
        Assert.Equal(["b-day", "m-day", "a-wide", "z-late"], troops.Claims.Select(c => c.Id));
        Assert.Equal(["neg"], troops.NegatedClaims.Select(c => c.Id));
        Assert.Equal([100m, 100m, 100m, 100m], troops.DefaultAmounts.Select(a => a.Lower!.Value));

        foreach (var group in context.Groups)
        {
            Assert.True(context.TryGetGroup(group.Subject, group.Property.Id, out var found));
            Assert.Same(group, found);

            // The day numbers a group reads from the arrays shared by all groups are its own claims' (the negated
            // claim in the middle of b.troops must not shift them).
            for (var i = 0; i < group.Claims.Length; i++)
            {
                var reading = group.Claims[i].Validity.Time.Reading;
                Assert.Equal(reading.Start!.Value.ToDateOnly().DayNumber, group.GetValidityDays(i).Start);
                Assert.Equal(reading.End!.Value.ToDateOnly().DayNumber, group.GetValidityDays(i).End);
            }
        }

        Assert.False(context.TryGetGroup("b", "officers", out _));
        Assert.False(context.TryGetGroup("c", "troops", out _));
    }

    [Fact]
    public void DetailsReadOnManyThreadsAtOnce_AreWrittenOnceAndShared()
    {
        for (var attempt = 0; attempt < 20; attempt++)
        {
            var report = Check(string.Join(",",
                C("c1", "mar", "x", "killed", "\"around 400\"", "{ \"asOf\": \"late February\" }"),
                C("c2", "oct", "x", "killed", "\"roughly 2,000\"", "\"in September\"")));
            var diagnostic = Single(report, "reconciled-by-time");
            var seen = new System.Collections.Immutable.ImmutableArray<Evidence>[8];
            using var start = new Barrier(seen.Length);
            Parallel.For(0, seen.Length, new ParallelOptions { MaxDegreeOfParallelism = seen.Length }, i =>
            {
                start.SignalAndWait();
                seen[i] = diagnostic.Evidence;
            });

            Assert.Equal(4, seen[0].Length);
            Assert.All(seen, s => Assert.True(s == seen[0], "every reader sees the same evidence array"));
        }
    }

    private static (CheckContext Context, ContradictionReport Report) Capture(ClaimSet set)
    {
        var rule = new CapturingRule();
        var report = new ContradictionChecker([rule, .. ContradictionChecker.BuiltInRules()], new ContradictionOptions()).Check(set);
        return (rule.Context!, report);
    }

    private sealed class CapturingRule : IContradictionRule
    {
        public CheckContext? Context { get; private set; }

        public IReadOnlyList<DiagnosticDescriptor> Descriptors => [];

        public IEnumerable<Diagnostic> Check(CheckContext context)
        {
            Context = context;
            return [];
        }
    }
}
