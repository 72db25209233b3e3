using Contradictions.Claims;

namespace Contradictions.Drafting;

/// <summary>Something a drafter found in an article but made no claim of, with why: nothing found is lost silently.</summary>
/// <param name="Source">The id of the article's source.</param>
/// <param name="Kind">The kind of mention (<c>time</c>, <c>quantity</c>, <c>attribution</c>, <c>office-holder</c>), or <c>claim</c> for a proposal the loader refused.</param>
/// <param name="Span">Where it stands in the article's text.</param>
/// <param name="Text">The words at <paramref name="Span"/>.</param>
/// <param name="Reason">Why no claim was made of it.</param>
public sealed record UnplacedMention(string Source, string Kind, TextSpan Span, string Text, string Reason);
