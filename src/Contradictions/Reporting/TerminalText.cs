using System.Buffers;
using System.Globalization;
using System.Text;

namespace Contradictions.Reporting;

/// <summary>
/// Makes text from claim files safe to print: a control character (C0, DEL, C1) could move the cursor, clear the
/// screen or set a terminal's title through an escape sequence, and a bidirectional override could make a line read
/// other than it is. Each is written as its visible escape, <c>\u001b</c>, so nothing is lost.
/// </summary>
internal static class TerminalText
{
    private static readonly SearchValues<char> Unsafe = SearchValues.Create(
        "\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u0009\u000a\u000b\u000c\u000d\u000e\u000f" +
        "\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001a\u001b\u001c\u001d\u001e\u001f\u007f" +
        "\u0080\u0081\u0082\u0083\u0084\u0085\u0086\u0087\u0088\u0089\u008a\u008b\u008c\u008d\u008e\u008f" +
        "\u0090\u0091\u0092\u0093\u0094\u0095\u0096\u0097\u0098\u0099\u009a\u009b\u009c\u009d\u009e\u009f" +
        "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069");

    /// <summary>Returns <paramref name="text"/> with every unsafe character written as <c>\uXXXX</c>.</summary>
    public static string Safe(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var first = text.AsSpan().IndexOfAny(Unsafe);
        if (first < 0)
        {
            return text;
        }

        var safe = new StringBuilder(text.Length + 16).Append(text, 0, first);
        foreach (var c in text.AsSpan(first))
        {
            if (Unsafe.Contains(c))
            {
                safe.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:x4}");
            }
            else
            {
                safe.Append(c);
            }
        }

        return safe.ToString();
    }
}
