using System.Collections.Immutable;

namespace Contradictions.Diagnostics;

/// <summary>A group of claims that agree with each other, one side of a clustered diagnostic.</summary>
public sealed class ClaimCluster
{
    private readonly Func<string> summaryFactory;
    private string? summary;

    /// <summary>Creates a cluster.</summary>
    public ClaimCluster(ImmutableArray<string> claimIds, string summary)
        : this(claimIds, Fixed(summary))
    {
    }

    // Summaries are formatted only when read: a large check makes many clusters that nobody prints.
    internal ClaimCluster(ImmutableArray<string> claimIds, Func<string> summary)
    {
        if (claimIds.IsDefaultOrEmpty)
        {
            throw new ArgumentException("A cluster holds at least one claim.", nameof(claimIds));
        }

        ClaimIds = claimIds;
        summaryFactory = summary;
    }

    /// <summary>Gets the ids of the claims in the cluster, in ordinal order.</summary>
    public ImmutableArray<string> ClaimIds { get; }

    /// <summary>Gets what the claims of the cluster agree on, such as <c>[9900, 12100] item</c>.</summary>
    public string Summary => summary ??= summaryFactory();

    private static Func<string> Fixed(string text)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(text, "summary");
        return () => text;
    }

    /// <inheritdoc />
    public override string ToString() => $"{Summary}: {string.Join(", ", ClaimIds)}";
}
