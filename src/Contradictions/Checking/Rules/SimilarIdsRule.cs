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
        var groups = context.Groups;

        // Subjects: groups are ordered by subject, then property, so each subject's groups are one run.
        var runs = new Dictionary<string, (int First, int Count)>(StringComparer.Ordinal);
        for (var g = 0; g < groups.Length;)
        {
            var first = g;
            while (g < groups.Length && string.Equals(groups[g].Subject, groups[first].Subject, StringComparison.Ordinal))
            {
                g++;
            }

            runs[groups[first].Subject] = (first, g - first);
        }

        foreach (var (a, b, how) in SimilarPairs(runs.Keys))
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            if (SharedProperty(groups, runs[a], runs[b]) is not var (ga, gb))
            {
                continue;
            }

            var first = ga.Claims.IsEmpty ? ga.NegatedClaims[0] : ga.Claims[0];
            var second = gb.Claims.IsEmpty ? gb.NegatedClaims[0] : gb.Claims[0];
            yield return Report("subjects", a, b, how, ga.Property.Id, first, second, [.. ga.Claims, .. ga.NegatedClaims, .. gb.Claims, .. gb.NegatedClaims]);
        }

        // Entities: the ids given as values of each entity property.
        var properties = groups.Where(g => g.Property.ValueKind == Vocabulary.ValueKind.Entity).GroupBy(g => g.Property.Id, StringComparer.Ordinal);
        foreach (var property in properties.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            var entities = new HashSet<string>(StringComparer.Ordinal);
            foreach (var group in property)
            {
                foreach (var claim in group.Claims.Concat(group.NegatedClaims))
                {
                    entities.Add(((EntityValue)claim.Value).EntityId);
                }
            }

            foreach (var (a, b, how) in SimilarPairs(entities))
            {
                context.CancellationToken.ThrowIfCancellationRequested();
                var meeting = property.SelectMany(g => g.Claims.Concat(g.NegatedClaims))
                    .Where(c => ((EntityValue)c.Value).EntityId is var e && (e == a || e == b)).ToArray();
                yield return Report("entities", a, b, how, property.Key, meeting.First(c => ((EntityValue)c.Value).EntityId == a), meeting.First(c => ((EntityValue)c.Value).EntityId == b), meeting);
            }
        }
    }

    /// <summary>The first property both subjects have claims about: a merge of their runs, which are in property order.</summary>
    private static (ClaimGroup, ClaimGroup)? SharedProperty(System.Collections.Immutable.ImmutableArray<ClaimGroup> groups, (int First, int Count) a, (int First, int Count) b)
    {
        var (i, j) = (a.First, b.First);
        while (i < a.First + a.Count && j < b.First + b.Count)
        {
            var order = string.CompareOrdinal(groups[i].Property.Id, groups[j].Property.Id);
            if (order == 0)
            {
                return (groups[i], groups[j]);
            }

            (i, j) = order < 0 ? (i + 1, j) : (i, j + 1);
        }

        return null;
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
        var found = new SortedSet<(string, string, string)>(Comparer<(string, string, string)>.Create((x, y) =>
        {
            var c = string.CompareOrdinal(x.Item1, y.Item1);
            return c != 0 ? c : string.CompareOrdinal(x.Item2, y.Item2);
        }));

        var sorted = ids.ToArray();
        var keys = new (ulong, ulong)[sorted.Length];
        foreach (var reversed in new[] { false, true })
        {
            // Sorted by folded form, forwards and then backwards, without making the folded strings: by a key of the
            // first (last) sixteen letters and digits, which sorts as fast as numbers do, and the whole folded form where
            // those agree.
            for (var k = 0; k < sorted.Length; k++)
            {
                keys[k] = Key(sorted[k], reversed);
            }

            Array.Sort(keys, sorted, Comparer<(ulong, ulong)>.Default);
            SortTies(keys, sorted, reversed);
            var lengths = new int[sorted.Length];
            for (var k = 0; k < sorted.Length; k++)
            {
                lengths[k] = FoldedLength(sorted[k]);
            }

            for (var i = 0; i < sorted.Length; i++)
            {
                for (var j = i + 1; j < sorted.Length && j <= i + Neighbours; j++)
                {
                    // Most neighbours differ in length or in their leading letters by more than a typo: cheap to rule out.
                    if (Math.Abs(lengths[i] - lengths[j]) > 2 || (lengths[i] < ShortestForTypos && keys[i] != keys[j]))
                    {
                        continue;
                    }

                    if (Similarity(sorted[i], sorted[j], lengths[i], lengths[j]) is { } how)
                    {
                        var (a, b) = string.CompareOrdinal(sorted[i], sorted[j]) < 0 ? (sorted[i], sorted[j]) : (sorted[j], sorted[i]);
                        found.Add((a, b, how));
                    }
                }
            }
        }

        return found;
    }

    private static string? Similarity(string x, string y, int lengthX, int lengthY)
    {
        if (lengthX == 0 || lengthY == 0)
        {
            return null;
        }

        if (!SameDigits(x, y))
        {
            return null;
        }

        if (lengthX == lengthY && CompareFolded(x, y, reversed: false) == 0)
        {
            return "case or punctuation";
        }

        if (Math.Min(lengthX, lengthY) < ShortestForTypos || Math.Abs(lengthX - lengthY) > 2)
        {
            return null;
        }

        var (a, b) = (Fold(x), Fold(y));
        return Spelling.Distance(a, b, 2) switch
        {
            1 => "one letter",

            // Two letters apart is a typo when it keeps the first letter and is not two letters swapped for others in
            // place: "nort-korae" for "north-korea", but not "south-korea" for "north-korea".
            2 when a[0] == b[0] && !(a.Length == b.Length && Mismatches(a, b) == 2 && !IsSwap(a, b)) => "two letters",
            _ => null,
        };
    }

    /// <summary>Sixteen letters and digits, case folded, from the start (or the end), packed into two numbers that sort as they do.</summary>
    private static (ulong, ulong) Key(string id, bool reversed)
    {
        ulong high = 0, low = 0;
        var taken = 0;
        for (var n = 0; n < id.Length && taken < 16; n++)
        {
            var c = id[reversed ? id.Length - 1 - n : n];
            if (!char.IsLetterOrDigit(c))
            {
                continue;
            }

            var code = (ulong)Math.Min(char.ToLowerInvariant(c), (char)255);
            if (taken < 8)
            {
                high |= code << (8 * (7 - taken));
            }
            else
            {
                low |= code << (8 * (15 - taken));
            }

            taken++;
        }

        return (high, low);
    }

    /// <summary>Orders the runs of equal keys (ids that share their first sixteen letters and digits) by their whole folded form.</summary>
    private static void SortTies((ulong, ulong)[] keys, string[] sorted, bool reversed)
    {
        for (var start = 0; start < keys.Length;)
        {
            var end = start + 1;
            while (end < keys.Length && keys[end] == keys[start])
            {
                end++;
            }

            if (end - start > 1)
            {
                Array.Sort(sorted, start, end - start, Comparer<string>.Create((x, y) => CompareFolded(x, y, reversed) is var c && c != 0 ? c : string.CompareOrdinal(x, y)));
            }

            start = end;
        }
    }

    /// <summary>Compares the letters and digits of two ids, case folded, from the start or from the end.</summary>
    private static int CompareFolded(string x, string y, bool reversed)
    {
        var (i, j) = reversed ? (x.Length - 1, y.Length - 1) : (0, 0);
        var step = reversed ? -1 : 1;
        while (true)
        {
            while (i >= 0 && i < x.Length && !char.IsLetterOrDigit(x[i]))
            {
                i += step;
            }

            while (j >= 0 && j < y.Length && !char.IsLetterOrDigit(y[j]))
            {
                j += step;
            }

            var (endX, endY) = (i < 0 || i >= x.Length, j < 0 || j >= y.Length);
            if (endX || endY)
            {
                return endX == endY ? 0 : endX ? -1 : 1;
            }

            var c = char.ToLowerInvariant(x[i]).CompareTo(char.ToLowerInvariant(y[j]));
            if (c != 0)
            {
                return c;
            }

            (i, j) = (i + step, j + step);
        }
    }

    private static int FoldedLength(string id)
    {
        var count = 0;
        foreach (var c in id)
        {
            count += char.IsLetterOrDigit(c) ? 1 : 0;
        }

        return count;
    }

    // "unit-1" and "unit-2", "q3-2024" and "q4-2024": numbered things, not typos, so the digits must agree.
    private static bool SameDigits(string x, string y)
    {
        var (i, j) = (0, 0);
        while (true)
        {
            while (i < x.Length && !char.IsAsciiDigit(x[i]))
            {
                i++;
            }

            while (j < y.Length && !char.IsAsciiDigit(y[j]))
            {
                j++;
            }

            if (i == x.Length || j == y.Length)
            {
                return i == x.Length && j == y.Length;
            }

            if (x[i++] != y[j++])
            {
                return false;
            }
        }
    }

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
}
