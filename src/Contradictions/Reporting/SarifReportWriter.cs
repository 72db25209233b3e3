using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Contradictions.Claims;
using Contradictions.Diagnostics;

namespace Contradictions.Reporting;

/// <summary>
/// Writes a report as SARIF 2.1.0, so that existing tooling can show it: one result per diagnostic (<c>ruleId</c> is
/// the code, <c>level</c> error, warning or note, the message with its format's id and arguments); one location per
/// claim in the claim file it was read from (line and column, so a viewer jumps to the claim), with the article it
/// quotes (its URL when known, and the quote's character span) as a related location; the diagnostic kinds as the
/// tool's rules, each with its message format.
/// </summary>
public sealed class SarifReportWriter : IReportWriter
{
    private const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";

    /// <summary>Gets or sets the tool version written into the log. Default: the library's informational version.</summary>
    public string ToolVersion { get; init; } = typeof(SarifReportWriter).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";

    /// <inheritdoc />
    public void Write(ContradictionReport report, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        using var stream = new StreamedJson(output);
        WriteLog(report, stream);
        stream.PassOn();
        output.WriteLine();
    }

    private void WriteLog(ContradictionReport report, StreamedJson stream)
    {
        var json = stream.Writer;
        var descriptors = DiagnosticDescriptors.All
            .Concat(report.Diagnostics.Select(d => d.Descriptor))
            .DistinctBy(d => d.Code)
            .ToList();
        var ruleIndex = descriptors.Select((d, i) => (d.Code, i)).ToDictionary(p => p.Code, p => p.i, StringComparer.Ordinal);
        // The artifacts are the sources the results cite (in the claim set's order), not every source of the set.
        var cited = report.Diagnostics.SelectMany(d => d.Claims).Select(c => c.Source).ToHashSet(ReferenceEqualityComparer.Instance);
        var sources = report.ClaimSet.Sources.Where(cited.Contains).ToList();
        var artifactIndex = sources.Select((s, i) => (s.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);

        // The claim files follow the sources in the artifacts, in order of first use.
        var files = new List<string>();
        var fileIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var claim in report.Diagnostics.SelectMany(d => d.Claims))
        {
            if (claim.Location is { File: var file } && !fileIndex.ContainsKey(file))
            {
                fileIndex.Add(file, sources.Count + files.Count);
                files.Add(file);
            }
        }

        json.WriteStartObject();
        json.WriteString("$schema", SchemaUri);
        json.WriteString("version", "2.1.0");
        json.WriteStartArray("runs");
        json.WriteStartObject();

        json.WriteStartObject("tool");
        json.WriteStartObject("driver");
        json.WriteString("name", "Contradictions");
        json.WriteString("semanticVersion", ToolVersion);
        json.WriteStartArray("rules");
        foreach (var descriptor in descriptors)
        {
            json.WriteStartObject();
            json.WriteString("id", descriptor.Code);
            json.WriteString("name", descriptor.Kind);
            Text(json, "shortDescription", descriptor.Title);
            Text(json, "fullDescription", descriptor.Description);
            Text(json, "help", descriptor.Help);
            if (descriptor.HelpLink is { IsAbsoluteUri: true } link)
            {
                json.WriteString("helpUri", link.AbsoluteUri);
            }

            json.WriteStartObject("messageStrings");
            Text(json, "default", descriptor.MessageFormat);
            json.WriteEndObject();
            json.WriteStartObject("defaultConfiguration");
            json.WriteString("level", Level(descriptor.DefaultSeverity));
            json.WriteEndObject();
            json.WriteStartObject("properties");
            json.WriteString("category", descriptor.Category);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();

        json.WriteStartArray("artifacts");
        foreach (var source in sources)
        {
            json.WriteStartObject();
            json.WriteStartObject("location");
            json.WriteString("uri", ArtifactUri(source));
            json.WriteEndObject();
            Text(json, "description", $"{source.Title} ({source.Publisher ?? "no publisher"}, {source.PublicationText})");
            json.WriteEndObject();
        }

        foreach (var file in files)
        {
            json.WriteStartObject();
            json.WriteStartObject("location");
            json.WriteString("uri", FileUri(file));
            json.WriteEndObject();
            Text(json, "description", "claim file");
            json.WriteEndObject();
        }

        json.WriteEndArray();

        // Claims left out by the load (--skip-invalid) are what the report did not check: said as notifications.
        if (!report.LoadProblems.IsEmpty)
        {
            json.WriteStartArray("invocations");
            json.WriteStartObject();
            json.WriteBoolean("executionSuccessful", true);
            json.WriteStartArray("toolExecutionNotifications");
            foreach (var problem in report.LoadProblems)
            {
                json.WriteStartObject();
                json.WriteString("level", "warning");
                Text(json, "message", problem.ToString());
                json.WriteStartObject("descriptor");
                json.WriteString("id", problem.Code);
                json.WriteEndObject();
                json.WriteStartArray("locations");
                json.WriteStartObject();
                json.WriteStartObject("physicalLocation");
                json.WriteStartObject("artifactLocation");
                json.WriteString("uri", FileUri(problem.File));
                json.WriteEndObject();
                json.WriteEndObject();
                json.WriteStartArray("logicalLocations");
                json.WriteStartObject();
                json.WriteString("fullyQualifiedName", problem.Path);
                json.WriteEndObject();
                json.WriteEndArray();
                json.WriteEndObject();
                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndArray();
        }

        json.WriteStartArray("results");
        foreach (var diagnostic in report.Diagnostics)
        {
            json.WriteStartObject();
            json.WriteString("ruleId", diagnostic.Code);
            json.WriteNumber("ruleIndex", ruleIndex[diagnostic.Code]);
            json.WriteString("kind", diagnostic.Severity == DiagnosticSeverity.Info ? "informational" : "fail");
            json.WriteString("level", Level(diagnostic.Severity));
            json.WriteStartObject("message");
            json.WriteString("text", diagnostic.Message);
            json.WriteString("id", "default");
            json.WriteStartArray("arguments");
            foreach (var argument in diagnostic.MessageArguments)
            {
                json.WriteStringValue(Convert.ToString(argument, System.Globalization.CultureInfo.InvariantCulture));
            }

            json.WriteEndArray();
            json.WriteEndObject();

            // Each claim where it was read, when it was read from a file; the article it quotes beside it.
            json.WriteStartArray("locations");
            var id = 0;
            foreach (var claim in diagnostic.Claims)
            {
                if (claim.Location is { } location)
                {
                    ClaimFileLocation(json, claim, location, fileIndex[location.File], id++);
                }
                else
                {
                    Location(json, claim, artifactIndex[claim.Source.Id], id++);
                }
            }

            json.WriteEndArray();
            if (diagnostic.Claims.Any(c => c.Location is not null))
            {
                json.WriteStartArray("relatedLocations");
                foreach (var claim in diagnostic.Claims.Where(c => c.Location is not null))
                {
                    Location(json, claim, artifactIndex[claim.Source.Id], id++);
                }

                json.WriteEndArray();
            }
            json.WriteStartObject("partialFingerprints");
            json.WriteString("contradictions/v1", Fingerprint(diagnostic));
            json.WriteEndObject();
            json.WriteStartObject("properties");
            json.WriteString("kind", diagnostic.Kind);
            json.WriteString("subject", diagnostic.Subject);
            json.WriteString("property", diagnostic.Property);
            json.WriteStartArray("claims");
            foreach (var claimId in diagnostic.ClaimIds)
            {
                json.WriteStringValue(claimId);
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndObject();
            stream.PassOnIfFull();
        }

        json.WriteEndArray();

        // The consensus, when asked for, in the run's property bag: the same object as in the JSON report.
        if (report.Consensus is { } consensus)
        {
            json.WriteStartObject("properties");
            json.WriteStartObject("consensus");
            Consensus.ConsensusJsonWriter.WriteContent(stream, consensus, disagreementsOnly: true);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void Location(Utf8JsonWriter json, Claim claim, int artifact, int id)
    {
        json.WriteStartObject();
        json.WriteNumber("id", id);
        json.WriteStartObject("physicalLocation");
        json.WriteStartObject("artifactLocation");
        json.WriteString("uri", ArtifactUri(claim.Source));
        json.WriteNumber("index", artifact);
        json.WriteEndObject();
        if (claim.Span is { } span)
        {
            json.WriteStartObject("region");
            json.WriteNumber("charOffset", span.Start);
            json.WriteNumber("charLength", span.Length);
            if (claim.Quote is { } quote)
            {
                json.WriteStartObject("snippet");
                json.WriteString("text", quote);
                json.WriteEndObject();
            }

            json.WriteEndObject();
        }

        json.WriteEndObject();
        LogicalLocation(json, claim);
        Text(json, "message", $"{claim.Id}: {claim.Source.Publisher ?? claim.Source.Title}, {claim.Source.PublicationText}{(claim.Origin is { } o ? $", citing {o}" : string.Empty)}");
        json.WriteEndObject();
    }

    private static void ClaimFileLocation(Utf8JsonWriter json, Claim claim, ClaimLocation location, int artifact, int id)
    {
        json.WriteStartObject();
        json.WriteNumber("id", id);
        json.WriteStartObject("physicalLocation");
        json.WriteStartObject("artifactLocation");
        json.WriteString("uri", FileUri(location.File));
        json.WriteNumber("index", artifact);
        json.WriteEndObject();
        json.WriteStartObject("region");
        json.WriteNumber("startLine", location.Line);
        json.WriteNumber("startColumn", location.Column);
        json.WriteEndObject();
        json.WriteEndObject();
        LogicalLocation(json, claim);
        Text(json, "message", $"{claim.Id}, {location.Path}");
        json.WriteEndObject();
    }

    /// <summary>The claim itself, by id and by subject, property and id.</summary>
    private static void LogicalLocation(Utf8JsonWriter json, Claim claim)
    {
        json.WriteStartArray("logicalLocations");
        json.WriteStartObject();
        json.WriteString("name", claim.Id);
        json.WriteString("fullyQualifiedName", $"{claim.Subject}/{claim.Property}/{claim.Id}");
        json.WriteString("kind", "object");
        json.WriteEndObject();
        json.WriteEndArray();
    }

    /// <summary>A claim file as a URI reference: relative paths stay relative (to where the tool ran), with forward slashes.</summary>
    private static string FileUri(string file) =>
        Path.IsPathRooted(file) ? new Uri(Path.GetFullPath(file)).AbsoluteUri : string.Join('/', file.Replace('\\', '/').Split('/').Select(Uri.EscapeDataString));

    // A source without a URL is named by its id, relative to the claim files: a valid URI reference either way.
    private static string ArtifactUri(Source source) => source.Url?.AbsoluteUri ?? $"sources/{Uri.EscapeDataString(source.Id)}";

    private static string Fingerprint(Diagnostic diagnostic)
    {
        var key = $"{diagnostic.Code}|{diagnostic.Subject}|{diagnostic.Property}|{string.Join(',', diagnostic.ClaimIds)}";
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..32];
    }

    private static string Level(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        _ => "note",
    };

    private static void Text(Utf8JsonWriter json, string name, string text)
    {
        json.WriteStartObject(name);
        json.WriteString("text", text);
        json.WriteEndObject();
    }
}
