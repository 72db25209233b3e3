using Contradictions.Quantities;

namespace Contradictions.Checking;

/// <summary>
/// Finds one pair, one item from each of two sets, whose times overlap and whose values cannot both hold — in
/// O(n log n): a sweep over start times, keeping for each side the live items in heaps by lowest upper and highest
/// lower value. An item leaves the heaps lazily once a later start has passed its end; starts only grow, so an
/// expired item can never overlap anything after.
/// </summary>
public static class OverlapWitness
{
    /// <summary>Finds a pair, one item of each list, whose times overlap and whose values are disjoint; <c>null</c> when there is none.</summary>
    /// <param name="first">The items of one side (indices into whatever the functions read).</param>
    /// <param name="second">The items of the other side.</param>
    /// <param name="time">The time of an item.</param>
    /// <param name="value">The value of an item.</param>
    /// <returns>The item of <paramref name="first"/> and the item of <paramref name="second"/>, or <c>null</c>.</returns>
    public static (int First, int Second)? Find(
        IReadOnlyList<int> first,
        IReadOnlyList<int> second,
        Func<int, DayRange> time,
        Func<int, NumericInterval> value)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(value);
        var events = new List<(long Start, bool IsFirst, int Item)>(first.Count + second.Count);
        events.AddRange(first.Select(i => (time(i).Start, true, i)));
        events.AddRange(second.Select(i => (time(i).Start, false, i)));
        events.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.Item.CompareTo(b.Item));

        var highestLower = new[] { new PriorityQueue<int, (decimal, int)>(), new PriorityQueue<int, (decimal, int)>() };
        var lowestUpper = new[] { new PriorityQueue<int, (decimal, int)>(), new PriorityQueue<int, (decimal, int)>() };
        foreach (var (start, isFirst, item) in events)
        {
            var other = isFirst ? 1 : 0;
            var mine = value(item);
            if (Live(highestLower[other], start, time) is { } above && mine.IsBelow(value(above)))
            {
                return isFirst ? (item, above) : (above, item);
            }

            if (Live(lowestUpper[other], start, time) is { } below && value(below).IsBelow(mine))
            {
                return isFirst ? (item, below) : (below, item);
            }

            var side = isFirst ? 0 : 1;

            // Min-heaps: the highest lower end has the smallest negated key; an open end ranks as more extreme at a tie.
            highestLower[side].Enqueue(item, (-(mine.Lower ?? decimal.MinValue), mine.LowerOpen ? 0 : 1));
            lowestUpper[side].Enqueue(item, (mine.Upper ?? decimal.MaxValue, mine.UpperOpen ? 0 : 1));
        }

        return null;
    }

    private static int? Live(PriorityQueue<int, (decimal, int)> heap, long now, Func<int, DayRange> time)
    {
        while (heap.TryPeek(out var top, out _))
        {
            if (time(top).End >= now)
            {
                return top;
            }

            heap.Dequeue();
        }

        return null;
    }
}
