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

    [Fact]
    public void ManyReconciliations_TheFirstInFull_TheRestSummedUpByKindAndSubject()
    {
        var set = Contradictions.Generation.ClaimSetGenerator.Generate(new Contradictions.Generation.GeneratorSettings { Claims = 5_000, Seed = 3 }).ClaimSet;
        var report = ContradictionChecker.CreateDefault().Check(set);
        var infos = report.Diagnostics.Where(d => d.Severity == Contradictions.Diagnostics.DiagnosticSeverity.Info).ToList();
        Assert.True(infos.Count > 25, $"{infos.Count} infos");

        string Write(int inFull)
        {
            using var text = new StringWriter();
            new TextReportWriter { MaxInfosInFull = inFull }.Write(report, text);
            return text.ToString();
        }

        var summed = Write(20);
        Assert.Equal(20, Blocks(summed, "ℹ info"));
        Assert.Contains($"… and {infos.Count - 20:N0} more, summed up", summed, StringComparison.Ordinal);
        var growth = infos.Skip(20).Count(d => d.Code == "CX0010");
        Assert.Contains($"  CX0010 reconciled-by-time: {growth:N0} on ", summed, StringComparison.Ordinal);
        Assert.Equal(infos.Count, Blocks(Write(int.MaxValue), "ℹ info"));

        static int Blocks(string text, string mark) => text.Split('\n').Count(l => l.StartsWith(mark, StringComparison.Ordinal));
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
