using System.Collections.Immutable;

namespace Contradictions.Drafting;

/// <summary>
/// Marks a claim as a draft a person has yet to review: which drafter proposed it, how sure it was, and the mentions of
/// the article it was made of. The <c>draft</c> field of a claim; a reviewer who accepts the claim deletes it.
/// </summary>
public sealed class DraftMark
{
    /// <summary>Creates a draft mark.</summary>
    /// <param name="drafter">The drafter that proposed the claim (<c>rules</c>, <c>chat</c>).</param>
    /// <param name="confidence">How sure the drafter is, from 0 to 1.</param>
    /// <param name="mentions">The mentions the claim was made of, in text order.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="confidence"/> is not between 0 and 1.</exception>
    public DraftMark(string drafter, double confidence, ImmutableArray<MentionReference> mentions)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(drafter);
        if (!(confidence is >= 0 and <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(confidence), confidence, "A confidence is a number from 0 to 1.");
        }

        Drafter = drafter;
        Confidence = confidence;
        Mentions = mentions.IsDefault ? [] : mentions;
    }

    /// <summary>Gets the drafter that proposed the claim.</summary>
    public string Drafter { get; }

    /// <summary>Gets how sure the drafter is, from 0 to 1.</summary>
    public double Confidence { get; }

    /// <summary>Gets the mentions the claim was made of.</summary>
    public ImmutableArray<MentionReference> Mentions { get; }
}
