using Contradictions.Claims;

namespace Contradictions.Drafting;

/// <summary>A text to draft claims from, with the source that published it: drafted claims cite the source and quote the text.</summary>
public sealed class Article
{
    /// <summary>Creates an article.</summary>
    /// <param name="source">The source that published the text; relative time expressions resolve against its publication date.</param>
    /// <param name="text">The text, as it stands: drafted spans count its UTF-16 code units.</param>
    public Article(Source source, string text)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(text);
        Source = source;
        Text = text;
    }

    /// <summary>Gets the source that published the text.</summary>
    public Source Source { get; }

    /// <summary>Gets the text.</summary>
    public string Text { get; }
}
