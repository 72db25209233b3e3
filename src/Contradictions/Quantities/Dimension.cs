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
}
