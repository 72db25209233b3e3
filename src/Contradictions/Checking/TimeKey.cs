using Contradictions.Claims;

namespace Contradictions.Checking;

/// <summary>
/// A claim with its validity as day numbers and whether it is negated — read from the claim once — ordered by (start,
/// end, id): the order of a <see cref="ClaimGroup"/>.
/// </summary>
internal readonly record struct TimeKey(long Start, long End, Claim Claim, bool Negated) : IComparable<TimeKey>
{
    public int CompareTo(TimeKey other)
    {
        var order = Start.CompareTo(other.Start);
        if (order == 0)
        {
            order = End.CompareTo(other.End);
        }

        return order == 0 ? string.CompareOrdinal(Claim.Id, other.Claim.Id) : order;
    }
}
