using Contradictions.Claims;

namespace Contradictions.Checking;

/// <summary>
/// Who stands behind a claim: the body it cites (its origin). Two claims are from the same body when their origins are
/// the same name, ignoring case, spacing and punctuation ("South Korea's NIS" and "south korea's nis" are one). A later
/// figure from the same body, in another publication, revises its earlier one (CX0011); it is never a contradiction.
/// A claim that cites no origin has no body here yet: issue 14 adds its publisher, aliases and relays.
/// </summary>
internal static class Provenance
{
    /// <summary>
    /// Returns whether one of two claims can update the other: they come from the same body in different publications.
    /// Two figures in one article are never an update of each other; if they disagree, the article does.
    /// </summary>
    public static bool CanUpdate(Claim a, Claim b) => !ReferenceEquals(a.Source, b.Source) && a.Source.Id != b.Source.Id && SameBody(a, b);

    /// <summary>Returns whether <paramref name="a"/> and <paramref name="b"/> come from the same body.</summary>
    public static bool SameBody(Claim a, Claim b)
    {
        return a.Origin is { } x && b.Origin is { } y && Same(x, y);
    }

    private static bool Same(string x, string y)
    {
        var (i, j) = (0, 0);
        while (true)
        {
            while (i < x.Length && !char.IsLetterOrDigit(x[i]))
            {
                i++;
            }

            while (j < y.Length && !char.IsLetterOrDigit(y[j]))
            {
                j++;
            }

            if (i == x.Length || j == y.Length)
            {
                return i == x.Length && j == y.Length;
            }

            if (char.ToLowerInvariant(x[i++]) != char.ToLowerInvariant(y[j++]))
            {
                return false;
            }
        }
    }
}
