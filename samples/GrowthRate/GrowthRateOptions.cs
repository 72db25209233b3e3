namespace GrowthRate;

/// <summary>How fast each running total can grow at most, per day.</summary>
public sealed class GrowthRateOptions
{
    /// <summary>Gets the largest plausible growth per day, keyed by property id.</summary>
    public Dictionary<string, decimal> MaxPerDay { get; } = new(StringComparer.Ordinal);
}
