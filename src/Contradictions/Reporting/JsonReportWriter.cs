using System.Globalization;
using System.Text;
using System.Text.Json;
using Contradictions.Claims;
using Contradictions.Diagnostics;
using static Contradictions.Reporting.JsonValues;

namespace Contradictions.Reporting;

/// <summary>
/// Writes a report as JSON, format <c>contradictions/report@2</c> (see <c>docs/report-format.md</c>): a summary of
/// counts per severity, the rules and the sources the findings use (each once), and every diagnostic with its code,
/// kind, severity, claims (with source id, origin, quote and span), message and evidence. Dates are ISO 8601; open
/// interval ends are <c>null</c>.
/// </summary>
/// <remarks>
/// The report is written as a stream: one <see cref="Utf8JsonWriter"/>, passed on to the output every 32 KB,
/// so memory does not grow with the number of findings beyond the findings themselves; no reflection, so the tool can
/// be compiled ahead of time.
/// </remarks>
public sealed class JsonReportWriter : IReportWriter
{
    /// <summary>The format identifier written into every report.</summary>
    public const string Format = "contradictions/report@2";

    /// <inheritdoc />
    public void Write(ContradictionReport report, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        using var stream = new StreamedJson(output);
        var json = stream.Writer;
        json.WriteStartObject();
        json.WriteString("format", Format);
        json.WriteStartObject("summary");
        json.WriteNumber("claims", report.ClaimSet.Claims.Length);
        json.WriteNumber("sources", report.ClaimSet.Sources.Length);
        json.WriteNumber("diagnostics", report.Diagnostics.Length);
        json.WriteNumber("errors", report.Errors);
        json.WriteNumber("warnings", report.Warnings);
        json.WriteNumber("infos", report.Infos);
        json.WriteNumber("separateProblems", report.SeparateProblems);
        json.WriteEndObject();

        json.WriteStartArray("rules");
        foreach (var rule in report.Diagnostics.Select(d => d.Descriptor).Distinct().OrderBy(d => d.Code, StringComparer.Ordinal))
        {
            WriteRule(json, rule);
        }

        json.WriteEndArray();
        json.WriteStartArray("sources");
        foreach (var source in ReferencedSources(report))
        {
            WriteSource(json, source);
        }

        json.WriteEndArray();
        json.WriteStartArray("diagnostics");
        foreach (var diagnostic in report.Diagnostics)
        {
            WriteDiagnostic(json, diagnostic);
            stream.PassOnIfFull();
        }

        json.WriteEndArray();
        if (!report.LoadProblems.IsEmpty)
        {
            json.WriteStartArray("loadProblems");
            foreach (var problem in report.LoadProblems)
            {
                json.WriteStartObject();
                json.WriteString("file", problem.File);
                json.WriteString("path", problem.Path);
                json.WriteString("code", problem.Code);
                json.WriteString("message", problem.Message);
                Optional(json, "claim", problem.ClaimId);
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        if (report.Consensus is { } consensus)
        {
            json.WriteStartObject("consensus");
            Consensus.ConsensusJsonWriter.WriteContent(stream, consensus, disagreementsOnly: true);
            json.WriteEndObject();
        }

        json.WriteEndObject();
        stream.PassOn();
        output.WriteLine();
    }

    private static void WriteRule(Utf8JsonWriter json, DiagnosticDescriptor d)
    {
        json.WriteStartObject();
        json.WriteString("code", d.Code);
        json.WriteString("kind", d.Kind);
        json.WriteString("title", d.Title);
        json.WriteString("category", d.Category);
        json.WriteString("defaultSeverity", Name(d.DefaultSeverity));
        json.WriteString("messageFormat", d.MessageFormat);
        json.WriteString("description", d.Description);
        json.WriteString("help", d.Help);
        Optional(json, "helpLink", d.HelpLink?.OriginalString);
        json.WriteEndObject();
    }

    /// <summary>The sources of the claims the findings name, each once, in the order of their ids.</summary>
    private static List<Source> ReferencedSources(ContradictionReport report)
    {
        var seen = new HashSet<Source>(ReferenceEqualityComparer.Instance);
        foreach (var diagnostic in report.Diagnostics)
        {
            foreach (var claim in diagnostic.Claims)
            {
                seen.Add(claim.Source);
            }
        }

        var sources = seen.ToList();
        sources.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));
        return sources;
    }

