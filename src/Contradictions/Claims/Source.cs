using Contradictions.Time;
using NodaTime;
using NodaTime.Text;

namespace Contradictions.Claims;

/// <summary>A publication that makes claims: an article, an agency statement, a reference data set.</summary>
public sealed class Source : IEquatable<Source>
{
    /// <summary>Creates a source.</summary>
    /// <param name="id">The id claims refer to the source by.</param>
    /// <param name="title">The title.</param>
    /// <param name="published">When it was published, to the precision known; relative expressions in its claims resolve against it.</param>
    /// <exception cref="ArgumentException"><paramref name="id"/> or <paramref name="title"/> is empty.</exception>
    public Source(string id, string title, PartialDate published)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        Id = id;
        Title = title;
        Published = published;
    }

    /// <summary>Creates a source published at a known moment (a live-blog post, a wire update).</summary>
    /// <param name="id">The id claims refer to the source by.</param>
    /// <param name="title">The title.</param>
    /// <param name="publishedAt">When it was published, with its offset from UTC; its local date is <see cref="Published"/>.</param>
    /// <exception cref="ArgumentException"><paramref name="id"/> or <paramref name="title"/> is empty.</exception>
    public Source(string id, string title, OffsetDateTime publishedAt)
        : this(id, title, PartialDate.FromDate(publishedAt.Date))
    {
        PublishedAt = publishedAt;
    }

    /// <summary>Gets the id claims refer to the source by.</summary>
    public string Id { get; }

    /// <summary>Gets the title.</summary>
    public string Title { get; }

    /// <summary>Gets the publication date, to the precision known.</summary>
    public PartialDate Published { get; }

    /// <summary>
    /// Gets the moment of publication when the source gives one, or <c>null</c>. Two figures of the same day from the
    /// same body are put in order by it; without it their order is unknown.
    /// </summary>
    public OffsetDateTime? PublishedAt { get; }

    /// <summary>Gets who published it, or <c>null</c>.</summary>
    public string? Publisher { get; init; }

    /// <summary>Gets where it can be read, or <c>null</c>.</summary>
    public Uri? Url { get; init; }

    /// <summary>Gets how far the source is trusted, from 0 to 1, or <c>null</c> when not rated.</summary>
    public double? Trust { get; init; }

    /// <summary>Gets a note on the source (how its date was inferred, where reference facts come from), or <c>null</c>.</summary>
    public string? Note { get; init; }

    /// <summary>
    /// Gets the path of the source's text as the claim file gives it (relative to that file's folder), or <c>null</c>.
    /// When the text is given, loading checks that every claim's quote stands at its span.
    /// </summary>
    public string? Text { get; init; }

    internal Source WithText(string text) => PublishedAt is { } at
        ? new Source(Id, Title, at) { Publisher = Publisher, Url = Url, Trust = Trust, Note = Note, Text = text }
        : new Source(Id, Title, Published) { Publisher = Publisher, Url = Url, Trust = Trust, Note = Note, Text = text };

    /// <inheritdoc />
    public bool Equals(Source? other) =>
        other is not null && Id == other.Id && Title == other.Title && Published == other.Published && PublishedAt == other.PublishedAt && Publisher == other.Publisher &&
        Url == other.Url && Trust == other.Trust && Note == other.Note;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Source);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Id, Title, Published, Publisher);

    /// <summary>Formats the source as <c>publisher, date</c> (or its title when it has no publisher).</summary>
    public override string ToString() => $"{Publisher ?? Title}, {PublicationText}";

    /// <summary>The publication as written in files and reports: the moment when known (ISO 8601 with offset), else the date.</summary>
    internal string PublicationText => PublishedAt is { } at ? MomentPattern.Format(at) : Published.ToString();

    // ISO 8601 with the offset written in full ("+01:00", "Z" for UTC), as files and reports write it.
    private static readonly OffsetDateTimePattern MomentPattern = OffsetDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm':'ss;FFFFFFFFFo<Z+HH:mm>");

    /// <summary>
    /// Returns -1 or 1 when the two sources were surely published in that order (by date, or by the moment on the same
    /// day), and 0 when the order is unknown.
    /// </summary>
    internal int ComparePublication(Source other)
    {
        if (Published.Interval.IsBefore(other.Published.Interval))
        {
            return -1;
        }

        if (other.Published.Interval.IsBefore(Published.Interval))
        {
            return 1;
        }

        return PublishedAt is { } mine && other.PublishedAt is { } theirs ? mine.ToInstant().CompareTo(theirs.ToInstant()) switch { < 0 => -1, > 0 => 1, _ => 0 } : 0;
    }
}
