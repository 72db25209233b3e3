using System.Text;
using Contradictions.Claims;
using Contradictions.Diagnostics;
using Contradictions.Parsing;

namespace Contradictions.Checking.Rules;

/// <summary>
/// <c>similar-ids</c>: two subject ids, or two entity ids given as values of one property, that differ only by case,
/// punctuation or a letter or two — most likely one thing written twice, which hides the contradictions between their
/// claims. Reported only when claims would meet if the ids were one (the same property), naming both ids and those claims.
/// </summary>
/// <remarks>
/// Ids are compared after folding case and dropping everything but letters and digits; then each id is compared with
/// its next few neighbours in sorted order, forwards and reversed, which finds a typo near either end without comparing
/// every pair (n log n for a million claims). Ids whose digits differ ("unit-1", "unit-2"; "q3-2024", "q4-2024") are
/// different things and are never reported, nor are ids shorter than <see cref="ShortestForTypos"/> letters unless they
/// differ only by case or punctuation, nor two letters replaced in place or a different first letter ("north-korea",
/// "south-korea").
/// </remarks>
internal sealed class SimilarIdsRule : IContradictionRule
{
    private const int ShortestForTypos = 6;
    private const int Neighbours = 3;

    /// <inheritdoc />
    public IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } = [DiagnosticDescriptors.SimilarIds];

    /// <inheritdoc />
    public IEnumerable<Diagnostic> Check(CheckContext context)
    {
        ArgumentNullException.ThrowIfNull(context);

        // Subjects: ids with the properties they have claims about (groups are ordered by subject).
        var subjects = new Dictionary<string, List<ClaimGroup>>(StringComparer.Ordinal);
        foreach (var group in context.Groups)
        {
            if (!subjects.TryGetValue(group.Subject, out var list))
            {
                subjects[group.Subject] = list = [];
            }

            list.Add(group);
        }

        foreach (var (a, b, how) in SimilarPairs(subjects.Keys))
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            var shared = subjects[a].Join(subjects[b], g => g.Property.Id, g => g.Property.Id, (x, y) => (x, y), StringComparer.Ordinal).FirstOrDefault();
            if (shared.x is null)
            {
                continue;
            }

            var (ga, gb) = shared;
            var first = ga.Claims.IsEmpty ? ga.NegatedClaims[0] : ga.Claims[0];
            var second = gb.Claims.IsEmpty ? gb.NegatedClaims[0] : gb.Claims[0];
            yield return Report("subjects", a, b, how, ga.Property.Id, first, second, [.. ga.Claims, .. ga.NegatedClaims, .. gb.Claims, .. gb.NegatedClaims]);
        }

        // Entities: ids given as values of the same property.
        var byProperty = new Dictionary<string, Dictionary<string, List<Claim>>>(StringComparer.Ordinal);
        foreach (var group in context.Groups)
        {
            foreach (var claim in group.Claims.Concat(group.NegatedClaims))
            {
                if (claim.Value is not EntityValue { EntityId: var entity })
                {
                    continue;
                }

                if (!byProperty.TryGetValue(group.Property.Id, out var values))
                {
                    byProperty[group.Property.Id] = values = new(StringComparer.Ordinal);
                }

                if (!values.TryGetValue(entity, out var claims))
                {
                    values[entity] = claims = [];
                }

                claims.Add(claim);
            }
        }

        foreach (var (property, values) in byProperty.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            foreach (var (a, b, how) in SimilarPairs(values.Keys))
            {
                context.CancellationToken.ThrowIfCancellationRequested();
                yield return Report("entities", a, b, how, property, values[a][0], values[b][0], [.. values[a], .. values[b]]);
            }
        }
    }

    private static Diagnostic Report(string what, string a, string b, string how, string property, Claim first, Claim second, Claim[] meeting)
    {
        var claimsWord = ClaimPhrases.Count(meeting.Length, "claim");
        return new Diagnostic(
            DiagnosticDescriptors.SimilarIds,
            DiagnosticSeverity.Warning,
            first.Subject,
            property,
            [first, second],
            [ClaimRole.Stated, ClaimRole.Stated],
            [what, a, b, how, claimsWord, property])
        {
            RelatedClaimIds = [.. meeting.Select(c => c.Id).Where(id => id != first.Id && id != second.Id).Distinct().Order(StringComparer.Ordinal)],
        };
    }

    /// <summary>Pairs of distinct ids (in ordinal order within the pair, pairs in ordinal order) that are probably one thing.</summary>
    internal static IEnumerable<(string A, string B, string How)> SimilarPairs(IEnumerable<string> ids)
    {
        var entries = ids.Select(id => (Id: id, Folded: Fold(id))).ToArray();
        var found = new SortedSet<(string, string, string)>(Comparer<(string, string, string)>.Create((x, y) =>
        {
            var c = string.CompareOrdinal(x.Item1, y.Item1);
            return c != 0 ? c : string.CompareOrdinal(x.Item2, y.Item2);
        }));

        foreach (var reversed in new[] { false, true })
        {
            var keys = entries.Select(e => (e.Id, e.Folded, Key: reversed ? Reverse(e.Folded) : e.Folded)).ToArray();
            Array.Sort(keys, (x, y) => string.CompareOrdinal(x.Key, y.Key) is var c && c != 0 ? c : string.CompareOrdinal(x.Id, y.Id));
            for (var i = 0; i < keys.Length; i++)
            {
                for (var j = i + 1; j < keys.Length && j <= i + Neighbours; j++)
                {
                    if (Similarity(keys[i].Folded, keys[j].Folded) is { } how)
                    {
                        var (a, b) = string.CompareOrdinal(keys[i].Id, keys[j].Id) < 0 ? (keys[i].Id, keys[j].Id) : (keys[j].Id, keys[i].Id);
                        found.Add((a, b, how));
                    }
                }
            }
        }

        return found;
    }

    private static string? Similarity(string a, string b)
    {
        if (a.Length == 0 || b.Length == 0)
        {
            return null;
        }

        if (a == b)
        {
            return "case or punctuation";
        }

        if (Math.Min(a.Length, b.Length) < ShortestForTypos || !string.Equals(Digits(a), Digits(b), StringComparison.Ordinal))
        {
            return null;
        }

        return Spelling.Distance(a, b, 2) switch
        {
            1 => "one letter",

            // Two letters apart is a typo when it keeps the first letter and is not two letters swapped for others in
            // place: "nort-korae" for "north-korea", but not "south-korea" for "north-korea".
            2 when a[0] == b[0] && !(a.Length == b.Length && Mismatches(a, b) == 2 && !IsSwap(a, b)) => "two letters",
            _ => null,
        };
    }

    // "unit-1" and "unit-2", "q3-2024" and "q4-2024": numbered things, not typos, so the digits must agree.
    private static string Digits(string text) => string.Concat(text.Where(char.IsAsciiDigit));

    private static int Mismatches(string a, string b)
    {
        var count = 0;
        for (var i = 0; i < a.Length; i++)
        {
            count += a[i] == b[i] ? 0 : 1;
        }

        return count;
    }

    private static bool IsSwap(string a, string b)
    {
        var i = 0;
        while (a[i] == b[i])
        {
            i++;
        }

        return i + 1 < a.Length && a[i] == b[i + 1] && a[i + 1] == b[i];
    }

    private static string Fold(string id)
    {
        var builder = new StringBuilder(id.Length);
        foreach (var c in id)
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return builder.ToString();
    }

    private static string Reverse(string text)
    {
        var chars = text.ToCharArray();
        Array.Reverse(chars);
        return new string(chars);
    }
}
