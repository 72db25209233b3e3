using System.Globalization;
using System.Text;
using Contradictions.Checking;
using Contradictions.Claims;
using Contradictions.Diagnostics;

namespace Contradictions.Reporting;

/// <summary>
/// Writes a report for people: the contradictions first (errors, then warnings), each with its claims side by side —
/// source, date, origin, value, time and quote — then the reconciliations, then a one-line summary. ANSI colours only
/// when <see cref="Colors"/> is set (the command line sets it on a terminal).
/// </summary>
public sealed class TextReportWriter : IReportWriter
{
    private const int Width = 100;

    /// <summary>Gets a value indicating whether to colour the output with ANSI escape codes.</summary>
    public bool Colors { get; init; }

    /// <summary>
    /// Gets how many reconciliations (infos) are written in full; beyond it they are summed up by kind and subject, as
    /// 100,000 growing totals printed one by one help no one. Default 20; <see cref="int.MaxValue"/> writes all. JSON and
    /// SARIF reports always hold everything.
    /// </summary>
    public int MaxInfosInFull { get; init; } = 20;

    /// <inheritdoc />
    public void Write(ContradictionReport report, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        var set = report.ClaimSet;
        output.WriteLine(Paint($"Contradictions: {Count(set.Claims.Length, "claim")} from {Count(set.Sources.Length, "source")} checked", Style.Bold));
        output.WriteLine();

        var contradictions = report.Diagnostics.Where(d => d.Severity > DiagnosticSeverity.Info).ToList();
        var reconciliations = report.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Info).ToList();
        Section(output, report, "CONTRADICTIONS", contradictions, "No contradictions found.");
        Section(output, report, "CONSISTENT ONCE TIME IS CONSIDERED", reconciliations, "No figures needed reconciling.", MaxInfosInFull);
        if (report.Consensus is { } consensus)
        {
            output.WriteLine(Paint("BEST-SUPPORTED VALUES", Style.Bold));
            output.WriteLine(Paint(new string('─', 21), Style.Dim));
            Consensus.ConsensusText.Write(output, consensus, MaxInfosInFull);
            output.WriteLine();
        }

