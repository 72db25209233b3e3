namespace Contradictions.Claims;

/// <summary>A range of characters in a source's text: <see cref="Start"/> inclusive, <see cref="End"/> exclusive (UTF-16 code units).</summary>
public readonly struct TextSpan : IEquatable<TextSpan>
{
    /// <summary>Creates a span.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="start"/> is negative, or <paramref name="end"/> is before it.</exception>
    public TextSpan(int start, int end)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfLessThan(end, start);
        Start = start;
        End = end;
    }

    /// <summary>Gets the index of the first character.</summary>
    public int Start { get; }

    /// <summary>Gets the index just past the last character.</summary>
    public int End { get; }

    /// <summary>Gets the number of characters.</summary>
    public int Length => End - Start;

    /// <inheritdoc />
    public bool Equals(TextSpan other) => Start == other.Start && End == other.End;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is TextSpan other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Start, End);

    /// <summary>Compares two spans for equality.</summary>
    public static bool operator ==(TextSpan left, TextSpan right) => left.Equals(right);

    /// <summary>Compares two spans for inequality.</summary>
    public static bool operator !=(TextSpan left, TextSpan right) => !left.Equals(right);

    /// <summary>Formats the span as <c>[start, end)</c>.</summary>
    public override string ToString() => $"[{Start}, {End})";
}
