using System.Collections.Immutable;
using System.Text;
using Contradictions.Claims;

namespace Contradictions.Serialization;

/// <summary>
/// Holds quotes to their article: for every source that names its text (<see cref="Source.Text"/>, a path relative to
/// the claim file that defines the source), each claim of that source with a quote must quote the text exactly at its
/// span — or, without a span, somewhere in it. This is also what keeps a language model's draft from inventing quotes.
/// </summary>
/// <remarks>
/// A text that is missing, unreadable, larger than <see cref="LoadLimits.MaxFileBytes"/> or not UTF-8 is an error at
/// the source's <c>text</c> field, and its claims are not checked further. Texts are read as UTF-8; spans count UTF-16
/// code units, as everywhere.
/// </remarks>
internal static class QuoteCheck
{
    public static void Run(IReadOnlyList<ClaimSetFile> files, ImmutableArray<Claim>.Builder claims, List<ClaimSetError> errors, ImmutableArray<string>.Builder skipped, bool skipInvalidClaims, LoadLimits limits)
    {
        var texts = new Dictionary<string, string?>(StringComparer.Ordinal);
        // Only files that know their folder: a claim set built in code names texts relative to where it will be written.
        foreach (var file in files.Where(f => f.Directory is not null))
        {
            foreach (var (source, _, path) in file.SourceEntries)
            {
                if (source?.Text is { } relative && !texts.ContainsKey(source.Id))
                {
                    texts[source.Id] = Read(file, relative, $"{path}.text", errors, limits);
                }
            }
        }

        if (texts.Count == 0)
        {
            return;
        }

        var rejected = new List<int>();
        for (var i = 0; i < claims.Count; i++)
        {
            var claim = claims[i];
            if (claim.Quote is not { } quote || !texts.TryGetValue(claim.Source.Id, out var text) || text is null)
            {
                continue;
            }

            var problem = Problem(text, quote, claim.Span, claim.Source.Text!);
            if (problem is not null)
            {
                var location = claim.Location;
                errors.Add(new ClaimSetError(location?.File ?? "(built in code)", location is null ? "quote" : $"{location.Path}.quote", ClaimSetErrorCodes.QuoteMismatch, problem) { ClaimId = claim.Id });
                rejected.Add(i);
            }
        }

        if (skipInvalidClaims)
        {
            foreach (var i in Enumerable.Reverse(rejected))
            {
                skipped.Add(claims[i].Id);
                claims.RemoveAt(i);
            }
        }
    }

    /// <summary>What is wrong with a quote of <paramref name="text"/> (named <paramref name="name"/>) at <paramref name="span"/>, or <c>null</c>.</summary>
    public static string? Problem(string text, string quote, TextSpan? span, string name) =>
        span is { } at
            ? at.End > text.Length ? $"The span {at.Start}..{at.End} runs past the end of {name} ({text.Length} characters)."
            : text.AsSpan(at.Start, at.End - at.Start).SequenceEqual(quote) ? null
            : $"The quote does not stand at its span in {name}: the text there is \"{Excerpt(text, at)}\"{Elsewhere(text, quote)}."
            : text.Contains(quote, StringComparison.Ordinal) ? null
            : $"The quote is not in {name}.";

    private static string? Read(ClaimSetFile file, string relative, string path, List<ClaimSetError> errors, LoadLimits limits)
    {
        try
        {
            var full = Path.GetFullPath(relative, file.Directory!);
            var length = new FileInfo(full).Length;
            if (length > limits.MaxFileBytes)
            {
                errors.Add(new ClaimSetError(file.Name, path, ClaimSetErrorCodes.LimitExceeded, $"The source's text is {length} bytes; at most {limits.MaxFileBytes} are read (LoadLimits.MaxFileBytes)."));
                return null;
            }

            return new UTF8Encoding(false, true).GetString(File.ReadAllBytes(full)).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException)
        {
            errors.Add(new ClaimSetError(file.Name, path, ClaimSetErrorCodes.Unreadable, $"The source's text '{relative}' is not UTF-8."));
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            errors.Add(new ClaimSetError(file.Name, path, ClaimSetErrorCodes.Unreadable, $"The source's text '{relative}' could not be read: {e.Message}"));
            return null;
        }
    }

    private static string Excerpt(string text, TextSpan span)
    {
        var length = Math.Min(span.End - span.Start, 80);
        return string.Concat(text.AsSpan(span.Start, length), length < span.End - span.Start ? "…" : string.Empty);
    }

    private static string Elsewhere(string text, string quote) =>
        text.IndexOf(quote, StringComparison.Ordinal) is var at and >= 0 ? $"; the quote stands at {at}..{at + quote.Length}" : "; the quote is nowhere in the text";
}
