using System.Buffers;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.InteropServices;
using Contradictions.Claims;

namespace Contradictions.Checking;

/// <summary>
/// What a rule sees: the claim set, the options, and the claims grouped by subject and property and ordered by time,
/// computed once per check and shared by every rule.
/// </summary>
public sealed class CheckContext
{
    internal CheckContext(ClaimSet claimSet, ContradictionOptions options, CancellationToken cancellationToken)
    {
        ClaimSet = claimSet;
        Options = options;
        CancellationToken = cancellationToken;
        Groups = BuildGroups(claimSet, options, cancellationToken);
    }

    /// <summary>Gets the claim set being checked.</summary>
    public ClaimSet ClaimSet { get; }

    /// <summary>Gets the options in force.</summary>
    public ContradictionOptions Options { get; }

    /// <summary>Gets the token that cancels the check; rules should observe it in long loops.</summary>
    public CancellationToken CancellationToken { get; }

    /// <summary>Gets every (subject, property) group, ordered by subject then property (ordinal).</summary>
    public ImmutableArray<ClaimGroup> Groups { get; }

    /// <summary>Finds the group of a subject's property (a binary search of <see cref="Groups"/>).</summary>
    public bool TryGetGroup(string subject, string property, [NotNullWhen(true)] out ClaimGroup? group)
    {
        ArgumentNullException.ThrowIfNull(subject);
        ArgumentNullException.ThrowIfNull(property);
        var (low, high) = (0, Groups.Length - 1);
        while (low <= high)
        {
            var middle = low + ((high - low) >> 1);
            var candidate = Groups[middle];
            var order = CompareKeys(candidate.Subject, candidate.Property.Id, subject, property);
            if (order == 0)
            {
                group = candidate;
                return true;
            }

            (low, high) = order < 0 ? (middle + 1, high) : (low, middle - 1);
        }

        group = null;
        return false;
    }

    /// <summary>
    /// Groups the claims without comparing a string per sort step: each (subject, property) gets a dense number from one
    /// hash lookup per claim; the few distinct keys are sorted by name; a counting sort by that rank makes each group a
    /// contiguous run; and each run is sorted by validity (start, end, then id). The arrays are pooled: arrays this
    /// large live on the large object heap, and allocating them anew in every check would trigger full collections.
    /// </summary>
    private static ImmutableArray<ClaimGroup> BuildGroups(ClaimSet claimSet, ContradictionOptions options, CancellationToken cancellationToken)
    {
        var claims = claimSet.Claims;
        var count = claims.Length;
        var numbers = new Dictionary<(string Subject, string Property), int>();
        var keyOf = ArrayPool<int>.Shared.Rent(count);
        var sorted = ArrayPool<TimeKey>.Shared.Rent(count);
        try
        {
            for (var i = 0; i < count; i++)
            {
                var claim = claims[i];
                ref var number = ref CollectionsMarshal.GetValueRefOrAddDefault(numbers, (claim.Subject, claim.Property), out var known);
                if (!known)
                {
                    number = numbers.Count - 1;
                }

                keyOf[i] = number;
            }

            // Rank the distinct keys by name, then place each claim in its key's run (stable: claim order within a run).
            var keys = new (string Subject, string Property)[numbers.Count];
            foreach (var (key, number) in numbers)
            {
                keys[number] = key;
            }

            var byName = new int[keys.Length];
            for (var k = 0; k < byName.Length; k++)
            {
                byName[k] = k;
            }

            Array.Sort(byName, (x, y) => CompareKeys(keys[x].Subject, keys[x].Property, keys[y].Subject, keys[y].Property));
            var runStart = new int[keys.Length + 1];
            var rankOf = new int[keys.Length];
            for (var rank = 0; rank < byName.Length; rank++)
            {
                rankOf[byName[rank]] = rank;
            }

            for (var i = 0; i < count; i++)
            {
                runStart[rankOf[keyOf[i]] + 1]++;
            }

            for (var rank = 0; rank < keys.Length; rank++)
            {
                runStart[rank + 1] += runStart[rank];
            }

            var next = (int[])runStart.Clone();
            for (var i = 0; i < count; i++)
            {
                var reading = claims[i].Validity.Time.Reading;
                sorted[next[rankOf[keyOf[i]]]++] = new TimeKey(Days.Start(reading), Days.End(reading), claims[i]);
            }

            var groups = ImmutableArray.CreateBuilder<ClaimGroup>(keys.Length);
            var times = new GroupTimes(count);
            var offset = 0;
            for (var rank = 0; rank < keys.Length; rank++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var (subject, property) = keys[byName[rank]];
                var run = sorted.AsSpan(runStart[rank], runStart[rank + 1] - runStart[rank]);
                if (claimSet.Vocabulary.TryGetProperty(property, out var definition))
                {
                    run.Sort();
                    groups.Add(ClaimGroup.Create(subject, definition, run, options.Tolerance, times, ref offset));
                }
            }

            return groups.DrainToImmutable();
        }
        finally
        {
            ArrayPool<int>.Shared.Return(keyOf);
            ArrayPool<TimeKey>.Shared.Return(sorted, clearArray: true);
        }
    }

    private static int CompareKeys(string subject, string property, string otherSubject, string otherProperty)
    {
        var order = string.CompareOrdinal(subject, otherSubject);
        return order != 0 ? order : string.CompareOrdinal(property, otherProperty);
    }
}
