using System.Collections.Immutable;

namespace Contradictions.Diagnostics;

/// <summary>The parts of a <see cref="Diagnostic"/> beyond its claims and message, which may be written on first read.</summary>
internal sealed record DiagnosticDetails
{
    public static DiagnosticDetails None { get; } = new();

    public ImmutableArray<Evidence> Evidence { get; init; } = [];

    public ImmutableArray<ClaimCluster> Clusters { get; init; } = [];

    public ImmutableArray<string> RelatedClaimIds { get; init; } = [];

    public string? Reconciliation { get; init; }
}
