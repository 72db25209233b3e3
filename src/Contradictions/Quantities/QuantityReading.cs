namespace Contradictions.Quantities;

/// <summary>Which reading of a qualified amount to take.</summary>
public enum QuantityReading
{
    /// <summary>The reading under the configured tolerances.</summary>
    Default = 0,

    /// <summary>The widest honest reading: the largest tolerances, and rounding allowed for in round figures.</summary>
    Widest = 1,
}
