using Contradictions.Time;
using Contradictions.Vocabulary;

namespace Contradictions.Claims;

/// <summary>A claim's value that is when an event happened ("earlier this year", "2024-06-19").</summary>
public sealed class DateValue : ClaimValue
{
    /// <summary>Creates the value.</summary>
    public DateValue(ResolvedTime time)
    {
        ArgumentNullException.ThrowIfNull(time);
        Time = time;
    }

    /// <summary>Gets the resolved period the event happened in.</summary>
    public ResolvedTime Time { get; }

    /// <inheritdoc />
    public override ValueKind Kind => ValueKind.Date;

    /// <inheritdoc />
    public override bool Equals(ClaimValue? other) => other is DateValue d && Time.Equals(d.Time);

    /// <inheritdoc />
    public override int GetHashCode() => Time.GetHashCode();

    /// <inheritdoc />
    public override string ToString() => Time.ToString();
}
