using Contradictions.Quantities;

namespace Contradictions.Checking;

/// <summary>
/// Partitions intervals into the fewest groups whose members share a common number: sorted by upper end, each
/// interval joins the current group while it meets the group's common part. For intervals this greedy order is
/// optimal (the classic minimum clique cover of an interval graph), and it costs one sort.
/// </summary>
internal static class IntervalClusters
{
    /// <summary>
    /// Whether all the intervals share a number — exactly when <see cref="Partition"/> would return a single cluster
    /// (intervals that meet pairwise meet all together) —, found in one pass without sorting or allocating. Most groups
    /// agree, so rules ask this first.
    /// </summary>
    public static bool ShareANumber<TItems>(TItems items, Func<int, NumericInterval> interval)
        where TItems : IReadOnlyList<int>
    {
        if (items.Count == 0)
        {
            return true;
        }

        var common = interval(items[0]);
        for (var i = 1; i < items.Count; i++)
        {
            if (common.Intersect(interval(items[i])) is not { } shared)
            {
                return false;
            }

            common = shared;
        }

        return true;
    }

    public static List<Cluster> Partition(IReadOnlyList<int> items, Func<int, NumericInterval> interval)
    {
        var sorted = new int[items.Count];
        var uppers = new NumericInterval[items.Count];
        for (var i = 0; i < sorted.Length; i++)
        {
            sorted[i] = items[i];
            uppers[i] = interval(items[i]);
        }

        Array.Sort(uppers, sorted, UpperFirst.Instance);

        // Each cluster is a run of the sorted array: no list per cluster.
        var clusters = new List<Cluster>();
        var first = 0;
        var common = uppers.Length > 0 ? uppers[0] : default;
        for (var i = 1; i <= sorted.Length; i++)
        {
            if (i < sorted.Length && common.Intersect(uppers[i]) is { } shared)
            {
                common = shared;
                continue;
            }

            clusters.Add(new Cluster(new ArraySegment<int>(sorted, first, i - first), common));
            if (i < sorted.Length)
            {
                first = i;
                common = uppers[i];
            }
        }

        return clusters;
    }

    /// <summary>A group of items whose intervals all contain <see cref="Common"/>.</summary>
    internal sealed class Cluster(ArraySegment<int> members, NumericInterval common)
    {
        public ArraySegment<int> Members { get; } = members;

        /// <summary>The numbers every member allows.</summary>
        public NumericInterval Common { get; } = common;
    }

    private sealed class UpperFirst : IComparer<NumericInterval>
    {
        public static readonly UpperFirst Instance = new();

        public int Compare(NumericInterval x, NumericInterval y)
        {
            if (x.Upper is not { } a)
            {
                return y.Upper is null ? 0 : 1;
            }

            if (y.Upper is not { } b)
            {
                return -1;
            }

            var order = a.CompareTo(b);
            return order != 0 ? order : y.UpperOpen.CompareTo(x.UpperOpen);
        }
    }
}
