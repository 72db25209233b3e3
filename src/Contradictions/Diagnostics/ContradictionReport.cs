using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Contradictions.Claims;

namespace Contradictions.Diagnostics;

/// <summary>
/// The result of checking a claim set: every diagnostic, in a deterministic order (most severe first, then by code,
/// subject, property and claim ids), and counts per severity. Immutable.
/// </summary>
public sealed class ContradictionReport
{
    /// <summary>Creates a report; <paramref name="diagnostics"/> are put into the canonical order.</summary>
    public ContradictionReport(ClaimSet claimSet, IEnumerable<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(claimSet);
        ArgumentNullException.ThrowIfNull(diagnostics);
        ClaimSet = claimSet;
        var sorted = diagnostics.ToArray();
        Array.Sort(sorted, CanonicalOrder.Instance);
        SeparateProblems = LinkSharedClaims(sorted);
        Diagnostics = ImmutableCollectionsMarshal.AsImmutableArray(sorted);
        foreach (var diagnostic in sorted)
        {
            switch (diagnostic.Severity)
            {
                case DiagnosticSeverity.Error: Errors++; break;
                case DiagnosticSeverity.Warning: Warnings++; break;
                case DiagnosticSeverity.Info: Infos++; break;
            }
        }
    }

    /// <summary>Gets the claim set that was checked.</summary>
    public ClaimSet ClaimSet { get; }

    /// <summary>Gets the diagnostics, most severe first.</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }

    /// <summary>Gets the number of error-severity diagnostics.</summary>
    public int Errors { get; }

    /// <summary>Gets the number of warning-severity diagnostics.</summary>
    public int Warnings { get; }

    /// <summary>Gets the number of info-severity diagnostics.</summary>
    public int Infos { get; }

    /// <summary>Gets a value indicating whether any diagnostic is an error.</summary>
    public bool HasErrors => Errors > 0;

    /// <summary>
    /// Gets the number of separate problems among the errors and warnings: findings that share a claim count once,
    /// since one wrong claim (a date read a year off) often breaks several relations.
    /// </summary>
    public int SeparateProblems { get; }

    /// <summary>Returns a report holding only the diagnostics at or above <paramref name="minimum"/>.</summary>
    public ContradictionReport WithMinimumSeverity(DiagnosticSeverity minimum) =>
        new(ClaimSet, Diagnostics.Where(d => d.Severity >= minimum)) { LoadProblems = LoadProblems, Consensus = Consensus };

    /// <summary>
    /// Gets the problems of the load that left claims out of <see cref="ClaimSet"/> (with <c>--skip-invalid</c>), so
    /// that a report says what it did not check and why; empty when nothing was left out.
    /// </summary>
    public ImmutableArray<Serialization.ClaimSetError> LoadProblems { get; private init; } = [];

    /// <summary>Returns the report with the problems of the load that left claims out.</summary>
    public ContradictionReport WithLoadProblems(IEnumerable<Serialization.ClaimSetError> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        return new(this, [.. problems], Consensus);
    }

    /// <summary>
    /// Gets the best-supported values and the bodies' and sources' trust, when the report was asked for them
    /// (<see cref="WithConsensus"/>); null otherwise. They add information: the findings are the same either way.
    /// </summary>
    public Consensus.ConsensusResult? Consensus { get; private init; }

    /// <summary>Returns the report with the consensus of its claim set (<see cref="Contradictions.Consensus.ConsensusEstimator"/>).</summary>
    public ContradictionReport WithConsensus(Consensus.ConsensusResult consensus)
    {
        ArgumentNullException.ThrowIfNull(consensus);
        return new(this, LoadProblems, consensus);
    }

    /// <summary>A copy with other load problems or consensus: the diagnostics are already in order and linked.</summary>
    private ContradictionReport(ContradictionReport report, ImmutableArray<Serialization.ClaimSetError> loadProblems, Consensus.ConsensusResult? consensus)
    {
        (ClaimSet, Diagnostics, Errors, Warnings, Infos, SeparateProblems) =
            (report.ClaimSet, report.Diagnostics, report.Errors, report.Warnings, report.Infos, report.SeparateProblems);
        (LoadProblems, Consensus) = (loadProblems, consensus);
    }

