using System.Collections.Immutable;
using System.Text.Json;
using Contradictions.Claims;
using Contradictions.Diagnostics;
using Contradictions.Quantities;
using Contradictions.Time;
using NodaTime.Text;

namespace Contradictions.Reporting;

/// <summary>
/// Reads a report written by <see cref="JsonReportWriter"/> back into a <see cref="ContradictionReport"/>, given the
/// claim set it was made from: a report kept as JSON can be filtered, merged or written in another format later, and
/// written again it is byte for byte the same. Descriptors come from the report's <c>rules</c> table (the built-in
/// instances where the code and wording are the built-in ones).
/// </summary>
public static class JsonReportReader
{
    private const string FormatVersion1 = "contradictions/report@1";

    /// <summary>
    /// Reads a <c>contradictions/report@2</c> document, or one of version 1 (which repeated each claim's publisher and
    /// publication date and each evidence's widest reading, which version 2 writes once or only where it differs).
    /// </summary>
    /// <param name="json">The report.</param>
    /// <param name="claimSet">The claim set the report was made from; every claim the report names must be in it.</param>
    /// <exception cref="FormatException">The text is not such a report, or names a claim the set does not hold.</exception>
    public static ContradictionReport Read(string json, ClaimSet claimSet)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(claimSet);
        try
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            if (root.GetProperty("format").GetString() is not (JsonReportWriter.Format or FormatVersion1))
            {
                throw new FormatException($"Not a {JsonReportWriter.Format} document.");
            }

            var descriptors = root.GetProperty("rules").EnumerateArray().Select(ReadDescriptor).ToDictionary(d => d.Code, StringComparer.Ordinal);
            var diagnostics = root.GetProperty("diagnostics").EnumerateArray().Select(d => ReadDiagnostic(d, descriptors, claimSet)).ToList();
            var report = new ContradictionReport(claimSet, diagnostics);
            if (root.TryGetProperty("consensus", out var consensus))
            {
                report = report.WithConsensus(ReadConsensus(consensus));
            }