    private static void WriteSource(Utf8JsonWriter json, Source source)
    {
        json.WriteStartObject();
        json.WriteString("id", source.Id);
        json.WriteString("title", source.Title);
        Optional(json, "publisher", source.Publisher);
        json.WriteString("published", source.PublicationText);
        Optional(json, "url", source.Url?.OriginalString);
        json.WriteEndObject();
    }

    private static void WriteDiagnostic(Utf8JsonWriter json, Diagnostic d)
    {
        json.WriteStartObject();
        json.WriteString("code", d.Code);
        json.WriteString("kind", d.Kind);
        json.WriteString("severity", Name(d.Severity));
        json.WriteString("subject", d.Subject);
        json.WriteString("property", d.Property);
        Strings(json, "claims", d.ClaimIds);
        json.WriteStartArray("claimDetails");
        for (var i = 0; i < d.Claims.Length; i++)
        {
            WriteClaim(json, d.Claims[i], d.Roles[i]);
        }

        json.WriteEndArray();
        json.WriteString("message", d.Message);
        Strings(json, "arguments", d.MessageArguments.Select(a => Convert.ToString(a, CultureInfo.InvariantCulture) ?? string.Empty));
        json.WriteStartArray("evidence");
        foreach (var evidence in d.Evidence)
        {
            WriteEvidence(json, evidence);
        }

        json.WriteEndArray();
        if (!d.Clusters.IsEmpty)
        {
            json.WriteStartArray("clusters");
            foreach (var cluster in d.Clusters)
            {
                json.WriteStartObject();
                Strings(json, "claims", cluster.ClaimIds);
                json.WriteString("summary", cluster.Summary);
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        if (!d.RelatedClaimIds.IsEmpty)
        {
            Strings(json, "related", d.RelatedClaimIds);
        }

        Optional(json, "reconciliation", d.Reconciliation);
        if (!d.RelatedDiagnostics.IsEmpty)
        {
            json.WriteStartArray("relatedDiagnostics");
            foreach (var related in d.RelatedDiagnostics)
            {
                json.WriteStartObject();
                json.WriteNumber("index", related.Index);
                json.WriteString("code", related.Code);
                json.WriteString("claim", related.SharedClaimId);
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        json.WriteEndObject();
    }

    private static void WriteClaim(Utf8JsonWriter json, Claim c, ClaimRole role)
    {
        json.WriteStartObject();
        json.WriteString("id", c.Id);
        json.WriteString("role", Name(role));
        json.WriteString("source", c.Source.Id);
        Optional(json, "origin", c.Origin);
        json.WriteString("value", c.ValueText ?? c.Value.ToString() ?? string.Empty);
        Optional(json, "quote", c.Quote);
        if (c.Span is { } span)
        {
            json.WriteStartObject("span");
            json.WriteNumber("start", span.Start);
            json.WriteNumber("end", span.End);
            json.WriteEndObject();
        }

        if (c.Negated)
        {
            json.WriteBoolean("negated", true);
        }

        if (c.Draft is { } draft)
        {
            json.WriteStartObject("draft");
            json.WriteString("drafter", draft.Drafter);
            json.WriteNumber("confidence", draft.Confidence);
            json.WriteEndObject();
        }

        json.WriteEndObject();
    }

    private static void WriteEvidence(Utf8JsonWriter json, Evidence e)
    {
        json.WriteStartObject();
        json.WriteString("claim", e.ClaimId);
        json.WriteString("aspect", Name(e.Aspect));
        // The widest reading is written only where it differs from the default one: most claims have one reading.
        Period(json, "period", e.Period);
        Period(json, "widestPeriod", e.WidestPeriod == e.Period ? null : e.WidestPeriod);
        Amount(json, "amount", e.Amount);
        Amount(json, "widestAmount", e.WidestAmount == e.Amount ? null : e.WidestAmount);
        Optional(json, "unit", e.Unit);
        Optional(json, "entity", e.Entity);
        json.WriteEndObject();
    }

    // Enum names as the format writes them: kebab-case, lower case ("AtLeast" would be "at-least"; one word stays one).
    private static string Name<T>(T value)
        where T : struct, Enum
    {
        var name = value.ToString();
        var kebab = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (i > 0 && char.IsUpper(name[i]))
            {
                kebab.Append('-');
            }

            kebab.Append(char.ToLowerInvariant(name[i]));
        }

        return kebab.ToString();
    }
}
