using Contradictions.Claims;
using Contradictions.Quantities;
using Contradictions.Serialization;
using Contradictions.Time;
using Contradictions.Vocabulary;
using NodaTime;

namespace Contradictions.Tests.Claims;

public sealed class ClaimSetBuilderTests
{
    private static ClaimSetBuilder Builder() => new ClaimSetBuilder()
        .AddProperty(new PropertyDefinition("killed", ValueKind.Quantity) { Dimension = Dimension.Count, Cumulative = true })
        .AddProperty(new PropertyDefinition("signed", ValueKind.Date) { Timeless = true })
        .AddProperty(new PropertyDefinition("holder", ValueKind.Entity) { OneValueAtATime = true });

    [Fact]
    public void Build_TakesEverythingTheFormatTakes()
    {
        var set = Builder()
            .AddSource("s1", "Kim vows alliance", "2025-10", publisher: "Example Wire", url: new Uri("https://example.org/a"), trust: 0.8, note: "wire copy")
            .AddClaim("c1", "s1", "dprk-forces-in-russia", "killed", "roughly 2,000", time: "in September", unit: "person",
                origin: "South Korea NIS", quote: "roughly 2,000", span: new TextSpan(10, 23), note: "checked")
            .AddClaim("c2", "s1", "us-president", "holder", "donald-trump", negated: true)
            .Build().GetClaimSetOrThrow();

        var source = Assert.Single(set.Sources);
        Assert.Equal(("Example Wire", "https://example.org/a", 0.8, "wire copy"), (source.Publisher, source.Url!.AbsoluteUri, source.Trust!.Value, source.Note));
        Assert.True(set.TryGetClaim("c1", out var c1));
        Assert.Equal(("South Korea NIS", "roughly 2,000", new TextSpan(10, 23), "checked"), (c1.Origin, c1.Quote, c1.Span!.Value, c1.Note));
        Assert.Equal(new TimeInterval(new LocalDate(2025, 9, 1), new LocalDate(2025, 9, 30)), c1.Validity.Time.Reading);
        Assert.Equal(Dimension.Count, ((QuantityValue)c1.Value).Quantity.Unit.Dimension);
        Assert.True(set.TryGetClaim("c2", out var c2));
        Assert.True(c2.Negated);
    }

    [Fact]
    public void Build_TypedValuesAndValidities_NeedNoExpressions()
    {
        var signed = ResolvedTime.ForDay(new LocalDate(2024, 6, 19));
        var from = ResolvedTime.ForDay(new LocalDate(2024, 10, 1));
        var set = Builder()
            .AddSource("ref", "Reference", "2026-01-01")
            .AddTypedClaim("t1", "ref", "treaty", "signed", new DateValue(signed))
            .AddTypedClaim("h1", "ref", "nato", "holder", new EntityValue("mark-rutte"), Validity.Between(from, null))
            .AddTypedClaim("k1", "ref", "x", "killed", new QuantityValue(Quantity.From(400, Qualifier.Approximately, UnitCatalog.Item)), Validity.AsOf(from))
            .Build().GetClaimSetOrThrow();

        Assert.True(set.TryGetClaim("t1", out var t1));
        Assert.Same(signed, ((DateValue)t1.Value).Time);
        Assert.Null(t1.ValueText);
        Assert.True(set.TryGetClaim("h1", out var h1));
        Assert.True(h1.Validity.HoldsThroughout);
        Assert.Null(h1.Validity.Time.Reading.End);
        Assert.True(set.TryGetClaim("k1", out var k1));
        Assert.Equal(ValidityKind.AsOf, k1.Validity.Kind);
    }

    [Fact]
    public void Build_TypedValidities_ReadAsTheirExpressionsWould()
    {
        var set = Builder()
            .AddSource("ref", "Reference", "2026-01-01")
            .AddSource("mar", "March article", "2025-03-18")
            .AddTypedClaim("rutte", "ref", "nato", "holder", new EntityValue("mark-rutte"), Validity.From(new LocalDate(2024, 10, 1)))
            .AddTypedClaim("until", "mar", "agency", "holder", new EntityValue("ann-lee"), Validity.Until(new LocalDate(2025, 3, 18)))
            .AddTypedClaim("during", "ref", "agency", "holder", new EntityValue("bo-kim"), Validity.Throughout(new DateInterval(new LocalDate(2010, 1, 1), new LocalDate(2014, 12, 31))))
            .AddTypedClaim("on", "mar", "x", "killed", new QuantityValue(Quantity.From(400, Qualifier.Exact, UnitCatalog.Item)), Validity.On(new LocalDate(2025, 3, 17)))
            .Build().GetClaimSetOrThrow();

        string Phrase(string time, string published) => Load($$"""{ "id": "x", "source": "s", "subject": "s", "property": "holder", "value": "v", "time": {{time}} }""", published).Claims[0].Validity.Time.ToString()!;
        Assert.True(set.TryGetClaim("rutte", out var rutte));
        Assert.Equal(Phrase("""{ "from": "2024-10-01" }""", "2026-01-01"), rutte.Validity.Time.ToString());
        Assert.Equal(new TimeInterval(new LocalDate(2024, 10, 1), new LocalDate(2026, 1, 1)), rutte.Validity.Time.Narrowest);
        Assert.True(set.TryGetClaim("until", out var until));
        Assert.Equal(TimeInterval.ForDay(new LocalDate(2025, 3, 18)), until.Validity.Time.Narrowest);
        Assert.Null(until.Validity.Time.Reading.Start);
        Assert.True(set.TryGetClaim("during", out var during));
        Assert.Equal(new TimeInterval(new LocalDate(2010, 1, 1), new LocalDate(2014, 12, 31)), during.Validity.Time.Narrowest);
        Assert.True(set.TryGetClaim("on", out var on));
        Assert.Equal((ValidityKind.AsOf, TimeInterval.ForDay(new LocalDate(2025, 3, 17))), (on.Validity.Kind, on.Validity.Time.Reading));
    }

