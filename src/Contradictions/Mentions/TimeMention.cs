using Contradictions.Claims;
using Contradictions.Time;

namespace Contradictions.Mentions;

/// <summary>
/// A temporal expression found in a text, with the extent and type of a TimeML TIMEX3 ("last week", "the end of the
/// year", "six weeks", "every Monday"), and, for a date, the days it means, resolved against the publication date
/// using its sentence (a bare "Tuesday" is the coming one in "will meet Tuesday").
/// </summary>
public sealed class TimeMention : Mention
{
    /// <summary>Creates a time mention.</summary>
    /// <param name="span">Where the expression stands.</param>
    /// <param name="text">The expression as it stands.</param>
    /// <param name="type">Its TIMEX3 type.</param>
    /// <param name="time">The days it means, or <c>null</c> when it names none (a duration, a set) or cannot be resolved (an anaphor with nothing before it).</param>
    /// <param name="signal">The word that relates it to its event ("since", "until", "by"), if one stands before it.</param>
    public TimeMention(TextSpan span, string text, TimeMentionType type, ResolvedTime? time, string? signal = null)
        : base(span, text)
    {
        Type = type;
        Time = time;
        Signal = signal;
    }

    /// <inheritdoc />
    public override string Kind => "time";

    /// <summary>Gets the TIMEX3 type.</summary>
    public TimeMentionType Type { get; }

    /// <summary>Gets the days the expression means, or <c>null</c> when it names none or cannot be resolved.</summary>
    public ResolvedTime? Time { get; }

    /// <summary>Gets the word before the expression that relates it to its event ("since", "until", "by", "from"), or <c>null</c>.</summary>
    public string? Signal { get; }
}
