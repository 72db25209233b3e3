namespace Contradictions.Diagnostics;

/// <summary>
/// Another finding of the same report that shares a claim with this one: a wrong date that breaks both a date and an
/// order is one mistake seen twice.
/// </summary>
public sealed class DiagnosticReference
{
    internal DiagnosticReference(int index, string code, string sharedClaimId) => (Index, Code, SharedClaimId) = (index, code, sharedClaimId);

    /// <summary>Gets the other finding's position in <see cref="ContradictionReport.Diagnostics"/>.</summary>
    public int Index { get; }

    /// <summary>Gets the other finding's code.</summary>
    public string Code { get; }

    /// <summary>Gets the claim both findings name (the first of this finding's claims, when they share several).</summary>
    public string SharedClaimId { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Code} (#{Index}) through `{SharedClaimId}`";
}
