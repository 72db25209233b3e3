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

    /// <summary>
    /// Writes a finding's message: escaped as <see cref="Write"/> does, with each <c>`id`</c> the message quotes shown
    /// as code. With <paramref name="preview"/>, a longer message is cut at the last word that fits, ending in "…" (the
    /// whole of it stands elsewhere on the page); otherwise it is cut at <paramref name="maxShown"/> with its length said.
    /// </summary>
    public static void WriteMessage(TextWriter output, string message, int maxShown = MaxShown, int? preview = null)
    {
        var text = message;
        if (preview is { } length && text.Length > length)
        {
            var space = text.LastIndexOf(' ', length);
            text = string.Concat(text.AsSpan(0, space > length / 2 ? space : length).TrimEnd(",;:("), "…");
            maxShown = int.MaxValue;

            // A cut inside a quoted id leaves its opening backtick alone: it goes, rather than show as a stray mark.
            if (text.Count(c => c == '`') % 2 == 1)
            {
                text = text.Remove(text.LastIndexOf('`'), 1);
            }
        }

        // Escaped first, so that what stands between two backticks is already text: only the code elements are markup.
        var escaped = Escape(text, maxShown);
        var inCode = false;
        var start = 0;
        for (var tick = escaped.IndexOf('`', StringComparison.Ordinal); tick >= 0; tick = escaped.IndexOf('`', start))
        {
            var close = inCode ? -1 : escaped.IndexOf('`', tick + 1);
            if (!inCode && close < 0)
            {
                break;
            }

            output.Write(escaped.AsSpan(start, tick - start));
            output.Write(inCode ? "</code>" : "<code>");
            inCode = !inCode;
            start = tick + 1;
        }

        output.Write(escaped.AsSpan(start));
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
