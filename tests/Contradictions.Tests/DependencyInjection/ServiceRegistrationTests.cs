using Contradictions.Checking;
using Contradictions.Diagnostics;
using Contradictions.Serialization;
using Contradictions.Vocabulary;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Contradictions.Tests.DependencyInjection;

public sealed class ServiceRegistrationTests
{
    private sealed class AlwaysRule : IContradictionRule
    {
        public static readonly DiagnosticDescriptor Descriptor = new("TEST0001", "every-claim", "Every claim", "{0} is flagged.", "Testing", DiagnosticSeverity.Warning, "Flags every claim.", "None.");

        public IReadOnlyList<DiagnosticDescriptor> Descriptors => [Descriptor];

        public IEnumerable<Diagnostic> Check(CheckContext context) =>
            context.ClaimSet.Claims.Select(c => new Diagnostic(Descriptor, DiagnosticSeverity.Warning, c.Subject, c.Property, [c], [ClaimRole.Stated], [c.Id]));
    }

    [Fact]
    public void AddContradictions_RegistersTheCheckerWithEveryBuiltInRule()
    {
        using var provider = new ServiceCollection().AddContradictions().BuildServiceProvider();
        var checker = provider.GetRequiredService<ContradictionChecker>();
        Assert.Equal(ContradictionChecker.BuiltInRules().Select(r => r.GetType()), checker.Rules.Select(r => r.GetType()));
        Assert.Equal(
            DiagnosticDescriptors.All.Select(d => d.Code).Order(),
            checker.Rules.SelectMany(r => r.Descriptors).Select(d => d.Code).Distinct().Order());
        Assert.NotNull(provider.GetRequiredService<ClaimSetLoader>());
    }

    [Fact]
    public void AddContradictions_Twice_RegistersNothingTwice()
    {
        using var provider = new ServiceCollection().AddContradictions().AddContradictions(o => o.Tolerance.Approximately = 0.05m).BuildServiceProvider();
        Assert.Equal(ContradictionChecker.BuiltInRules().Length, provider.GetServices<IContradictionRule>().Count());
        Assert.Equal(0.05m, provider.GetRequiredService<IOptions<ContradictionOptions>>().Value.Tolerance.Approximately);
    }

    [Fact]
    public void UserRules_AreRunLikeBuiltInOnes()
    {
        using var provider = new ServiceCollection().AddContradictions().AddContradictionRule<AlwaysRule>().BuildServiceProvider();
        var set = new ClaimSetLoader().LoadFiles([Repository.TestData("every-kind.json")]).GetClaimSetOrThrow();
        var report = provider.GetRequiredService<ContradictionChecker>().Check(set);
        Assert.Equal(set.Claims.Length, report.Diagnostics.Count(d => d.Code == "TEST0001"));
    }

    [Fact]
    public void Vocabulary_FromOptions_IsAvailableToEveryClaimSet()
    {
        using var provider = new ServiceCollection()
            .AddContradictions(o => o.AddProperty(new PropertyDefinition("holder", ValueKind.Entity) { OneValueAtATime = true }))
            .BuildServiceProvider();
        var result = provider.GetRequiredService<ClaimSetLoader>().LoadJson("""
            { "format": "contradictions/claim-set@1",
              "sources": [ { "id": "s", "title": "T", "published": "2025" } ],
              "claims": [ { "id": "c", "source": "s", "subject": "x", "property": "holder", "value": "someone" } ] }
            """);
        Assert.True(result.Success, string.Join("; ", result.Errors));
    }

    [Fact]
    public void InvalidOptions_AreAllReportedAtOnce()
    {
        using var provider = new ServiceCollection()
            .AddContradictions(o =>
            {
                o.Tolerance.Approximately = 2m;
                o.Limits.MaxClaims = 0;
                o.Time.Recently = NodaTime.Period.Zero;
            })
            .BuildServiceProvider();
        var e = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<ContradictionChecker>());
        Assert.Contains(e.Failures, f => f.Contains("Tolerance.Approximately", StringComparison.Ordinal));
        Assert.Contains(e.Failures, f => f.Contains("Limits.MaxClaims", StringComparison.Ordinal));
        Assert.Contains(e.Failures, f => f.Contains("Time.Recently", StringComparison.Ordinal));
    }
}
