namespace Contradictions.Serialization;

/// <summary>Limits that keep hostile or mistaken input from exhausting memory or time. Exceeding one is a <see cref="ClaimSetErrorCodes.LimitExceeded"/> error.</summary>
public sealed class LoadLimits
{
    /// <summary>Gets or sets the largest file accepted, in bytes. Default: 512 MiB.</summary>
    public long MaxFileBytes { get; set; } = 512L * 1024 * 1024;

    /// <summary>Gets or sets the most claims accepted across all files of one load. Default: 10,000,000.</summary>
    public int MaxClaims { get; set; } = 10_000_000;

    /// <summary>Gets or sets the longest time or quantity expression accepted, in characters. Default: 200.</summary>
    public int MaxExpressionLength { get; set; } = 200;

    /// <summary>Gets or sets the deepest JSON nesting accepted. Default: 32 (the format itself needs 5).</summary>
    public int MaxDepth { get; set; } = 32;
}
