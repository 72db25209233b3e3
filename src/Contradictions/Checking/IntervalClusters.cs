using Contradictions.Quantities;

namespace Contradictions.Checking;

/// <summary>
/// Partitions intervals into the fewest groups whose members share a common number: sorted by upper end, each
/// interval joins the current group while it meets the group's common part. For intervals this greedy order is
/// optimal (the classic minimum clique cover of an interval graph), and it costs one sort.
/// </summary>
internal static class IntervalClusters
{
    public static List<Cluster> Partition(IReadOnlyList<int> items, Func<int, NumericInterval> interval)
    {
        var sorted = items.ToArray();
        var uppers = sorted.Select(i => interval(i)).ToArray();
        Array.Sort(uppers, sorted, UpperFirst.Instance);

        var clusters = new List<Cluster>();
        Cluster? current = null;
        foreach (var item in sorted)
        {
            var x = interval(item);
            if (current is not null && current.Common.Intersect(x) is { } common)
            {
                current.Members.Add(item);
                current.Common = common;
            }
            else
            {
                current = new Cluster(x);
                current.Members.Add(item);
                clusters.Add(current);
            }
        }

        return clusters;
    }

    internal sealed class Cluster(NumericInterval common)
    {
        public List<int> Members { get; } = [];

        /// <summary>The numbers every member allows.</summary>
        public NumericInterval Common { get; set; } = common;
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