            return root.TryGetProperty("loadProblems", out var problems)
                ? report.WithLoadProblems(problems.EnumerateArray().Select(p => new Serialization.ClaimSetError(
                    p.GetProperty("file").GetString()!, p.GetProperty("path").GetString()!, p.GetProperty("code").GetString()!, p.GetProperty("message").GetString()!)
                    { ClaimId = p.TryGetProperty("claim", out var claim) ? claim.GetString() : null }))
                : report;
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or ArgumentException)
        {
            throw new FormatException($"Not a valid {JsonReportWriter.Format} document: {e.Message}", e);
        }
    }

    private static Consensus.ConsensusResult ReadConsensus(JsonElement consensus)
    {
        static ImmutableArray<Consensus.TrustRecord> Records(JsonElement list, string key) =>
            [.. list.EnumerateArray().Select(r => new Consensus.TrustRecord(
                r.GetProperty(key).GetString()!, r.GetProperty("prior").GetDouble(), r.GetProperty("trust").GetDouble(), r.GetProperty("contested").GetInt32(), r.GetProperty("supported").GetInt32()))];

        var items = consensus.GetProperty("items").EnumerateArray().Select(i =>
        {
            var value = i.GetProperty("value");
            var amount = value.TryGetProperty("amount", out var exact)
                ? new NumericInterval(exact.GetDecimal(), exact.GetDecimal())
                : new NumericInterval(
                    Number(value.GetProperty("min")),
                    Number(value.GetProperty("max")),
                    value.TryGetProperty("minExcluded", out var minExcluded) && minExcluded.GetBoolean(),
                    value.TryGetProperty("maxExcluded", out var maxExcluded) && maxExcluded.GetBoolean());
            return new Consensus.ConsensusItem(
                i.GetProperty("subject").GetString()!,
                i.GetProperty("property").GetString()!,
                Period(i.GetProperty("time")),
                amount,
                i.GetProperty("unit").GetString()!,
                Strings(i.GetProperty("support")),
                i.TryGetProperty("outliers", out var outliers) ? Strings(outliers) : [],
                i.GetProperty("bodies").GetInt32(),
                i.GetProperty("confidence").GetDouble());
        });
        return new Consensus.ConsensusResult([.. items], Records(consensus.GetProperty("bodies"), "name"), Records(consensus.GetProperty("sources"), "id"), consensus.GetProperty("iterations").GetInt32());
    }

    private static DiagnosticDescriptor ReadDescriptor(JsonElement rule)
    {
        var code = rule.GetProperty("code").GetString()!;
        var format = rule.GetProperty("messageFormat").GetString()!;
        if (DiagnosticDescriptors.TryFind(code, out var builtIn) && builtIn.Code == code && builtIn.MessageFormat == format)
        {
            return builtIn;
        }

        return new DiagnosticDescriptor(
            code,
            rule.GetProperty("kind").GetString()!,
            rule.GetProperty("title").GetString()!,
            format,
            rule.GetProperty("category").GetString()!,
            Severity(rule.GetProperty("defaultSeverity")),
            rule.GetProperty("description").GetString()!,
            rule.GetProperty("help").GetString()!,
            rule.TryGetProperty("helpLink", out var link) ? new Uri(link.GetString()!, UriKind.RelativeOrAbsolute) : null);
    }

    private static Diagnostic ReadDiagnostic(JsonElement d, Dictionary<string, DiagnosticDescriptor> descriptors, ClaimSet claimSet)
    {
        var details = d.GetProperty("claimDetails").EnumerateArray().ToList();
        var claims = details.Select(c => Claim(claimSet, c.GetProperty("id").GetString()!)).ToImmutableArray();
        var roles = details.Select(c => Enum.Parse<ClaimRole>(c.GetProperty("role").GetString()!, ignoreCase: true)).ToImmutableArray();
        return new Diagnostic(
            descriptors[d.GetProperty("code").GetString()!],
            Severity(d.GetProperty("severity")),
            d.GetProperty("subject").GetString()!,
            d.GetProperty("property").GetString()!,
            claims,
            roles,
            [.. d.GetProperty("arguments").EnumerateArray().Select(a => (object)a.GetString()!)])
        {
            Evidence = [.. d.GetProperty("evidence").EnumerateArray().Select(ReadEvidence)],
            Clusters = d.TryGetProperty("clusters", out var clusters)
                ? [.. clusters.EnumerateArray().Select(c => new ClaimCluster(Strings(c.GetProperty("claims")), c.GetProperty("summary").GetString()!))]
                : [],
            RelatedClaimIds = d.TryGetProperty("related", out var related) ? Strings(related) : [],
            Reconciliation = d.TryGetProperty("reconciliation", out var reconciliation) ? reconciliation.GetString() : null,
        };
    }

    private static Evidence ReadEvidence(JsonElement e)
    {
        var claimId = e.GetProperty("claim").GetString()!;
        var aspect = Enum.Parse<EvidenceAspect>(e.GetProperty("aspect").GetString()!, ignoreCase: true);
        if (e.TryGetProperty("period", out var period))
        {
            return Evidence.ForPeriod(claimId, aspect, Period(period), e.TryGetProperty("widestPeriod", out var widest) ? Period(widest) : Period(period));
        }

        if (e.TryGetProperty("amount", out var amount))
        {
            return Evidence.ForAmount(claimId, Amount(amount), e.TryGetProperty("widestAmount", out var widest) ? Amount(widest) : Amount(amount), e.GetProperty("unit").GetString()!);
        }

        return Evidence.ForEntity(claimId, e.GetProperty("entity").GetString()!);
    }

    private static TimeInterval Period(JsonElement period) => new(Date(period.GetProperty("start")), Date(period.GetProperty("end")));

    private static NodaTime.LocalDate? Date(JsonElement date) =>
        date.ValueKind == JsonValueKind.Null ? null : LocalDatePattern.Iso.Parse(date.GetString()!).GetValueOrThrow();

    private static NumericInterval Amount(JsonElement amount) => new(
        Number(amount.GetProperty("lower")),
        Number(amount.GetProperty("upper")),
        amount.TryGetProperty("lowerOpen", out var lowerOpen) && lowerOpen.GetBoolean(),
        amount.TryGetProperty("upperOpen", out var upperOpen) && upperOpen.GetBoolean());

    private static decimal? Number(JsonElement number) => number.ValueKind == JsonValueKind.Null ? null : number.GetDecimal();

    private static DiagnosticSeverity Severity(JsonElement severity) => Enum.Parse<DiagnosticSeverity>(severity.GetString()!, ignoreCase: true);

    private static ImmutableArray<string> Strings(JsonElement array) => [.. array.EnumerateArray().Select(s => s.GetString()!)];

    private static Claim Claim(ClaimSet claimSet, string id) =>
        claimSet.TryGetClaim(id, out var claim) ? claim : throw new FormatException($"The report names claim '{id}', which the claim set does not hold.");
}
