using System.Text.RegularExpressions;
using Contradictions.Checking;
using Contradictions.Reporting;
using Contradictions.Serialization;

namespace Contradictions.Tests.Reporting;

public sealed partial class TextReportWriterTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void ControlAndBidiCharactersFromClaimFiles_AreWrittenAsVisibleEscapes(bool colors)
    {
        var set = new ClaimSetLoader().LoadFiles([Repository.TestData("terminal-escapes.json")]).GetClaimSetOrThrow();
        using var text = new StringWriter();
        new TextReportWriter { Colors = colors }.Write(ContradictionChecker.CreateDefault().Check(set), text);
        var output = OwnColours().Replace(text.ToString(), string.Empty);
        Assert.DoesNotContain(output, c => (char.IsControl(c) && c != '\n') || c is '\u202e' or '\u2066' or '\u200f');
        Assert.Contains(@"\u001b]0;pwned\u0007", output, StringComparison.Ordinal);
        Assert.Contains(@"red\u2066", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Kim Jong Un vows DPRK-Russia military alliance will last forever", "\"Kim Jong Un vows DPRK-Russia military alliance…\"")]
    [InlineData("A short title", "A short title")]
    [InlineData("Averyveryveryveryveryveryveryveryverylongwordwithoutspacesatall and more", "\"Averyveryveryveryveryveryveryveryverylongword…\"")]
    public void SourceNames_AreCutAtAWord(string title, string expected)
    {
        var source = new Contradictions.Claims.Source("s", title, Contradictions.Time.PartialDate.Parse("2025").Value);
        Assert.Equal(expected, Contradictions.Checking.ClaimPhrases.SourceName(source));
    }

    [GeneratedRegex(@"\u001b\[[0-9;]*m")]
    private static partial Regex OwnColours();
}
