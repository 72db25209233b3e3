using Contradictions;
using Contradictions.Checking;
using Contradictions.Diagnostics;
using Contradictions.Quantities;
using Contradictions.Serialization;
using Contradictions.Vocabulary;
using Microsoft.Extensions.DependencyInjection;

// 1. Register the library; options are validated when first used.
using var services = new ServiceCollection()
    .AddContradictions(options =>
    {
        options.Tolerance.Approximately = 0.10m;
        options.AddProperty(new PropertyDefinition("killed", ValueKind.Quantity) { Dimension = Dimension.Count, Cumulative = true });
        options.AddProperty(new PropertyDefinition("signed", ValueKind.Date) { Timeless = true });
    })
    .BuildServiceProvider();

// 2. A claim written in JSON (the claim-set format)...
const string json = """
    {
      "format": "contradictions/claim-set@1",
      "sources": [ { "id": "wire", "title": "Kim vows alliance", "publisher": "Example Wire", "published": "2025-10" } ],
      "claims": [
        { "id": "c1", "source": "wire", "origin": "South Korea NIS", "subject": "dprk-forces-in-russia",
          "property": "killed", "value": "roughly 2,000", "unit": "person", "time": "in September" },
        { "id": "c2", "source": "wire", "subject": "russia-dprk-treaty", "property": "signed", "value": "earlier this year" }
      ]
    }
    """;
var loader = services.GetRequiredService<ClaimSetLoader>();
var fromJson = loader.LoadJson(json);

// ...and the same kind of claims built in C#, with the same expressions.
var fromCode = loader.CreateBuilder()
    .AddSource("wire", "Kim vows alliance", "2025-10", publisher: "Example Wire")
    .AddSource("ref", "Reference facts", "2026-01-01")
    .AddSource("feb", "Casualties update", "2025-03", publisher: "Example Times")
    .AddClaim("c1", "wire", "dprk-forces-in-russia", "killed", "roughly 2,000", time: "in September", unit: "person", origin: "South Korea NIS")
    .AddClaim("c2", "feb", "dprk-forces-in-russia", "killed", "around 400", time: "as of late February", unit: "person")
    .AddClaim("c3", "wire", "russia-dprk-treaty", "signed", "earlier this year")
    .AddClaim("c4", "ref", "russia-dprk-treaty", "signed", "2024-06-19")
    .Build();

foreach (var result in new[] { fromJson, fromCode })
{
    if (!result.Success)
    {
        // Every problem, with its path: "input.json: claims[0].value: ... [invalid-expression]".
        result.Errors.ToList().ForEach(Console.Error.WriteLine);
        return 2;
    }
}

// 3. Check, and read the report in code.
var report = services.GetRequiredService<ContradictionChecker>().Check(fromCode.ClaimSet!);
foreach (var diagnostic in report.Diagnostics)
{
    Console.WriteLine($"{diagnostic.Severity} {diagnostic.Code} {diagnostic.Kind}: {string.Join(", ", diagnostic.ClaimIds)}");
}

// The treaty cannot have been signed both "earlier this year" (2025) and on 2024-06-19: an error.
// 400 killed in late February and 2,000 in September are growth, not a contradiction: a reconciliation.
var treaty = report.Diagnostics.Single(d => d.Kind == "date-mismatch");
var growth = report.Diagnostics.Single(d => d.Kind == "reconciled-by-time");
var ok = treaty.Severity == DiagnosticSeverity.Error && treaty.ClaimIds.Order().SequenceEqual(["c3", "c4"]) &&
         growth.Severity == DiagnosticSeverity.Info && growth.ClaimIds.SequenceEqual(["c2", "c1"]) &&
         report.Errors == 1 && report.Diagnostics.Length == 2 && fromJson.ClaimSet!.Claims.Length == 2;
Console.WriteLine(ok ? "package consumer: OK" : "package consumer: UNEXPECTED REPORT");
return ok ? 0 : 1;
