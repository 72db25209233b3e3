namespace Contradictions.Serialization;

/// <summary>
/// One problem with claim-set input: which file, where in it (a JSON path such as <c>claims[3].value</c>), a stable
/// code and a message a person can act on.
/// </summary>
public sealed class ClaimSetError
{
    /// <summary>Creates an error.</summary>
    public ClaimSetError(string file, string path, string code, string message)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(path);
        ArgumentException.ThrowIfNullOrEmpty(code);
        ArgumentException.ThrowIfNullOrEmpty(message);
        File = file;
        Path = path;
        Code = code;
        Message = message;
    }

    /// <summary>Gets the name of the file (or input) the problem is in.</summary>
    public string File { get; }

    /// <summary>Gets the JSON path of the offending value, such as <c>claims[3].value</c>; <c>$</c> for the whole document.</summary>
    public string Path { get; }

    /// <summary>Gets the stable error code, such as <c>unknown-source</c>; see <see cref="ClaimSetErrorCodes"/>.</summary>
    public string Code { get; }

    /// <summary>Gets what is wrong and, where it helps, how to fix it.</summary>
    public string Message { get; }

    /// <summary>Gets the id of the claim the error concerns, or <c>null</c> when it concerns no single claim.</summary>
    public string? ClaimId { get; init; }

    /// <summary>Formats the error as <c>file: path: message [code]</c>, followed by <c>(claim 'id')</c> within a claim.</summary>
    public override string ToString() => $"{File}: {Path}: {Message} [{Code}]{(ClaimId is { } id ? $" (claim '{id}')" : string.Empty)}";
}
