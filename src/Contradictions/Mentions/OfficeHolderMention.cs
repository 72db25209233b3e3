using Contradictions.Claims;

namespace Contradictions.Mentions;

/// <summary>
/// A person named with an office ("NATO Secretary-General Jens Stoltenberg", "Russian Defense Minister Sergei Shoigu",
/// "former President Donald Trump"): a claim that the person holds the office at the time of the sentence, or — after
/// "former" or "ex-" — that they do not (<see cref="Former"/>).
/// </summary>
public sealed class OfficeHolderMention : Mention
{
    /// <summary>Creates an office-holder mention.</summary>
    /// <param name="span">Where the title and name stand.</param>
    /// <param name="text">The words as they stand.</param>
    /// <param name="title">The office, with the body or country before it ("NATO Secretary-General").</param>
    /// <param name="person">The person's name ("Jens Stoltenberg").</param>
    /// <param name="former">Whether "former" or "ex-" stands before the title: the person no longer holds the office.</param>
    public OfficeHolderMention(TextSpan span, string text, string title, string person, bool former)
        : base(span, text)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        ArgumentException.ThrowIfNullOrWhiteSpace(person);
        (Title, Person, Former) = (title, person, former);
    }

    /// <inheritdoc />
    public override string Kind => "office-holder";

    /// <summary>Gets the office, with the body or country before it.</summary>
    public string Title { get; }

    /// <summary>Gets the person's name.</summary>
    public string Person { get; }

    /// <summary>Gets a value indicating whether the person no longer holds the office ("former", "ex-").</summary>
    public bool Former { get; }
}
