using Contradictions.Claims;

namespace Contradictions.Drafting;

/// <summary>A mention of an article as a draft refers to it: its kind (<c>time</c>, <c>quantity</c>, …) and where it stands.</summary>
/// <param name="Kind">The kind of mention, as <see cref="Mentions.Mention.Kind"/> writes it.</param>
/// <param name="Span">Where the mention stands in the article's text.</param>
public readonly record struct MentionReference(string Kind, TextSpan Span);
