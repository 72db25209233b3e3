namespace Contradictions.Claims;

/// <summary>
/// Where a claim was read from: its file, its position in the file's <c>claims</c> array, and the line and column
/// (from 1, in UTF-16 code units) where its object starts — what a SARIF viewer needs to jump to it. A class, so
/// that a claim made in code pays one empty reference for it.
/// </summary>
public sealed class ClaimLocation
{
    /// <summary>Creates a location.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The index is negative, or the line or column is below 1.</exception>
    public ClaimLocation(string file, int index, int line, int column)
    {
        ArgumentException.ThrowIfNullOrEmpty(file);
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfLessThan(line, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(column, 1);
        (File, Index, Line, Column) = (file, index, line, column);
    }

    /// <summary>Gets the file, as it was named to the loader.</summary>
    public string File { get; }

    /// <summary>Gets the claim's position in the file's <c>claims</c> array, from 0.</summary>
    public int Index { get; }

    /// <summary>Gets the JSON path of the claim in its file, such as <c>claims[3]</c>.</summary>
    public string Path => Serialization.JsonWording.Index("claims", Index);

    /// <summary>Gets the line where the claim's object starts, from 1.</summary>
    public int Line { get; }

    /// <summary>Gets the column where the claim's object starts, from 1, in UTF-16 code units.</summary>
    public int Column { get; }

    /// <inheritdoc />
    public override string ToString() => $"{File}({Line},{Column}): {Path}";
}
