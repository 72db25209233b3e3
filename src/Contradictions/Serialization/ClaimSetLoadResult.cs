using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using Contradictions.Claims;

namespace Contradictions.Serialization;

/// <summary>
/// What loading produced: the claim set, every error found, and — when invalid claims were skipped — which ones.
/// Nothing is dropped silently: every claim not in <see cref="ClaimSet"/> has at least one error naming it.
/// </summary>
public sealed class ClaimSetLoadResult
{
    internal ClaimSetLoadResult(ClaimSet? claimSet, ImmutableArray<ClaimSetError> errors, ImmutableArray<string> skippedClaims)
    {
        ClaimSet = claimSet;
        Errors = errors;
        SkippedClaims = skippedClaims;
    }

    /// <summary>
    /// Gets the loaded claim set: <c>null</c> when there were errors, unless invalid claims were being skipped, in which
    /// case it holds the valid claims.
    /// </summary>
    public ClaimSet? ClaimSet { get; }

    /// <summary>Gets every problem found, in the order of the inputs.</summary>
    public ImmutableArray<ClaimSetError> Errors { get; }

    /// <summary>Gets the ids (or paths, for claims without an id) of the claims left out because they were invalid.</summary>
    public ImmutableArray<string> SkippedClaims { get; }

    /// <summary>
    /// Gets the files found in a directory that were left out because they are JSON of another kind (no format, none of
    /// the format's fields), such as a <c>package.json</c>.
    /// </summary>
    public ImmutableArray<string> SkippedFiles { get; private init; } = [];

    internal ClaimSetLoadResult WithSkippedFiles(ImmutableArray<string> files) => new(ClaimSet, Errors, SkippedClaims) { SkippedFiles = files };

    /// <summary>Gets a value indicating whether the input had no errors at all.</summary>
    [MemberNotNullWhen(true, nameof(ClaimSet))]
    public bool Success => Errors.IsEmpty && ClaimSet is not null;

    /// <summary>Gets the claim set, or throws when loading failed.</summary>
    /// <exception cref="ClaimSetLoadException">The input had errors; the exception lists them.</exception>
    public ClaimSet GetClaimSetOrThrow() => Success ? ClaimSet : throw new ClaimSetLoadException(Errors);
}
