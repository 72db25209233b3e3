using Contradictions.Time;

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

    /// <summary>Gets the id claims refer to the source by.</summary>
    public string Id { get; }

    /// <summary>Gets the title.</summary>
    public string Title { get; }

    /// <summary>Gets the publication date, to the precision known.</summary>
    public PartialDate Published { get; }

    /// <summary>Gets who published it, or <c>null</c>.</summary>
    public string? Publisher { get; init; }

    /// <summary>Gets where it can be read, or <c>null</c>.</summary>
    public Uri? Url { get; init; }

    /// <summary>Gets how far the source is trusted, from 0 to 1, or <c>null</c> when not rated.</summary>
    public double? Trust { get; init; }

    /// <summary>Gets a note on the source (how its date was inferred, where reference facts come from), or <c>null</c>.</summary>
    public string? Note { get; init; }

    /// <inheritdoc />
    public bool Equals(Source? other) =>
        other is not null && Id == other.Id && Title == other.Title && Published == other.Published && Publisher == other.Publisher &&
        Url == other.Url && Trust == other.Trust && Note == other.Note;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Source);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Id, Title, Published, Publisher);

    /// <summary>Formats the source as <c>publisher, date</c> (or its title when it has no publisher).</summary>
    public override string ToString() => $"{Publisher ?? Title}, {Published}";
}
