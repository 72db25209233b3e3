using Contradictions.Checking;
using Contradictions.Quantities;

namespace Contradictions.Tests.Checking;

public sealed class IntervalClustersTests
{
    [Fact]
    public void ShareANumber_IsTrueExactlyWhenPartitionFindsOneCluster()
    {
        // Rules skip Partition when ShareANumber says the group agrees: the two must never disagree, open ends,
        // unbounded sides and touching intervals included.
        var random = new Random(42);
        var (agreeing, disagreeing) = (0, 0);
        for (var round = 0; round < 5_000; round++)
        {
            var intervals = Enumerable.Range(0, random.Next(1, 7)).Select(_ => RandomInterval(random)).ToArray();
            var items = Enumerable.Range(0, intervals.Length).ToArray();
            var shares = IntervalClusters.ShareANumber(items, i => intervals[i]);
            var clusters = IntervalClusters.Partition(items, i => intervals[i]);
            Assert.True(shares == (clusters.Count == 1), $"round {round}: [{string.Join("; ", intervals)}] share {shares}, clusters {clusters.Count}");
            _ = shares ? agreeing++ : disagreeing++;
        }

        Assert.True(agreeing > 500 && disagreeing > 500, $"{agreeing} agreeing, {disagreeing} not");
    }

    private static NumericInterval RandomInterval(Random random)
    {
        decimal? lower = random.Next(6) == 0 ? null : random.Next(0, 10);
        decimal? upper = random.Next(6) == 0 ? null : (lower ?? 0) + random.Next(0, 6);
        var point = lower is not null && upper == lower;
        return new NumericInterval(lower, upper, lowerOpen: lower is not null && !point && random.Next(4) == 0, upperOpen: upper is not null && !point && random.Next(4) == 0);
    }
}
