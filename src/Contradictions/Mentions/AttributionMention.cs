using Contradictions.Claims;

namespace Contradictions.Mentions;

/// <summary>
/// Who a statement is attributed to ("according to South Korea's National Intelligence Service", "the JCS said",
/// "Ukrainian officials say"), with the span of what is attributed to it: a claim drafted from a number inside
/// <see cref="Covers"/> takes <see cref="Source"/> as its origin.
/// </summary>
public sealed class AttributionMention : Mention
{
    /// <summary>Creates an attribution mention.</summary>
    /// <param name="span">Where the attribution stands ("according to X", "X said").</param>
    /// <param name="text">The attribution as it stands.</param>
    /// <param name="source">The words naming who the statement is attributed to.</param>
    /// <param name="covers">The span of what is attributed (the rest of the clause).</param>
    public AttributionMention(TextSpan span, string text, string source, TextSpan covers)
        : base(span, text)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(source);
        Source = source;
        Covers = covers;
    }

    /// <inheritdoc />
    public override string Kind => "attribution";

    /// <summary>Gets the words naming who the statement is attributed to ("South Korea's National Intelligence Service").</summary>
    public string Source { get; }

    /// <summary>Gets the span of what is attributed to <see cref="Source"/>.</summary>
    public TextSpan Covers { get; }
}
