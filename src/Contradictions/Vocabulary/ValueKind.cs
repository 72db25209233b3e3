namespace Contradictions.Vocabulary;

/// <summary>The type of value a property takes.</summary>
public enum ValueKind
{
    /// <summary>An amount with a qualifier and a unit ("approximately 11,000 troops").</summary>
    Quantity = 0,

    /// <summary>A date or period at which an event happened ("signed on June 19, 2024").</summary>
    Date = 1,

    /// <summary>A canonical entity id ("mark-rutte").</summary>
    Entity = 2,
}
