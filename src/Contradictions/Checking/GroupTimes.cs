namespace Contradictions.Checking;

/// <summary>
/// The validity of every grouped claim as day numbers, in group order, in two flat arrays shared by all the groups of
/// one check: a group reads its slice, so that a set of many small groups costs two arrays, not two per group.
/// </summary>
internal sealed class GroupTimes(int count)
{
    public long[] Starts { get; } = new long[count];

    public long[] Ends { get; } = new long[count];
}
