namespace Contradictions.Quantities;

/// <summary>What a quantity measures. Quantities of different dimensions are never compared.</summary>
public enum Dimension
{
    /// <summary>A count of things of one kind (soldiers, shells, containers); the kind is the property's.</summary>
    Count = 0,

    /// <summary>A length or distance; base unit the metre.</summary>
    Length = 1,

    /// <summary>A mass; base unit the kilogram.</summary>
    Mass = 2,

    /// <summary>A duration of fixed length; base unit the second. Months and years are not fixed lengths and are not units.</summary>
    Duration = 3,

    /// <summary>A dimensionless ratio; base unit 1, so 50 percent is 0.5.</summary>
    Ratio = 4,

    /// <summary>An amount of money; each currency is its own base, and currencies never convert into each other.</summary>
    Currency = 5,

    /// <summary>An area; base unit the square metre.</summary>
    Area = 6,

    /// <summary>A volume; base unit the cubic metre.</summary>
    Volume = 7,

    /// <summary>
    /// A temperature; base unit the degree Celsius. An interval scale: units convert with an offset (°F), amounts may be
    /// below zero, and "about" is read on the figure's last digit, never as a percentage.
    /// </summary>
    Temperature = 8,

    /// <summary>
    /// A magnitude on a logarithmic scale (an earthquake's); base unit <c>magnitude</c>. An interval scale, as
    /// <see cref="Temperature"/> is: "about 7.1" is read on its last digit, never as a percentage.
    /// </summary>
    Magnitude = 9,
}
