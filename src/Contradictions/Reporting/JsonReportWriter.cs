using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Contradictions.Claims;
using Contradictions.Diagnostics;
using Contradictions.Quantities;
using Contradictions.Time;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;

namespace Contradictions.Reporting;

/// <summary>
/// Writes a report as JSON, format <c>contradictions/report@1</c> (see <c>docs/report-format.md</c>): a summary of
/// counts per severity and every diagnostic with its code, kind, severity, claims (with source, origin, quote and
/// span), message and evidence. Dates are ISO 8601; open interval ends are <c>null</c>.
/// </summary>
public sealed class JsonReportWriter : IReportWriter
{
    /// <summary>The format identifier written into every report.</summary>
    public const string Format = "contradictions/report@1";

    private static readonly JsonSerializerOptions SerializerOptions = new JsonSerializerOptions
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
    }.ConfigureForNodaTime(DateTimeZoneProviders.Tzdb);

    /// <inheritdoc />
    public void Write(ContradictionReport report, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        output.Write(JsonSerializer.Serialize(ToDocument(report), SerializerOptions));
        output.WriteLine();
    }

    private static ReportDocument ToDocument(ContradictionReport report) => new(
        Format,
        new SummaryDocument(report.ClaimSet.Claims.Length, report.ClaimSet.Sources.Length, report.Diagnostics.Length, report.Errors, report.Warnings, report.Infos, report.SeparateProblems),
        [.. report.Diagnostics.Select(d => d.Descriptor).Distinct().OrderBy(d => d.Code, StringComparer.Ordinal).Select(ToDocument)],
        [.. report.Diagnostics.Select(ToDocument)],
        report.LoadProblems.IsEmpty ? null : [.. report.LoadProblems.Select(e => new LoadProblemEntry(e.File, e.Path, e.Code, e.Message, e.ClaimId))]);

    private static RuleDocument ToDocument(DiagnosticDescriptor d) =>
        new(d.Code, d.Kind, d.Title, d.Category, d.DefaultSeverity, d.MessageFormat, d.Description, d.Help, d.HelpLink?.OriginalString);

    private static DiagnosticDocument ToDocument(Diagnostic d) => new(
        d.Code,
        d.Kind,
        d.Severity,
        d.Subject,
        d.Property,
        [.. d.ClaimIds],
        [.. d.Claims.Select((c, i) => ToDocument(c, d.Roles[i]))],
        d.Message,
        [.. d.MessageArguments.Select(a => Convert.ToString(a, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty)],
        [.. d.Evidence.Select(ToDocument)],
        d.Clusters.IsEmpty ? null : [.. d.Clusters.Select(c => new ClusterDocument([.. c.ClaimIds], c.Summary))],
        d.RelatedClaimIds.IsEmpty ? null : [.. d.RelatedClaimIds],
        d.Reconciliation,
        d.RelatedDiagnostics.IsEmpty ? null : [.. d.RelatedDiagnostics.Select(r => new RelatedDiagnosticDocument(r.Index, r.Code, r.SharedClaimId))]);

    private static ClaimEntry ToDocument(Claim c, ClaimRole role) => new(
        c.Id,
        role,
        c.Source.Id,
        c.Source.Publisher,
        c.Source.PublicationText,
        c.Origin,
        c.ValueText ?? c.Value.ToString() ?? string.Empty,
        c.Quote,
        c.Span is { } s ? new SpanDocument(s.Start, s.End) : null,
        c.Negated ? true : null);

    private static EvidenceDocument ToDocument(Evidence e) => new(
        e.ClaimId,
        e.Aspect,
        e.Period is { } p ? Period(p) : null,
        e.WidestPeriod is { } w ? Period(w) : null,
        e.Amount is { } a ? Amount(a) : null,
        e.WidestAmount is { } wa ? Amount(wa) : null,
        e.Unit,
        e.Entity);

    private static PeriodDocument Period(TimeInterval interval) => new(interval.Start, interval.End);

    private static AmountDocument Amount(NumericInterval interval) => new(
        Canonical(interval.Lower),
        Canonical(interval.Upper),
        interval.LowerOpen ? true : null,
        interval.UpperOpen ? true : null);

    /// <summary>
    /// A number in one form whatever its scale: <c>3060</c>, not <c>3060.0</c> beside <c>1800</c> (a decimal keeps the
    /// trailing zeros of the arithmetic that made it, and the serializer writes them).
    /// </summary>
    private static decimal? Canonical(decimal? value) => value is { } v ? v / 1.0000000000000000000000000000m : null;

    private sealed record ReportDocument(string Format, SummaryDocument Summary, List<RuleDocument> Rules, List<DiagnosticDocument> Diagnostics, List<LoadProblemEntry>? LoadProblems);

    private sealed record LoadProblemEntry(string File, string Path, string Code, string Message, string? Claim);

    private sealed record SummaryDocument(int Claims, int Sources, int Diagnostics, int Errors, int Warnings, int Infos, int SeparateProblems);

    private sealed record RuleDocument(string Code, string Kind, string Title, string Category, DiagnosticSeverity DefaultSeverity, string MessageFormat, string Description, string Help, string? HelpLink);

    private sealed record RelatedDiagnosticDocument(int Index, string Code, string Claim);

    private sealed record DiagnosticDocument(
        string Code,
        string Kind,
        DiagnosticSeverity Severity,
        string Subject,
        string Property,
        List<string> Claims,
        List<ClaimEntry> ClaimDetails,
        string Message,
        List<string> Arguments,
        List<EvidenceDocument> Evidence,
        List<ClusterDocument>? Clusters,
        List<string>? Related,
        string? Reconciliation,
        List<RelatedDiagnosticDocument>? RelatedDiagnostics);

    private sealed record ClaimEntry(string Id, ClaimRole Role, string Source, string? Publisher, string Published, string? Origin, string Value, string? Quote, SpanDocument? Span, bool? Negated);

    private sealed record SpanDocument(int Start, int End);

    private sealed record EvidenceDocument(string Claim, EvidenceAspect Aspect, PeriodDocument? Period, PeriodDocument? WidestPeriod, AmountDocument? Amount, AmountDocument? WidestAmount, string? Unit, string? Entity);

    private sealed record PeriodDocument([property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] LocalDate? Start, [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] LocalDate? End);

    private sealed record AmountDocument([property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] decimal? Lower, [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] decimal? Upper, bool? LowerOpen, bool? UpperOpen);

    private sealed record ClusterDocument(List<string> Claims, string Summary);
}
