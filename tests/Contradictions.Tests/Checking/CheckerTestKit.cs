using Contradictions.Checking;
using Contradictions.Claims;
using Contradictions.Diagnostics;
using Contradictions.Serialization;

namespace Contradictions.Tests.Checking;

/// <summary>Builds small claim sets from claim JSON and checks them with the built-in rules.</summary>
internal static class CheckerTestKit
{
    public const string Vocabulary = """
        "vocabulary": { "properties": {
          "troops":     { "type": "quantity", "dimension": "count" },
          "killed":     { "type": "quantity", "dimension": "count", "cumulative": true },
          "wounded":    { "type": "quantity", "dimension": "count", "cumulative": true },
          "casualties": { "type": "quantity", "dimension": "count", "cumulative": true, "sumOf": ["killed", "wounded"] },
          "staff":      { "type": "quantity", "dimension": "count", "sumOf": ["officers", "soldiers"] },
          "officers":   { "type": "quantity", "dimension": "count" },
          "soldiers":   { "type": "quantity", "dimension": "count" },
          "launched":   { "type": "quantity", "dimension": "count", "atMost": "delivered" },
          "delivered":  { "type": "quantity", "dimension": "count", "cumulative": true },
          "distance":   { "type": "quantity", "dimension": "length", "singleValued": true },
          "signed":     { "type": "date", "singleValued": true, "notAfter": "ratified" },
          "ratified":   { "type": "date", "singleValued": true, "notAfter": "in-force" },
          "in-force":   { "type": "date", "singleValued": true },
          "occurred":   { "type": "date", "singleValued": true },
          "holder":     { "type": "entity", "functional": true },
          "capital":    { "type": "entity", "singleValued": true } } }
        """;

    public const string Sources = """
        "sources": [
          { "id": "oct", "title": "October article", "publisher": "Wire", "published": "2025-10" },
          { "id": "mar", "title": "March article", "publisher": "Times", "published": "2025-03" },
          { "id": "mar10", "title": "March 10 article", "publisher": "Daily", "published": "2025-03-10" },
          { "id": "tue", "title": "Tuesday article", "publisher": "Daily", "published": "2025-03-18" },
          { "id": "tue-later", "title": "Tuesday, a later article", "publisher": "Daily", "published": "2025-03-18" },
          { "id": "blog-9", "title": "Live blog, morning", "publisher": "Wire", "published": "2025-03-18T09:00Z" },
          { "id": "blog-14", "title": "Live blog, afternoon", "publisher": "Wire", "published": "2025-03-18T14:00:00+01:00" },
          { "id": "other-14", "title": "Other outlet, afternoon", "publisher": "Herald", "published": "2025-03-18T14:00Z" },
          { "id": "y2025", "title": "Undated 2025 article", "publisher": "Monthly", "published": "2025" },
          { "id": "ref", "title": "Reference", "published": "2026-01-01" }
        ]
        """;

    public static ClaimSet Load(string claims)
    {
        var json = $$"""{ "format": "contradictions/claim-set@1", {{Vocabulary}}, {{Sources}}, "claims": [ {{claims}} ] }""";
        return new ClaimSetLoader().LoadJson(json, "test.json").GetClaimSetOrThrow();
    }

    public static ContradictionReport Check(string claims, ContradictionOptions? options = null) =>
        ContradictionChecker.CreateDefault(options).Check(Load(claims));

    public static Diagnostic Single(ContradictionReport report, string kind)
    {
        var found = report.Diagnostics.Where(d => d.Kind == kind).ToList();
        Assert.True(found.Count == 1, $"Expected one {kind}, found {found.Count}:{Environment.NewLine}{string.Join(Environment.NewLine, report.Diagnostics)}");
        return found[0];
    }

    public static void None(ContradictionReport report, params string[] kinds)
    {
        var found = report.Diagnostics.Where(d => kinds.Length == 0 ? d.Severity > DiagnosticSeverity.Info : kinds.Contains(d.Kind)).ToList();
        Assert.True(found.Count == 0, $"Expected no {string.Join("/", kinds)} diagnostics, found:{Environment.NewLine}{string.Join(Environment.NewLine, found)}");
    }

    public static string[] Ids(Diagnostic diagnostic) => [.. diagnostic.ClaimIds.Order(StringComparer.Ordinal)];

    /// <summary>A claim in JSON: <c>C("c1", "oct", "x", "troops", "\"approximately 11,000\"")</c>.</summary>
    public static string C(string id, string source, string subject, string property, string value, string? time = null, bool negated = false) =>
        $$"""{ "id": "{{id}}", "source": "{{source}}", "subject": "{{subject}}", "property": "{{property}}", "value": {{value}}{{(time is null ? string.Empty : $", \"time\": {time}")}}{{(negated ? ", \"negated\": true" : string.Empty)}} }""";
}