        var summary = string.Create(CultureInfo.InvariantCulture, $"{Count(report.Errors, "error")}, {Count(report.Warnings, "warning")}, {report.Infos} reconciled by time.");
        output.WriteLine(Paint(summary, report.HasErrors ? Style.Error : report.Warnings > 0 ? Style.Warning : Style.Ok));
        if (report.SeparateProblems < contradictions.Count)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"The {contradictions.Count} contradictions come down to {Count(report.SeparateProblems, "separate problem")}: findings that share a claim are counted once."));
        }
    }

    private void Section(TextWriter output, ContradictionReport report, string title, List<Diagnostic> diagnostics, string none, int inFull = int.MaxValue)
    {
        output.WriteLine(Paint($"{title} ({diagnostics.Count})", Style.Bold));
        output.WriteLine(Paint(new string('─', title.Length + 3 + diagnostics.Count.ToString(CultureInfo.InvariantCulture).Length), Style.Dim));
        if (diagnostics.Count == 0)
        {
            output.WriteLine(Paint(none, Style.Dim));
            output.WriteLine();
            return;
        }

        foreach (var diagnostic in diagnostics.Take(inFull))
        {
            WriteDiagnostic(output, report, diagnostic);
            output.WriteLine();
        }

        if (diagnostics.Count > inFull)
        {
            SummarizeRest(output, diagnostics.Skip(inFull).ToList());
        }
    }

    /// <summary>The findings not written in full: how many of each kind, and the subjects with most of them.</summary>
    private void SummarizeRest(TextWriter output, List<Diagnostic> rest)
    {
        output.WriteLine(Paint(string.Create(CultureInfo.InvariantCulture, $"… and {rest.Count:N0} more, summed up (--all-infos writes each; the JSON and SARIF reports hold all):"), Style.Bold));
        foreach (var kind in rest.GroupBy(d => (d.Code, d.Kind)).OrderBy(g => g.Key.Code, StringComparer.Ordinal))
        {
            var subjects = kind.GroupBy(d => d.Subject, StringComparer.Ordinal).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).ToList();
            var top = string.Join(", ", subjects.Take(5).Select(g => string.Create(CultureInfo.InvariantCulture, $"{TerminalText.Safe(g.Key)} ({g.Count():N0})")));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {kind.Key.Code} {kind.Key.Kind}: {kind.Count():N0} on {Count(subjects.Count, "subject")}; most: {top}{(subjects.Count > 5 ? ", …" : string.Empty)}"));
        }

        output.WriteLine();
    }

    private void WriteDiagnostic(TextWriter output, ContradictionReport report, Diagnostic d)
    {
        var (mark, style) = d.Severity switch
        {
            DiagnosticSeverity.Error => ("✖ error  ", Style.Error),
            DiagnosticSeverity.Warning => ("▲ warning", Style.Warning),
            _ => ("ℹ info   ", Style.Info),
        };
        output.WriteLine($"{Paint(mark, style)} {Paint(TerminalText.Safe($"{d.Code} {d.Kind}"), Style.Bold)}  {Paint(TerminalText.Safe($"{d.Subject} · {d.Property}"), Style.Dim)}");
        foreach (var line in Wrap(TerminalText.Safe(d.Message), Width - 2))
        {
            output.WriteLine($"  {line}");
        }

        foreach (var claim in d.Claims)
        {
            WriteClaim(output, claim);
        }

        if (!d.RelatedClaimIds.IsEmpty)
        {
            foreach (var line in Wrap(TerminalText.Safe($"also: {string.Join(", ", d.RelatedClaimIds)}"), Width - 4))
            {
                output.WriteLine(Paint($"    {line}", Style.Dim));
            }
        }

        foreach (var related in d.RelatedDiagnostics)
        {
            var other = report.Diagnostics[related.Index];
            output.WriteLine(Paint(TerminalText.Safe($"  same claim `{related.SharedClaimId}` as {other.Code} {other.Kind} ({other.Subject} · {other.Property})"), Style.Dim));
        }

        if (d.Reconciliation is { } reconciliation)
        {
            output.WriteLine($"  {Paint("why it is consistent:", Style.Info)} {TerminalText.Safe(reconciliation)}");
        }
    }

    private void WriteClaim(TextWriter output, Claim claim)
    {
        var who = TerminalText.Safe($"{ClaimPhrases.SourceName(claim.Source)}, {claim.Source.PublicationText}{(claim.Origin is { } o ? $" — citing {o}" : string.Empty)}");
        var draft = claim.Draft is { } d ? Paint(TerminalText.Safe(string.Create(CultureInfo.InvariantCulture, $" (draft: {d.Drafter}, {d.Confidence:0.##})")), Style.Dim) : string.Empty;
        output.WriteLine($"    {Paint("•", Style.Dim)} {Paint(TerminalText.Safe(claim.Id), Style.Bold)}{draft}  {who}");
        var negation = claim.Negated ? "NOT " : string.Empty;

        // An event's date is its value; when the claim was made adds nothing to it.
        var (value, when) = claim.Value is DateValue
            ? (ClaimPhrases.Value(claim), string.Empty)
            : (claim.ValueText ?? claim.Value.ToString(), ClaimPhrases.When(claim));
        output.WriteLine($"      {Paint("says", Style.Dim)} {TerminalText.Safe($"{claim.Subject} {claim.Property} = {negation}{value}")}  {Paint(TerminalText.Safe(when), Style.Dim)}".TrimEnd());
        if (claim.Quote is { } quote)
        {
            var span = claim.Span is { } s ? string.Create(CultureInfo.InvariantCulture, $" [{s.Start}–{s.End}]") : string.Empty;
            output.WriteLine($"      {Paint("quote", Style.Dim)} “{TerminalText.Safe(quote)}”{Paint(span, Style.Dim)}");
        }
    }

    private static IEnumerable<string> Wrap(string text, int width)
    {
        var line = new StringBuilder();
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > width)
            {
                yield return line.ToString();
                line.Clear();
            }

            if (line.Length > 0)
            {
                line.Append(' ');
            }

            line.Append(word);
        }

        if (line.Length > 0)
        {
            yield return line.ToString();
        }
    }

    private static string Count(int count, string noun) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {noun}{(count == 1 ? string.Empty : "s")}");

    private string Paint(string text, Style style)
    {
        if (!Colors || text.Length == 0)
        {
            return text;
        }

        var code = style switch
        {
            Style.Bold => "1",
            Style.Dim => "2",
            Style.Error => "1;31",
            Style.Warning => "1;33",
            Style.Info => "36",
            _ => "32",
        };
        return $"\u001b[{code}m{text}\u001b[0m";
    }

    private enum Style
    {
        Bold,
        Dim,
        Error,
        Warning,
        Info,
        Ok,
    }
}
