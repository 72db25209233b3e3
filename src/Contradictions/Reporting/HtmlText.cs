using System.Globalization;

namespace Contradictions.Reporting;

/// <summary>
/// Text from claim files made safe inside an HTML page: every character that means something to HTML is escaped (so
/// a quote holding <c>&lt;script&gt;</c> is shown, never run, and cannot leave an attribute), controls and
/// bidirectional overrides are written as their visible escapes (as <see cref="TerminalText"/> does, so a right-to-left
/// override cannot make an id read backwards), and a very long string is cut, saying how long it was.
/// </summary>
internal static class HtmlText
{
    /// <summary>The most characters of one string shown; a 100 KB quote would bury the page.</summary>
    public const int MaxShown = 500;

    /// <summary>Writes <paramref name="text"/> as element content or as a quoted attribute value.</summary>
    public static void Write(TextWriter output, string? text, int maxShown = MaxShown)
    {
        if (string.IsNullOrEmpty(text))
        {
            return;
        }

        var safe = TerminalText.Safe(text);
        var cut = safe.Length > maxShown;
        var shown = cut ? safe.AsSpan(0, maxShown) : safe.AsSpan();
        foreach (var c in shown)
        {
            switch (c)
            {
                case '&': output.Write("&amp;"); break;
                case '<': output.Write("&lt;"); break;
                case '>': output.Write("&gt;"); break;
                case '"': output.Write("&quot;"); break;
                case '\'': output.Write("&#39;"); break;
                default: output.Write(c); break;
            }
        }

        if (cut)
        {
            output.Write(string.Create(CultureInfo.InvariantCulture, $"… ({text.Length:N0} characters)"));
        }
    }

    /// <summary>Returns <paramref name="text"/> escaped as <see cref="Write"/> writes it.</summary>
    public static string Escape(string? text, int maxShown = MaxShown)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        Write(writer, text, maxShown);
        return writer.ToString();
    }

    /// <summary>
    /// Returns the URL to link to, or <c>null</c> when it must not be a link: only absolute http(s) URLs are, so that a
    /// <c>javascript:</c> or <c>data:</c> URL in a claim file is shown as text and never followed.
    /// </summary>
    public static string? SafeLink(Uri? url) =>
        url is { IsAbsoluteUri: true } && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps) ? url.AbsoluteUri : null;
}
