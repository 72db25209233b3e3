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

    /// <summary>Returns a report holding only the diagnostics at or above <paramref name="minimum"/>.</summary>
    public ContradictionReport WithMinimumSeverity(DiagnosticSeverity minimum) =>
        new(ClaimSet, Diagnostics.Where(d => d.Severity >= minimum));

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
