using System.Buffers;
using Contradictions.Quantities;

namespace Contradictions.Checking;

/// <summary>
/// Partitions intervals into the fewest groups whose members share a common number: sorted by upper end, each
/// interval joins the current group while it meets the group's common part. For intervals this greedy order is
/// optimal (the classic minimum clique cover of an interval graph), and it costs one sort.
/// </summary>
public static class IntervalClusters
{
    /// <summary>
    /// Whether all the intervals share a number — exactly when <see cref="Partition"/> would return a single cluster
    /// (intervals that meet pairwise meet all together) —, found in one pass without sorting or allocating. Most groups
    /// agree, so rules ask this first.
    /// </summary>
    /// <typeparam name="TItems">The list of items: an array, a segment or a list.</typeparam>
    /// <param name="items">The items, indices into whatever <paramref name="interval"/> reads.</param>
    /// <param name="interval">The interval of an item.</param>
    public static bool ShareANumber<TItems>(TItems items, Func<int, NumericInterval> interval)
        where TItems : IReadOnlyList<int>
    {
        ArgumentNullException.ThrowIfNull(interval);
        if (items.Count <= 1)
        {
            return true;
        }

        // Most groups are small: their intervals are gathered on the stack.
        var pooled = items.Count > 64 ? ArrayPool<NumericInterval>.Shared.Rent(items.Count) : null;
        var gathered = pooled is null ? stackalloc NumericInterval[items.Count] : pooled.AsSpan(0, items.Count);
        for (var i = 0; i < gathered.Length; i++)
        {
            gathered[i] = interval(items[i]);
        }

        var shared = ShareANumber(gathered);
        if (pooled is not null)
        {
            ArrayPool<NumericInterval>.Shared.Return(pooled);
        }

        return shared;
    }

    /// <summary>Whether all the intervals share a number; see the other overload.</summary>
    public static bool ShareANumber(ReadOnlySpan<NumericInterval> intervals)
    {
        if (intervals.IsEmpty)
        {
            return true;
        }

        var common = intervals[0];
        for (var i = 1; i < intervals.Length; i++)
        {
            if (common.Intersect(intervals[i]) is not { } shared)
            {
                return false;
            }

            common = shared;
        }

        return true;
    }

    /// <summary>Partitions the items into the fewest clusters whose intervals share a number, in the order the greedy pass closes them (by upper end).</summary>
    /// <param name="items">The items, indices into whatever <paramref name="interval"/> reads.</param>
    /// <param name="interval">The interval of an item.</param>
    public static List<IntervalCluster> Partition(IReadOnlyList<int> items, Func<int, NumericInterval> interval)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(interval);
        var sorted = new int[items.Count];
        var uppers = new NumericInterval[items.Count];
        for (var i = 0; i < sorted.Length; i++)
        {
            sorted[i] = items[i];
            uppers[i] = interval(items[i]);
        }

        Array.Sort(uppers, sorted, UpperFirst.Instance);

        // Each cluster is a run of the sorted array: no list per cluster.
        var clusters = new List<IntervalCluster>();
        var first = 0;
        var common = uppers.Length > 0 ? uppers[0] : default;
        for (var i = 1; i <= sorted.Length; i++)
        {
            if (i < sorted.Length && common.Intersect(uppers[i]) is { } shared)
            {
                common = shared;
                continue;
            }

            clusters.Add(new IntervalCluster(new ArraySegment<int>(sorted, first, i - first), common));
            if (i < sorted.Length)
            {
                first = i;
                common = uppers[i];
            }
        }

        return clusters;
    }

    /// <summary>Orders intervals by upper end, an open end last.</summary>
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
