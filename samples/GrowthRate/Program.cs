using Contradictions;
using Contradictions.Checking;
using Contradictions.Serialization;
using Contradictions.Vocabulary;
using GrowthRate;
using Microsoft.Extensions.DependencyInjection;

// The user's rule is registered exactly as the built-in ones are.
using var services = new ServiceCollection()
    .AddContradictions(options => options.AddProperty(new PropertyDefinition("killed", ValueKind.Quantity) { Cumulative = true }))
    .Configure<GrowthRateOptions>(options => options.MaxPerDay["killed"] = 50m)
    .AddContradictionRule<GrowthRateRule>()
    .BuildServiceProvider();

var claims = services.GetRequiredService<ClaimSetLoader>().CreateBuilder()
    .AddSource("jan", "January update", "2025-01-31", publisher: "Example Wire")
    .AddClaim("k1", "jan", "quake", "killed", "about 100", time: "2025-01-01")
    .AddClaim("k2", "jan", "quake", "killed", "5,000", time: "2025-01-10")
    .AddClaim("k3", "jan", "quake", "killed", "5,300", time: "2025-01-30")
    .Build()
    .GetClaimSetOrThrow();

// Through the checker, beside the built-in rules...
var report = services.GetRequiredService<ContradictionChecker>().Check(claims);
var found = report.Diagnostics.Where(d => d.Code == "GR0001").ToList();
foreach (var diagnostic in found)
{
    Console.WriteLine(diagnostic);
}

// ...and on its own, as a test of the rule would run it.
var alone = services.GetServices<IContradictionRule>().OfType<GrowthRateRule>().Single().Check(CheckContext.Create(claims)).ToList();

// 100 → 5,000 in ten days is too fast; 5,000 → 5,300 in twenty days is not.
var ok = found.Count == 1 && found[0].ClaimIds.SequenceEqual(["k1", "k2"]) && alone.Count == 1 && alone[0].ClaimIds.SequenceEqual(["k1", "k2"]);
Console.WriteLine(ok ? "growth-rate sample: OK" : "growth-rate sample: UNEXPECTED");
return ok ? 0 : 1;
