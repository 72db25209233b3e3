using System.Text;
using Contradictions.Checking;
using Contradictions.Diagnostics;
using Contradictions.Reporting;
using Contradictions.Serialization;

namespace Contradictions.Tests.Reporting;

/// <summary>
/// The JSON and SARIF reports are written as a stream: a report of 10⁵ findings reaches its output in chunks of a
/// bounded size, as it is written, never as one string.
/// </summary>
public sealed class ReportStreamingTests
{
    private const int Findings = 100_000;

    /// <summary>10⁵ findings over the seed claims (the same pairs again and again: the writer does not care).</summary>
    private static ContradictionReport LargeReport()
    {
        var set = new ClaimSetLoader().LoadFiles([Repository.Path("fixtures", "dprk-russia"), Repository.Path("fixtures", "reference")]).GetClaimSetOrThrow();
        var claims = set.Claims;
        var diagnostics = new List<Diagnostic>(Findings);
        for (var i = 0; i < Findings; i++)
        {
            var (a, b) = (claims[i % claims.Length], claims[(i + 1) % claims.Length]);
            diagnostics.Add(new Diagnostic(
                DiagnosticDescriptors.QuantityMismatch,
                DiagnosticSeverity.Info,
                a.Subject,
                a.Property,
                [a, b],
                [ClaimRole.Conflicting, ClaimRole.Conflicting],
                [$"finding {i}", "a", "b", "c", "d", "e", "f", "g", "h", "i", "j"]));
        }

        return new ContradictionReport(set, diagnostics);
    }

    public static TheoryData<string> Formats() => ["json", "sarif"];

    [Theory]
    [MemberData(nameof(Formats))]
    public void Report_OfATenThousandTimesTenFindings_ReachesItsOutputInBoundedChunks(string format)
    {
        IReportWriter writer = format == "json" ? new JsonReportWriter() : new SarifReportWriter();
        var output = new ChunkRecorder();
        writer.Write(LargeReport(), output);

        Assert.True(output.Characters > 20_000_000, $"the report is {output.Characters:N0} characters; expected a large one");
        Assert.True(output.LargestChunk <= 2 * StreamedJson.ChunkSize, $"one write carried {output.LargestChunk:N0} characters");
        Assert.True(output.Writes > output.Characters / (2 * StreamedJson.ChunkSize), $"{output.Writes} writes");
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void Report_WrittenToAUtf8File_IsTheSameBytesAsWrittenAsText(string format)
    {
        IReportWriter writer = format == "json" ? new JsonReportWriter() : new SarifReportWriter();
        var set = new ClaimSetLoader().LoadFiles([Repository.TestData("every-kind.json")]).GetClaimSetOrThrow();
        var report = ContradictionChecker.CreateDefault().Check(set);
        using var text = new StringWriter();
        writer.Write(report, text);
        using var bytes = new MemoryStream();
        using (var file = new StreamWriter(bytes, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), leaveOpen: true))
        {
            file.Write("before ");
            writer.Write(report, file);
            file.Write(" after");
        }

        Assert.Equal("before " + text + " after", Encoding.UTF8.GetString(bytes.ToArray()));
    }

    /// <summary>A text writer that keeps nothing: it counts what it is given, and the largest single write.</summary>
    private sealed class ChunkRecorder : TextWriter
    {
        public override Encoding Encoding => Encoding.UTF8;

        public long Characters { get; private set; }

        public int LargestChunk { get; private set; }

        public int Writes { get; private set; }

        public override void Write(char value) => Record(1);

        public override void Write(string? value) => Record(value?.Length ?? 0);

        public override void Write(char[] buffer, int index, int count) => Record(count);

        public override void Write(ReadOnlySpan<char> buffer) => Record(buffer.Length);

        private void Record(int length)
        {
            Characters += length;
            LargestChunk = Math.Max(LargestChunk, length);
            Writes++;
        }
    }
}
