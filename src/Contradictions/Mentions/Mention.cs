using Contradictions.Claims;

namespace Contradictions.Mentions;

/// <summary>
/// Something a claim could be made of, found in a text: its span (UTF-16 code units, end exclusive, as claim spans
/// are) and the words at it. See <see cref="TimeMention"/>.
/// </summary>
public abstract class Mention
{
    private protected Mention(TextSpan span, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        Span = span;
        Text = text;
    }

    /// <summary>Gets the kind of mention, as written in JSON: <c>time</c>.</summary>
    public abstract string Kind { get; }

    /// <summary>Gets where the mention stands in the text.</summary>
    public TextSpan Span { get; }

    /// <summary>Gets the words of the mention as they stand in the text.</summary>
    public string Text { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Kind} {Span.Start}..{Span.End} \"{Text}\"";
}
