namespace Contradictions.Quantities;

/// <summary>What the checker needs to know about a <see cref="Dimension"/>.</summary>
internal static class DimensionExtensions
{
    /// <summary>
    /// Whether the dimension is an interval scale (temperature, magnitude): zero is not "none", amounts may be negative,
    /// and tolerances are read on the figure's last digit rather than as a share of it.
    /// </summary>
    public static bool IsIntervalScale(this Dimension dimension) => dimension is Dimension.Temperature or Dimension.Magnitude;
}
