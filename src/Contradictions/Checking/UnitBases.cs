using Contradictions.Claims;

namespace Contradictions.Checking;

/// <summary>Splits a quantity group by the base its units convert through: amounts in different bases (currencies) are never compared.</summary>
internal static class UnitBases
{
    public static IEnumerable<(string Unit, int[] Items)> Partition(ClaimGroup group)
    {
        var claims = group.Claims;
        var first = Base(claims[0]);
        var mixed = false;
        for (var i = 1; i < claims.Length && !mixed; i++)
        {
            mixed = !string.Equals(Base(claims[i]), first, StringComparison.Ordinal);
        }

        if (!mixed)
        {
            var all = new int[claims.Length];
            for (var i = 0; i < all.Length; i++)
            {
                all[i] = i;
            }

            return [(first, all)];
        }

        return Enumerable.Range(0, claims.Length)
            .GroupBy(i => Base(claims[i]), StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (g.Key, g.ToArray()));
    }

    private static string Base(Claim claim) => ((QuantityValue)claim.Value).Quantity.Unit.BaseId;
}
