namespace Contradictions.Diagnostics;

/// <summary>
/// Another finding of the same report that shares a claim with this one: a wrong date that breaks both a date and an
/// order is one mistake seen twice.
/// </summary>
/// <param name="Index">The other finding's position in <see cref="ContradictionReport.Diagnostics"/>.</param>
/// <param name="Code">The other finding's code.</param>
/// <param name="SharedClaimId">The claim both findings name (the first in ordinal order, when they share several).</param>
public sealed record DiagnosticReference(int Index, string Code, string SharedClaimId);
