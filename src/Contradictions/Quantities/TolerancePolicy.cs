namespace Contradictions.Quantities;

/// <summary>
/// How qualified amounts become numeric intervals. Each vague qualifier has a default tolerance and a widest one;
/// a contradiction that needs the default tolerance is a warning, one that survives the widest is an error.
/// See <c>docs/quantities.md</c>.
/// </summary>
/// <remarks>
/// <para>"approximately N": [N(1−a), N(1+a)], with a = <see cref="Approximately"/> (widest: <see cref="ApproximatelyWidest"/>).</para>
/// <para>"nearly N": [N(1−n), N], with n = <see cref="Nearly"/> (widest: <see cref="NearlyWidest"/>).</para>
/// <para>Round figures: with <see cref="RoundFiguresMayBeRounded"/>, the widest reading of "4,700" is [4,650, 4,750]: a figure ending in
/// zeros is read as possibly rounded to its last non-zero digit.</para>
/// <para>Bounds ("at least", "more than", "up to", "less than") and ranges are read as stated: amounts are non-negative, so "up to N" is [0, N].</para>
/// </remarks>
public sealed class TolerancePolicy
{
    /// <summary>Gets or sets the relative tolerance of "approximately" under the default reading. Default: 0.10 (±10 %).</summary>
    public decimal Approximately { get; set; } = 0.10m;

    /// <summary>Gets or sets the relative tolerance of "approximately" under the widest reading. Default: 0.25 (±25 %).</summary>
    public decimal ApproximatelyWidest { get; set; } = 0.25m;

    /// <summary>Gets or sets how far below the amount "nearly" reaches under the default reading. Default: 0.05 (5 %).</summary>
    public decimal Nearly { get; set; } = 0.05m;

    /// <summary>Gets or sets how far below the amount "nearly" reaches under the widest reading. Default: 0.15 (15 %).</summary>
    public decimal NearlyWidest { get; set; } = 0.15m;

    /// <summary>Gets or sets whether the widest reading of a round figure allows for rounding. Default: <c>true</c>.</summary>
    public bool RoundFiguresMayBeRounded { get; set; } = true;
}