    /// <summary>How many findings sharing a claim <see cref="Diagnostic.RelatedDiagnostics"/> lists at most: the first by position.</summary>
    public const int MaxRelatedDiagnostics = 8;

    /// <summary>
    /// Gives each error or warning the others that name one of its claims (<see cref="Diagnostic.RelatedDiagnostics"/>),
    /// and returns how many groups they make.
    /// </summary>
    private static int LinkSharedClaims(Diagnostic[] sorted)
    {
        for (var i = 0; i < sorted.Length; i++)
        {
            if (!sorted[i].RelatedDiagnostics.IsEmpty)
            {
                sorted[i] = sorted[i].WithRelatedDiagnostics([]);
            }
        }

        var byClaim = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var problems = 0;
        for (var i = 0; i < sorted.Length && sorted[i].Severity >= DiagnosticSeverity.Warning; i++)
        {
            problems++;
            foreach (var claim in sorted[i].Claims)
            {
                if (!byClaim.TryGetValue(claim.Id, out var named))
                {
                    byClaim.Add(claim.Id, named = []);
                }

                if (named.Count == 0 || named[^1] != i)
                {
                    named.Add(i);
                }
            }
        }

        // Union-find over the findings, so that a chain of shared claims counts as one problem: each claim's findings
        // are joined to its first, which is linear in the links.
        var parent = Enumerable.Range(0, problems).ToArray();
        int Root(int i)
        {
            while (parent[i] != i)
            {
                (i, parent[i]) = (parent[i], parent[parent[i]]);
            }

            return i;
        }

        foreach (var named in byClaim.Values)
        {
            for (var k = 1; k < named.Count; k++)
            {
                parent[Root(named[k])] = Root(named[0]);
            }
        }

        var separate = Enumerable.Range(0, problems).Count(i => Root(i) == i);

        // Each finding lists the first few others it shares a claim with (a claim named by thousands of findings
        // must not make a list of millions); its claims in order, the others by position.
        for (var i = 0; i < problems; i++)
        {
            SortedDictionary<int, string>? partners = null;
            foreach (var claim in sorted[i].Claims)
            {
                foreach (var other in byClaim[claim.Id])
                {
                    if (partners is { Count: MaxRelatedDiagnostics } && other > partners.Keys.Last())
                    {
                        break;
                    }

                    if (other == i || (partners is not null && partners.ContainsKey(other)))
                    {
                        continue;
                    }

                    partners ??= [];
                    partners[other] = claim.Id;
                    if (partners.Count > MaxRelatedDiagnostics)
                    {
                        partners.Remove(partners.Keys.Last());
                    }
                }
            }

            if (partners is not null)
            {
                sorted[i] = sorted[i].WithRelatedDiagnostics([.. partners.Select(p => new DiagnosticReference(p.Key, sorted[p.Key].Code, p.Value))]);
            }
        }

        return separate;
    }

    private sealed class CanonicalOrder : IComparer<Diagnostic>
    {
        public static readonly CanonicalOrder Instance = new();

        public int Compare(Diagnostic? x, Diagnostic? y)
        {
            if (ReferenceEquals(x, y))
            {
                return 0;
            }

            if (x is null || y is null)
            {
                return x is null ? -1 : 1;
            }

            var order = ((int)y.Severity).CompareTo((int)x.Severity);
            if (order == 0)
            {
                order = string.CompareOrdinal(x.Code, y.Code);
            }

            if (order == 0)
            {
                order = string.CompareOrdinal(x.Subject, y.Subject);
            }

            if (order == 0)
            {
                order = string.CompareOrdinal(x.Property, y.Property);
            }

            for (var i = 0; order == 0 && i < Math.Min(x.Claims.Length, y.Claims.Length); i++)
            {
                order = string.CompareOrdinal(x.Claims[i].Id, y.Claims[i].Id);
            }

            if (order == 0)
            {
                order = x.Claims.Length.CompareTo(y.Claims.Length);
            }

            return order == 0 ? string.CompareOrdinal(x.Message, y.Message) : order;
        }
    }
}
