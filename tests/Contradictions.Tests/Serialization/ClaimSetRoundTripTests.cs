using Contradictions.Serialization;

namespace Contradictions.Tests.Serialization;

public sealed class ClaimSetRoundTripTests
{
    [Fact]
    public void WriteThenLoad_GivesAnEqualClaimSet()
    {
        var loader = new ClaimSetLoader();
        var original = loader.LoadJson(ClaimSetLoaderTests.Example).GetClaimSetOrThrow();

        var json = ClaimSetWriter.ToJson(original);
        var reloaded = loader.LoadJson(json, "written.json").GetClaimSetOrThrow();

        Assert.Equal(original.Sources.AsEnumerable(), reloaded.Sources.AsEnumerable());
        Assert.Equal(original.Claims.AsEnumerable(), reloaded.Claims.AsEnumerable());
        Assert.Equal(original.Vocabulary.Properties.Values, reloaded.Vocabulary.Properties.Values);
        Assert.Equal(json, ClaimSetWriter.ToJson(reloaded));
    }

    [Fact]
    public void WriteThenLoad_KeepsCustomUnits()
    {
        const string json = """
            { "format": "contradictions/claim-set@1",
              "vocabulary": { "properties": { "range": { "type": "quantity", "dimension": "length" } },
                              "units": { "league": { "dimension": "length", "factor": 4828.032, "base": "m", "aliases": ["leagues"] } } },
              "sources": [ { "id": "s", "title": "T", "published": "2025" } ],
              "claims": [ { "id": "c", "source": "s", "subject": "x", "property": "range", "value": "20 leagues" } ] }
            """;
        var loader = new ClaimSetLoader();
        var original = loader.LoadJson(json).GetClaimSetOrThrow();
        var reloaded = loader.LoadJson(ClaimSetWriter.ToJson(original)).GetClaimSetOrThrow();
        Assert.Equal(original.Claims.AsEnumerable(), reloaded.Claims.AsEnumerable());
        Assert.Equal("league", ((Contradictions.Claims.QuantityValue)reloaded.Claims[0].Value).Quantity.Unit.Id);
    }
}
