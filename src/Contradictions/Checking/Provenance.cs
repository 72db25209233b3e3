using Contradictions.Claims;

namespace Contradictions.Checking;

/// <summary>
/// Who stands behind a claim: the body it cites (its origin) or, when it cites none, its publisher — an outlet that
/// names no origin speaks for itself, and a body that publishes its own figures is the body others cite. Two claims are
/// from the same body when those names are the same, ignoring case, spacing and punctuation ("South Korea's NIS" and
/// "south korea’s nis" are one): outlets relaying the NIS, and the NIS's own statement, are one body; Daily relaying the
/// NIS and Daily on its own are two. A later figure from the same body, in another publication, revises its earlier
/// one (CX0011); it is never a contradiction.
/// </summary>
internal static class Provenance
{
    /// <summary>
    /// Returns whether one of two claims can update the other: they come from the same body in different publications.
    /// Two figures in one article are never an update of each other; if they disagree, the article does.
    /// </summary>
    public static bool CanUpdate(Claim a, Claim b) => !ReferenceEquals(a.Source, b.Source) && a.Source.Id != b.Source.Id && SameBody(a, b);

    /// <summary>Returns whether <paramref name="a"/> and <paramref name="b"/> come from the same body.</summary>
    public static bool SameBody(Claim a, Claim b) => Body(a) is { } x && Body(b) is { } y && Same(x, y);

    /// <summary>The name of the body behind a claim: its origin, else its publisher; null when it has neither.</summary>
    public static string? Body(Claim claim) => claim.Origin ?? claim.Source.Publisher;

    /// <summary>Returns whether <paramref name="a"/> and <paramref name="b"/> cite the same origin (both cite one).</summary>
    public static bool SameOrigin(Claim a, Claim b) => a.Origin is { } x && b.Origin is { } y && Same(x, y);

    /// <summary>The name as <see cref="SameBody"/> compares it: letters and digits only, in lower case.</summary>
    public static string Key(string name)
    {
        var key = new System.Text.StringBuilder(name.Length);
        foreach (var c in name)
        {
            if (char.IsLetterOrDigit(c))
            {
                key.Append(char.ToLowerInvariant(c));
            }
        }

        return key.ToString();
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
