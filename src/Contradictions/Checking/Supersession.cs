namespace Contradictions.Checking;

/// <summary>
/// Which quantity claims of a group a later, different figure of their own body replaces: the body's latest figure
/// for the same validity (<see cref="Provenance"/>), in a publication surely later, with amounts that cannot both hold.
/// A replaced claim is a revision's earlier figure; it no longer produces errors against other claims — what its body
/// stands by now is the later figure. Figures that agree are not replaced: they are relays or repetitions, and count as
/// such. A claim that announces what it revises (<see cref="Claims.Claim.Revises"/>) replaces that claim, whoever
/// published either and whatever their figures.
/// </summary>
internal static class Supersession
{
    /// <summary>A run of one validity longer than this is split by body with a dictionary instead of pairwise.</summary>
    private const int PairwiseUpTo = 32;

    /// <summary>
    /// For each of <paramref name="items"/> (indices into the group's claims, in time order), the index of the claim
    /// that replaces it, or -1; null when none is replaced. Linear in the items but for runs of one validity of up to
    /// <see cref="PairwiseUpTo"/> claims, which are split by body pairwise.
    /// </summary>
    public static int[]? Find(ClaimGroup group, int[] items)
    {
        ArgumentNullException.ThrowIfNull(group);
        ArgumentNullException.ThrowIfNull(items);

        // The items are in time order, so claims of one validity are neighbours: only runs of two or more are looked at
        // (no allocation for the many groups where every validity is another).
        int[]? replacedBy = null;
        for (var first = 0; first < items.Length;)
        {
            var days = group.GetValidityDays(items[first]);
            var end = first + 1;
            while (end < items.Length && group.GetValidityDays(items[end]) is var next && next.Start == days.Start && next.End == days.End)
            {
                end++;
            }

            if (end - first > 1)
            {
                foreach (var body in Bodies(group, items, first, end))
                {
                    Replace(group, items, body, ref replacedBy);
                }
            }

            first = end;
        }

        // A revision the source announces ("revises": id) replaces its claim whoever published it, whatever the figures.
        Dictionary<string, int>? position = null;
        for (var k = 0; k < items.Length; k++)
        {
            if (group.Claims[items[k]].Revises is not { } revised)
            {
                continue;
            }

            if (position is null)
            {
                position = new Dictionary<string, int>(items.Length, StringComparer.Ordinal);
                for (var m = 0; m < items.Length; m++)
                {
                    position.TryAdd(group.Claims[items[m]].Id, m);
                }
            }

            if (position.TryGetValue(revised, out var target) && target != k)
            {
                replacedBy ??= Enumerable.Repeat(-1, items.Length).ToArray();
                replacedBy[target] = items[k];
            }
        }

        return replacedBy;
    }

    /// <summary>The positions of the run's claims, body by body (bodies with a single claim left out).</summary>
    private static IEnumerable<List<int>> Bodies(ClaimGroup group, int[] items, int first, int end)
    {
        if (end - first > PairwiseUpTo)
        {
            var byKey = new Dictionary<string, List<int>>(StringComparer.Ordinal);
            for (var k = first; k < end; k++)
            {
                if (Provenance.Body(group.Claims[items[k]]) is { } body)
                {
                    var key = Provenance.Key(body);
                    (byKey.TryGetValue(key, out var list) ? list : byKey[key] = []).Add(k);
                }
            }

            return byKey.Values.Where(b => b.Count > 1);
        }

        var bodies = new List<List<int>>();
        var placed = new bool[end - first];
        for (var k = first; k < end; k++)
        {
            if (placed[k - first] || Provenance.Body(group.Claims[items[k]]) is null)
            {
                continue;
            }

            var same = new List<int> { k };
            for (var m = k + 1; m < end; m++)
            {
                if (!placed[m - first] && Provenance.SameBody(group.Claims[items[k]], group.Claims[items[m]]))
                {
                    placed[m - first] = true;
                    same.Add(m);
                }
            }

            if (same.Count > 1)
            {
                bodies.Add(same);
            }
        }

        return bodies;
    }

    /// <summary>Marks the claims of one body and validity that its latest figure replaces.</summary>
    private static void Replace(ClaimGroup group, int[] items, List<int> body, ref int[]? replacedBy)
    {
        var latest = body[0];
        foreach (var k in body)
        {
            if (group.Claims[items[k]].Source.ComparePublication(group.Claims[items[latest]].Source) > 0)
            {
                latest = k;
            }
        }

        var last = items[latest];
        foreach (var k in body)
        {
            var i = items[k];
            if (k != latest
                && Provenance.CanUpdate(group.Claims[i], group.Claims[last])
                && group.Claims[i].Source.ComparePublication(group.Claims[last].Source) < 0
                && (group.DefaultAmounts[i].IsBelow(group.DefaultAmounts[last]) || group.DefaultAmounts[last].IsBelow(group.DefaultAmounts[i])))
            {
                replacedBy ??= Enumerable.Repeat(-1, items.Length).ToArray();
                replacedBy[k] = last;
            }
        }
    }
}
