namespace Contradictions.Serialization;

/// <summary>One claim-set document to load: a name for error messages and its UTF-8 JSON.</summary>
public sealed class ClaimSetInput
{
    /// <summary>Creates an input from UTF-8 bytes.</summary>
    public ClaimSetInput(string name, ReadOnlyMemory<byte> utf8Json)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        Name = name;
        Utf8Json = utf8Json;
    }

    /// <summary>Gets the name errors refer to the input by, usually its file path.</summary>
    public string Name { get; }

    /// <summary>Gets the document, as UTF-8 JSON.</summary>
    public ReadOnlyMemory<byte> Utf8Json { get; }

    /// <summary>
    /// Gets the folder the document's relative paths (a source's <c>text</c>) are read from; <c>null</c> when the input
    /// has none, and its sources' texts are not read. <see cref="ClaimSetLoader.LoadFiles"/> sets it to each file's
    /// folder (for standard input, the current directory).
    /// </summary>
    public string? Directory { get; init; }

    /// <summary>
    /// Gets a value indicating whether the input was found by listing a directory rather than named. Such a file is
    /// skipped when it declares another Contradictions format (an expected-diagnostics file beside the claims, say).
    /// </summary>
    internal bool FoundInDirectory { get; init; }

    /// <summary>Creates an input from a JSON string.</summary>
    public static ClaimSetInput FromJson(string name, string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return new(name, System.Text.Encoding.UTF8.GetBytes(json));
    }
}