    private static ClaimSet Load(string claim, string published) => new ClaimSetLoader().LoadJson(
        $$"""{ "format": "contradictions/claim-set@1", "vocabulary": { "properties": { "holder": { "type": "entity", "functional": true } } }, "sources": [ { "id": "s", "title": "T", "published": "{{published}}" } ], "claims": [ {{claim}} ] }""",
        "t.json").GetClaimSetOrThrow();

    [Fact]
    public void Build_TypedValueOfTheWrongKindOrDimension_IsReportedAtItsPath()
    {
        var result = Builder()
            .AddSource("ref", "Reference", "2026-01-01")
            .AddTypedClaim("t1", "ref", "treaty", "signed", new EntityValue("mark-rutte"))
            .AddTypedClaim("k1", "ref", "x", "killed", new QuantityValue(Quantity.From(130, Qualifier.Exact, UnitCatalog.Default.Units.First(u => u.Id == "km"))))
            .Build();
        Assert.Equal(
            [("claims[0].value", ClaimSetErrorCodes.WrongValueKind, "t1"), ("claims[1].value", ClaimSetErrorCodes.WrongDimension, "k1")],
            result.Errors.Select(e => (e.Path, e.Code, e.ClaimId!)));
    }

    [Fact]
    public void Build_BadSourcesAndClaims_AreReportedAsInAFile()
    {
        var result = Builder()
            .AddSource("s1", "T", "2025-02-30", url: new Uri("ftp://example.org/a"), trust: 2)
            .AddSource("s2", " ", "2025")
            .AddClaim("c1", "s2", "x", "killed", "400", quote: "four hundred", span: new TextSpan(0, 3))
            .Build();
        Assert.Equal(
            [
                ("sources[0].published", ClaimSetErrorCodes.InvalidDate), ("sources[0].url", ClaimSetErrorCodes.WrongType), ("sources[0].trust", ClaimSetErrorCodes.OutOfRange),
                ("sources[1].title", ClaimSetErrorCodes.Required),
                ("claims[0].source", ClaimSetErrorCodes.UnknownSource),
                ("claims[0].span", ClaimSetErrorCodes.InvalidSpan),
            ],
            result.Errors.Select(e => (e.Path, e.Code)));

        // The claim's source is defined, only invalid: it says so, and where.
        Assert.Contains("is defined in (code): sources[1], but is invalid", result.Errors.Single(e => e.Path == "claims[0].source").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_ClaimsOfALoadedSetAndClaimsInCode_MakeOneSet()
    {
        var loaded = new ClaimSetLoader().LoadFiles([Repository.TestData("every-kind.json")]).GetClaimSetOrThrow();
        var merged = new ClaimSetBuilder()
            .AddClaimSet(loaded)
            .AddClaim("extra", "news", "qm", "troops", "about 11,500", time: "2025-10-01")
            .Build().GetClaimSetOrThrow();

        Assert.Equal(loaded.Claims.Length + 1, merged.Claims.Length);
        Assert.True(merged.TryGetClaim("qm-1", out var kept));
        loaded.TryGetClaim("qm-1", out var original);
        Assert.Equal(original, kept);
        Assert.Equal(original!.Location, kept.Location);
        Assert.Equal(loaded.Vocabulary.Properties.Keys, merged.Vocabulary.Properties.Keys);

        var again = new ClaimSetBuilder().AddClaimSet(loaded).AddClaimSet(loaded).Build();
        Assert.Contains(again.Errors, e => e.Code == ClaimSetErrorCodes.DuplicateId && e.Path == "sources[4].id");
        Assert.Contains(again.Errors, e => e.Code == ClaimSetErrorCodes.DuplicateId && e.ClaimId == "qm-1");
    }
}
