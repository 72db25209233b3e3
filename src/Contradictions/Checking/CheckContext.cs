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
    /// <summary>
    /// Builds the context of a check of <paramref name="claimSet"/> as the checker would, so that a rule can be run
    /// and tested on its own: <c>rule.Check(CheckContext.Create(set))</c>.
    /// </summary>
    /// <exception cref="ArgumentException">The options are invalid; the message lists every problem.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static CheckContext Create(ClaimSet claimSet, ContradictionOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(claimSet);
        return new(claimSet, (options ?? new ContradictionOptions()).ValidatedSnapshot(nameof(options)), cancellationToken);
    }

    /// <summary>Builds a context with options already validated and copied.</summary>
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
    /// Groups the claims without comparing a string per sort step. Subjects and properties get dense numbers from
    /// ordinal string dictionaries (one lookup each per claim; .NET hashes such keys with its fast non-randomized
    /// hash until collisions pile up); the distinct subjects and properties are sorted by name once, which orders the
    /// (subject, property) pairs by two integers; a counting sort by pair makes each group a contiguous run; and each
    /// run is sorted by validity (start, end, then id). The large scratch arrays are pooled: arrays this large live on
    /// the large object heap, and allocating them anew in every check would trigger full collections.
    /// </summary>
    private static ImmutableArray<ClaimGroup> BuildGroups(ClaimSet claimSet, ContradictionOptions options, CancellationToken cancellationToken)
    {
        var claims = claimSet.Claims;
        var count = claims.Length;
        if (count == 0)
        {
            return [];
        }

        // Presized like the pairs below (generated sets name a subject in about ten claims).
        var subjects = new Dictionary<string, int>(count / 16 + 16, StringComparer.Ordinal);
        var properties = new Dictionary<string, int>(StringComparer.Ordinal);
        // Sized for a quarter as many (subject, property) pairs as claims — generated sets have one per four or five
        // claims — so that it seldom grows: its resizing was 4 % of a check's allocation.
        var pairs = new Dictionary<long, int>(count / 4 + 16);
        var pairOf = ArrayPool<int>.Shared.Rent(count);
        var gathered = ArrayPool<TimeKey>.Shared.Rent(count);
        var sorted = ArrayPool<TimeKey>.Shared.Rent(count);
        try
        {
            for (var i = 0; i < count; i++)
            {
                var claim = claims[i];
                var pair = ((long)Number(subjects, claim.Subject) << 32) | (uint)Number(properties, claim.Property);
                ref var number = ref CollectionsMarshal.GetValueRefOrAddDefault(pairs, pair, out var known);
                if (!known)
                {
                    number = pairs.Count - 1;
                }

                pairOf[i] = number;

                // Everything later steps need from the claim is read in this one pass: at a million claims, each
                // pass over the claim objects costs tens of milliseconds in cache misses alone.
                var days = DayRange.Of(claim.Validity.Time.Reading);
                gathered[i] = new TimeKey(days.Start, days.End, claim, claim.Negated);
            }

            // Order the pairs by (subject name, property name): rank the names, then sort the pairs as integers.
            var (subjectRanks, subjectsInOrder) = Ranks(subjects);
            var (propertyRanks, propertiesInOrder) = Ranks(properties);
            var pairKeys = new long[pairs.Count];
            var pairNumbers = new int[pairs.Count];
            foreach (var (pair, number) in pairs)
            {
                pairKeys[number] = ((long)subjectRanks[(int)(pair >> 32)] << 32) | (uint)propertyRanks[(int)(pair & uint.MaxValue)];
                pairNumbers[number] = number;
            }

            Array.Sort(pairKeys, pairNumbers);
            var rankOf = new int[pairs.Count];
            for (var rank = 0; rank < pairNumbers.Length; rank++)
            {
                rankOf[pairNumbers[rank]] = rank;
            }

            var runStart = new int[pairs.Count + 1];
            for (var i = 0; i < count; i++)
            {
                runStart[rankOf[pairOf[i]] + 1]++;
            }

            for (var rank = 0; rank < pairs.Count; rank++)
            {
                runStart[rank + 1] += runStart[rank];
            }

            var next = (int[])runStart.Clone();
            for (var i = 0; i < count; i++)
            {
                sorted[next[rankOf[pairOf[i]]]++] = gathered[i];
            }

            // Each run becomes a group on its own: the runs are split between the cores, every group writes only its
            // own slot and its own slice of the day arrays (from its run's start), so the result does not depend on
            // the split.
            var groups = new ClaimGroup?[pairs.Count];
            var times = new GroupTimes(count);
            var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.MaxDegreeOfParallelism, CancellationToken = cancellationToken };
            Parallel.ForEach(System.Collections.Concurrent.Partitioner.Create(0, pairs.Count, Math.Max(1024, pairs.Count / 64)), parallel, range =>
            {
                for (var rank = range.Item1; rank < range.Item2; rank++)
                {
                    var (subject, property) = (subjectsInOrder[(int)(pairKeys[rank] >> 32)], propertiesInOrder[(int)(pairKeys[rank] & uint.MaxValue)]);
                    if (claimSet.Vocabulary.TryGetProperty(property, out var definition))
                    {
                        var run = sorted.AsSpan(runStart[rank], runStart[rank + 1] - runStart[rank]);
                        run.Sort();
                        groups[rank] = ClaimGroup.Create(subject, definition, run, options.Tolerance, claimSet.Vocabulary.ExchangeRates, times, runStart[rank]);
                    }
                }
            });

            return [.. groups.Where(g => g is not null)!];
        }
        finally
        {
            ArrayPool<int>.Shared.Return(pairOf);
            ArrayPool<TimeKey>.Shared.Return(gathered, clearArray: true);
            ArrayPool<TimeKey>.Shared.Return(sorted, clearArray: true);
        }
    }

    private static int Number(Dictionary<string, int> numbers, string name)
    {
        ref var number = ref CollectionsMarshal.GetValueRefOrAddDefault(numbers, name, out var known);
        if (!known)
        {
            number = numbers.Count - 1;
        }

        return number;
    }

    /// <summary>Each name's position in ordinal order (indexed by its number), and the names in that order.</summary>
    private static (int[] Ranks, string[] InOrder) Ranks(Dictionary<string, int> numbers)
    {
        var names = new string[numbers.Count];
        var order = new int[numbers.Count];
        foreach (var (name, number) in numbers)
        {
            names[number] = name;
            order[number] = number;
        }

        Array.Sort(names, order, StringComparer.Ordinal);
        var ranks = new int[names.Length];
        for (var rank = 0; rank < order.Length; rank++)
        {
            ranks[order[rank]] = rank;
        }

        return (ranks, names);
    }

    private static int CompareKeys(string subject, string property, string otherSubject, string otherProperty)
    {
        var order = string.CompareOrdinal(subject, otherSubject);
        return order != 0 ? order : string.CompareOrdinal(property, otherProperty);
    }
}
