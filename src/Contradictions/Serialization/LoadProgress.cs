namespace Contradictions.Serialization;

/// <summary>
/// How far a load is, as reported to an <see cref="IProgress{T}"/> given to <see cref="ClaimSetLoader"/>: the bytes
/// read and the claims bound so far, of how many. Reports come from the threads that bind claims, in chunks.
/// </summary>
public readonly struct LoadProgress
{
    /// <summary>Creates a progress report.</summary>
    public LoadProgress(long bytesRead, long totalBytes, int claimsLoaded, int totalClaims) =>
        (BytesRead, TotalBytes, ClaimsLoaded, TotalClaims) = (bytesRead, totalBytes, claimsLoaded, totalClaims);

    /// <summary>Gets the bytes of the files read so far.</summary>
    public long BytesRead { get; }

    /// <summary>Gets the bytes of all the files to read.</summary>
    public long TotalBytes { get; }

    /// <summary>Gets how many claims have been bound (read, checked and resolved) so far.</summary>
    public int ClaimsLoaded { get; }

    /// <summary>Gets how many claims the files hold; 0 until every file has been read.</summary>
    public int TotalClaims { get; }
}
