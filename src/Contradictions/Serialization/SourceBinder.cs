using Contradictions.Claims;
using Contradictions.Time;
using NodaTime;
using NodaTime.Text;

namespace Contradictions.Serialization;

/// <summary>
/// A source of the claim-set format, read and checked field by field into a <see cref="Source"/>: required fields,
/// the publication date (a day, a month or a year), an absolute http(s) URL, a trust weight from 0 to 1.
/// </summary>
internal static class SourceBinder
{
    public const int Id = 0, Title = 1, Publisher = 2, Published = 3, Url = 4, Trust = 5, Note = 6, Text = 7;

    public static JsonShape Shape { get; } = new(
        "source",
        new("id", JsonTypes.String | JsonTypes.Null, "a string", "A source needs an id."),
        new("title", JsonTypes.String | JsonTypes.Null, "a string", "A source needs a title."),
        new("publisher", JsonTypes.String | JsonTypes.Null, "a string"),
        new("published", JsonTypes.String | JsonTypes.Null, "a string", "A source needs its publication date (yyyy-MM-dd, or yyyy-MM or yyyy when only that much is known)."),
        new("url", JsonTypes.String | JsonTypes.Null, "a string"),
        new("trust", JsonTypes.Number, "a number from 0 to 1"),
        new("note", JsonTypes.String | JsonTypes.Null, "a string"),
        new("text", JsonTypes.String | JsonTypes.Null, "a string (the path of the source's text, relative to the claim file)"));

    /// <summary>
    /// Reads the source the cursor is on. Returns it when it is valid; <paramref name="id"/> is its id either way, for
    /// the duplicate check across files.
    /// </summary>
    public static Source? Read(ref JsonCursor cursor, string path, LoadErrors errors, out string? id)
    {
        id = null;
        if (!cursor.IsObject(path))
        {
            return null;
        }

        string? title = null, publisher = null, published = null, url = null, note = null, text = null;
        double? trust = null;
        var seen = 0L;
        var before = errors.Count;
        while (cursor.Next(Shape, path, ref seen) is var field and >= 0)
        {
            switch (field)
            {
                case Id: id = cursor.String(); break;
                case Title: title = cursor.String(); break;
                case Publisher: publisher = cursor.String(pooled: true); break;
                case Published: published = cursor.String(); break;
                case Url: url = cursor.String(); break;
                case Trust: trust = cursor.Double(JsonWording.Join(path, "trust"), Shape[Trust].Expected); break;
                case Note: note = cursor.String(); break;
                case Text: text = cursor.String(); break;
            }
        }

        return Bind(path, errors, before, id, title, published, null, null, publisher, url, null, trust, note, text);
    }

    /// <summary>
    /// Checks a source's fields and makes the source. The builder calls it with its arguments, which may be typed (a
    /// <see cref="PartialDate"/>, a <see cref="Uri"/>) where a file holds text.
    /// </summary>
    public static Source? Bind(string path, LoadErrors errors, int before, string? id, string? title, string? publishedText, PartialDate? published, OffsetDateTime? publishedAt, string? publisher, string? urlText, Uri? url, double? trust, string? note, string? text = null)
    {
        var present = (Blank(id) ? 0 : 1L << Id) | (Blank(title) ? 0 : 1L << Title) | (Blank(publishedText) && published is null ? 0 : 1L << Published);
        Shape.ReportMissing(present, path, errors);

        var date = published ?? default;
        var moment = publishedAt;
        if (!Blank(publishedText) && publishedText!.Contains('T', StringComparison.Ordinal))
        {
            moment = ParseMoment(publishedText);
            if (moment is { } m)
            {
                date = PartialDate.FromDate(m.Date);
            }
            else
            {
                errors.Add(JsonWording.Join(path, "published"), ClaimSetErrorCodes.InvalidDate, $"'{publishedText}' is not a moment in ISO 8601 with its offset, such as 2025-03-18T14:05Z or 2025-03-18T14:05:00+09:00.");
            }
        }
        else if (!Blank(publishedText) && PartialDate.Parse(publishedText!) is var parsed && !parsed.TryGetValue(out date))
        {
            errors.Add(JsonWording.Join(path, "published"), ClaimSetErrorCodes.InvalidDate, parsed.Error!.Message);
        }

        var link = url;
        if ((urlText is not null && !Uri.TryCreate(urlText, UriKind.Absolute, out link)) || link is { IsAbsoluteUri: false } || (link is not null && link.Scheme != Uri.UriSchemeHttp && link.Scheme != Uri.UriSchemeHttps))
        {
            errors.Add(JsonWording.Join(path, "url"), ClaimSetErrorCodes.WrongType, $"'{urlText ?? url?.OriginalString}' is not an absolute http(s) URL.");
        }

        if (trust is < 0 or > 1)
        {
            errors.Add(JsonWording.Join(path, "trust"), ClaimSetErrorCodes.OutOfRange, $"Trust is a weight from 0 to 1, not {trust}.");
        }

        return errors.Count > before
            ? null
            : moment is { } at
                ? new Source(id!, title!, at) { Publisher = publisher, Url = link, Trust = trust, Note = note, Text = Blank(text) ? null : text!.Trim() }
                : new Source(id!, title!, date) { Publisher = publisher, Url = link, Trust = trust, Note = note, Text = Blank(text) ? null : text!.Trim() };
    }

    // With or without seconds and their fractions; the offset is required ("Z" for UTC): a moment without one is not a moment.
    private static readonly OffsetDateTimePattern[] MomentPatterns =
    [
        OffsetDateTimePattern.ExtendedIso,
        OffsetDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mmo<G>"),
    ];

    private static OffsetDateTime? ParseMoment(string text)
    {
        foreach (var pattern in MomentPatterns)
        {
            if (pattern.Parse(text.Trim()) is { Success: true } result)
            {
                return result.Value;
            }
        }

        return null;
    }

    private static bool Blank(string? text) => string.IsNullOrWhiteSpace(text);
}
