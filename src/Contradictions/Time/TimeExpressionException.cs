namespace Contradictions.Time;

/// <summary>Raised inside the resolver when an expression is well-formed but names no real day; never escapes it.</summary>
internal sealed class TimeExpressionException(string message) : Exception(message);
