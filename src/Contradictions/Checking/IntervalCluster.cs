using Contradictions.Quantities;

namespace Contradictions.Checking;

/// <summary>One group of <see cref="IntervalClusters.Partition"/>: items whose intervals share the numbers of <see cref="Common"/>.</summary>
public sealed class IntervalCluster
{
    internal IntervalCluster(ArraySegment<int> members, NumericInterval common)
    {
        Members = members;
        Common = common;
    }

    /// <summary>Gets the items of the cluster (indices, as the caller gave them), in order of their interval's upper end.</summary>
    public ArraySegment<int> Members { get; }

    /// <summary>Gets the numbers every member's interval contains.</summary>
    public NumericInterval Common { get; }
}
