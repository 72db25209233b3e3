using System.Globalization;

namespace Contradictions.Quantities;

/// <summary>
/// An interval of numbers whose ends may each be closed, open or absent (unbounded). The <c>default</c> value is
/// the whole number line.
/// </summary>
public readonly struct NumericInterval : IEquatable<NumericInterval>
{
    // Stored as two plain decimals and a flag byte (40 bytes) rather than two nullable decimals and two booleans (56):
    // rules keep one interval per quantity claim, and a million claims make the difference felt.
    private const byte HasLowerFlag = 1, HasUpperFlag = 2, LowerOpenFlag = 4, UpperOpenFlag = 8;
    private readonly decimal lower;
    private readonly decimal upper;
    private readonly byte flags;

    /// <summary>Creates an interval.</summary>
    /// <param name="lower">The lower end, or <c>null</c> for none.</param>
    /// <param name="upper">The upper end, or <c>null</c> for none.</param>
    /// <param name="lowerOpen">Whether the lower end itself is excluded.</param>
    /// <param name="upperOpen">Whether the upper end itself is excluded.</param>
    /// <exception cref="ArgumentOutOfRangeException">The interval is empty.</exception>
    public NumericInterval(decimal? lower, decimal? upper, bool lowerOpen = false, bool upperOpen = false)
    {
        if (lower is { } l && upper is { } u && (u < l || (u == l && (lowerOpen || upperOpen))))
        {
            throw new ArgumentOutOfRangeException(nameof(upper), $"The interval from {l} to {u} is empty.");
        }

        this.lower = lower.GetValueOrDefault();
        this.upper = upper.GetValueOrDefault();
        flags = (byte)((lower.HasValue ? HasLowerFlag : 0) | (upper.HasValue ? HasUpperFlag : 0) |
            (lower.HasValue && lowerOpen ? LowerOpenFlag : 0) | (upper.HasValue && upperOpen ? UpperOpenFlag : 0));
    }

    /// <summary>Gets the lower end, or <c>null</c> when unbounded below.</summary>
    public decimal? Lower => (flags & HasLowerFlag) != 0 ? lower : null;

    /// <summary>Gets the upper end, or <c>null</c> when unbounded above.</summary>
    public decimal? Upper => (flags & HasUpperFlag) != 0 ? upper : null;

    /// <summary>Gets a value indicating whether the lower end is excluded.</summary>
    public bool LowerOpen => (flags & LowerOpenFlag) != 0;

    /// <summary>Gets a value indicating whether the upper end is excluded.</summary>
    public bool UpperOpen => (flags & UpperOpenFlag) != 0;

    /// <summary>Creates the interval holding exactly one number.</summary>
    public static NumericInterval Point(decimal value) => new(value, value);

    /// <summary>Returns whether the two intervals share at least one number.</summary>
    public bool Overlaps(NumericInterval other) => !EndsBelow(this, other) && !EndsBelow(other, this);

    /// <summary>Returns whether <paramref name="value"/> lies in the interval.</summary>
    public bool Contains(decimal value) =>
        (Lower is not { } l || value > l || (value == l && !LowerOpen)) &&
        (Upper is not { } u || value < u || (value == u && !UpperOpen));

    /// <summary>Returns whether every number of this interval is below every number of <paramref name="other"/>.</summary>
    public bool IsBelow(NumericInterval other) => EndsBelow(this, other);

    /// <summary>Returns the interval of all sums of a number of this interval and a number of <paramref name="other"/>.</summary>
    public NumericInterval Plus(NumericInterval other) => new(
        Lower is { } a && other.Lower is { } b ? a + b : null,
        Upper is { } c && other.Upper is { } d ? c + d : null,
        LowerOpen || other.LowerOpen,
        UpperOpen || other.UpperOpen);

    /// <summary>Returns the interval of all numbers in both intervals, or <c>null</c> when they do not overlap.</summary>
    public NumericInterval? Intersect(NumericInterval other)
    {
        if (!Overlaps(other))
        {
            return null;
        }

        var (lower, lowerOpen) = Lower is not { } l ? (other.Lower, other.LowerOpen)
            : other.Lower is not { } ol ? (l, LowerOpen)
            : l > ol ? (l, LowerOpen) : ol > l ? (ol, other.LowerOpen) : (l, LowerOpen || other.LowerOpen);
        var (upper, upperOpen) = Upper is not { } u ? (other.Upper, other.UpperOpen)
            : other.Upper is not { } ou ? (u, UpperOpen)
            : u < ou ? (u, UpperOpen) : ou < u ? (ou, other.UpperOpen) : (u, UpperOpen || other.UpperOpen);
        return new NumericInterval(lower, upper, lowerOpen, upperOpen);
    }

    /// <summary>Returns this interval with both ends multiplied by a positive <paramref name="factor"/>.</summary>
    public NumericInterval Scale(decimal factor)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(factor);
        return factor == 1m ? this : new(Lower * factor, Upper * factor, LowerOpen, UpperOpen);
    }

    /// <summary>Returns this interval moved by <paramref name="offset"/>.</summary>
    internal NumericInterval Shift(decimal offset) => offset == 0m ? this : new(Lower + offset, Upper + offset, LowerOpen, UpperOpen);

    private static bool EndsBelow(NumericInterval a, NumericInterval b) =>
        (a.flags & HasUpperFlag) != 0 && (b.flags & HasLowerFlag) != 0 && (a.upper < b.lower || (a.upper == b.lower && (a.UpperOpen || b.LowerOpen)));

    /// <inheritdoc />
    public bool Equals(NumericInterval other) =>
        Lower == other.Lower && Upper == other.Upper && LowerOpen == other.LowerOpen && UpperOpen == other.UpperOpen;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is NumericInterval other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Lower, Upper, LowerOpen, UpperOpen);

    /// <summary>Compares two intervals for equality.</summary>
    public static bool operator ==(NumericInterval left, NumericInterval right) => left.Equals(right);

    /// <summary>Compares two intervals for inequality.</summary>
    public static bool operator !=(NumericInterval left, NumericInterval right) => !left.Equals(right);

    /// <summary>Formats the interval in mathematical notation: <c>[3600, 4400]</c>, <c>(10000, ∞)</c>, <c>[0, 5000)</c>.</summary>
    public override string ToString()
    {
        if (Lower is { } p && Upper == p)
        {
            return Format(p);
        }

        var lower = Lower is { } l ? Format(l) : "-∞";
        var upper = Upper is { } u ? Format(u) : "∞";
        return $"{(LowerOpen || Lower is null ? '(' : '[')}{lower}, {upper}{(UpperOpen || Upper is null ? ')' : ']')}";
    }

    internal static string Format(decimal value) => value.ToString("0.############", CultureInfo.InvariantCulture);
}
