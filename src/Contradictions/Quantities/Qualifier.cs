namespace Contradictions.Quantities;

/// <summary>How a stated amount bounds the true value. The numeric readings are set by <see cref="TolerancePolicy"/>.</summary>
public enum Qualifier
{
    /// <summary>The amount as stated ("400"). Its widest reading allows for the rounding its trailing zeros suggest.</summary>
    Exact = 0,

    /// <summary>"approximately", "about", "around", "roughly", "some", "an estimated": within a relative tolerance.</summary>
    Approximately = 1,

    /// <summary>"at least", "no fewer than": the amount or more.</summary>
    AtLeast = 2,

    /// <summary>"more than", "over", "above": strictly more than the amount.</summary>
    MoreThan = 3,

    /// <summary>"at most", "up to", "no more than": the amount or less.</summary>
    AtMost = 4,

    /// <summary>"less than", "fewer than", "under": strictly less than the amount.</summary>
    LessThan = 5,

    /// <summary>"nearly", "almost": a little below the amount, or the amount itself.</summary>
    Nearly = 6,

    /// <summary>"between X and Y", "X to Y", "thousands": from the amount to the maximum, inclusive.</summary>
    Range = 7,
}
