using System.Collections.Immutable;
using Contradictions.Claims;

namespace Contradictions.Drafting;

/// <summary>A claim a drafter proposes, as the claim format holds it (expressions, not resolved values), before the loader binds it.</summary>
internal sealed record ClaimProposal(string Source, string Subject, string Property, string Value, TextSpan Span, string Quote, double Confidence, ImmutableArray<MentionReference> Mentions)
{
    public string? Unit { get; init; }

    public string? Time { get; init; }

    public string? AsOf { get; init; }

    public string? From { get; init; }

    public string? Origin { get; init; }

    public bool Negated { get; init; }
}
