using Contradictions.Claims;

namespace Contradictions.Checking;

/// <summary>
/// Who stands behind a claim: the body it cites (its origin) or, when it cites none, its publisher — an outlet that
/// names no origin speaks for itself. Two claims are from the same body when both cite origins that are the same name,
/// or both cite none and have the same publisher, names compared ignoring case, spacing and punctuation ("South Korea's
/// NIS" and "south korea's nis" are one). A claim that cites an origin and one that does not are never the same body.
/// A later figure from the same body, in another publication, revises its earlier one (CX0011); it is never a
/// contradiction.
/// </summary>
internal static class Provenance
{
    /// <summary>
    /// Returns whether one of two claims can update the other: they come from the same body in different publications.
    /// Two figures in one article are never an update of each other; if they disagree, the article does.
    /// </summary>
    public static bool CanUpdate(Claim a, Claim b) => !ReferenceEquals(a.Source, b.Source) && a.Source.Id != b.Source.Id && SameBody(a, b);

    /// <summary>Returns whether <paramref name="a"/> and <paramref name="b"/> come from the same body.</summary>
    public static bool SameBody(Claim a, Claim b) => (a.Origin, b.Origin) switch
    {
        ({ } x, { } y) => Same(x, y),
        (null, null) => a.Source.Publisher is { } p && b.Source.Publisher is { } q && Same(p, q),
        _ => false,
    };

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
