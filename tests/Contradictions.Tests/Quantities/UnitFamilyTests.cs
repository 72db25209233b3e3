using Contradictions.Quantities;
using Contradictions.Serialization;

namespace Contradictions.Tests.Quantities;

/// <summary>Areas, volumes, temperatures, magnitudes and US units; counted nouns kept for display (issue 11).</summary>
public sealed class UnitFamilyTests
{
    private static readonly QuantityParser Parser = new();
    private static readonly TolerancePolicy Policy = new();

    private static Quantity Parse(string text)
    {
        var result = Parser.Parse(text);
        Assert.True(result.Success, result.Error?.Message);
        return result.Value;
    }

    [Theory]
    [InlineData("130 km2", "km2", Dimension.Area)]
    [InlineData("130 km²", "km2", Dimension.Area)]
    [InlineData("130 square kilometres", "km2", Dimension.Area)]
    [InlineData("50 hectares", "ha", Dimension.Area)]
    [InlineData("2,000 acres", "acre", Dimension.Area)]
    [InlineData("12 square miles", "sq mi", Dimension.Area)]
    [InlineData("3 million barrels", "bbl", Dimension.Volume)]
    [InlineData("500 litres", "l", Dimension.Volume)]
    [InlineData("10 gallons", "gal", Dimension.Volume)]
    [InlineData("6 inches", "in", Dimension.Length)]
    [InlineData("100 yards", "yd", Dimension.Length)]
    [InlineData("40 °C", "degC", Dimension.Temperature)]
    [InlineData("104°F", "degF", Dimension.Temperature)]
    [InlineData("magnitude 7.1", "magnitude", Dimension.Magnitude)]
    [InlineData("16 ounces", "oz", Dimension.Mass)]
    public void Units_AreRecognisedWithTheirDimension(string text, string unit, Dimension dimension)
    {
        var quantity = Parse(text);
        Assert.Equal((unit, dimension), (quantity.Unit.Id, quantity.Unit.Dimension));
    }

    [Theory]
    [InlineData("1 km2", "m2", 1_000_000)]
    [InlineData("1 sq mi", "km2", 2.589988110336)]
    [InlineData("1 gal", "l", 3.785411784)]
    [InlineData("1 yd", "in", 36)]
    public void Units_ConvertThroughTheirBase(string text, string target, double expected)
    {
        Assert.True(UnitCatalog.Default.TryGetUnit(target, out var to));
        var quantity = Parse(text);
        Assert.Equal((decimal)expected, quantity.Unit.Convert(quantity.Amount, to), 9);
    }

    [Theory]
    [InlineData(212, "degF", "degC", 100)]
    [InlineData(32, "degF", "degC", 0)]
    [InlineData(-40, "degC", "degF", -40)]
    [InlineData(0, "K", "degC", -273.15)]
    [InlineData(20, "degC", "K", 293.15)]
    public void Temperatures_ConvertWithTheirOffset(double amount, string from, string to, double expected)
    {
        Assert.True(UnitCatalog.Default.TryGetUnit(from, out var source));
        Assert.True(UnitCatalog.Default.TryGetUnit(to, out var target));
        Assert.Equal((decimal)expected, source.Convert((decimal)amount, target), 9);
    }

    [Fact]
    public void Temperatures_MayBeBelowZero_OtherDimensionsMayNot()
    {
        Assert.Equal(-5m, Parse("-5 °C").Amount);
        Assert.Equal(-12m, Parse("minus 12 degrees Celsius").Amount);
        var refused = Parser.Parse("-5 km");
        Assert.False(refused.Success);
        Assert.Equal("-", refused.Error!.Fragment);
    }

    [Theory]
    [InlineData("about 20 °C", QuantityReading.Default, 19.5, 20.5)]
    [InlineData("about 20 °C", QuantityReading.Widest, 19, 21)]
    [InlineData("20 °C", QuantityReading.Default, 20, 20)]
    [InlineData("20 °C", QuantityReading.Widest, 19.5, 20.5)]
    [InlineData("about -5 °C", QuantityReading.Widest, -6, -4)]
    [InlineData("magnitude 7.1", QuantityReading.Widest, 7.05, 7.15)]
    [InlineData("about magnitude 7.1", QuantityReading.Widest, 7.0, 7.2)]
    public void IntervalScales_ReadToleranceOnTheLastDigit_NotAsAPercentage(string text, QuantityReading reading, double lower, double upper)
    {
        var interval = Parse(text).ToInterval(Policy, reading);
        Assert.Equal(((decimal?)lower, (decimal?)upper), (interval.Lower, interval.Upper));
    }

    [Fact]
    public void UpToATemperature_IsOpenBelowZero()
    {
        Assert.Null(Parse("up to 40 °C").ToInterval(Policy).Lower);
    }

    [Theory]
    [InlineData("400 persons", "persons")]
    [InlineData("about 11,000 soldiers", "soldiers")]
    [InlineData("thousands of containers", "containers")]
    public void CountedNouns_AreKeptForDisplay(string text, string noun)
    {
        var quantity = Parse(text);
        Assert.Equal(UnitCatalog.Item, quantity.Unit);
        Assert.Equal(noun, quantity.Noun);
        Assert.EndsWith(noun, quantity.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Reports_SayTheNounTheClaimGave_NotItem()
    {
        var claims = string.Join(
            ",",
            """{ "id": "a", "source": "oct", "subject": "x", "property": "troops", "value": "400", "unit": "person" }""",
            """{ "id": "b", "source": "oct", "subject": "x", "property": "troops", "value": "2,000", "unit": "person" }""");
        var d = Contradictions.Tests.Checking.CheckerTestKit.Single(Contradictions.Tests.Checking.CheckerTestKit.Check(claims), "quantity-mismatch");
        Assert.Contains("person", d.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("item", d.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"unit\": \"kilometres\"", "claims[0].unit", "kilometres")]
    [InlineData("\"unit\": \"persns\"", "claims[0].unit", "(did you mean 'persons'?)")]
    public void UnknownUnit_OffersTheClosest(string unitField, string path, string expected)
    {
        var json = $$"""{ "id": "a", "source": "oct", "subject": "x", "property": "troops", "value": "400", {{unitField}} }""";
        var result = Load(json);
        if (expected == "kilometres")
        {
            // A known unit of the wrong dimension is a different error.
            Assert.Contains(result.Errors, e => e.Path == path && e.Code == ClaimSetErrorCodes.WrongDimension);
            return;
        }

        Assert.Contains(result.Errors, e => e.Path == path && e.Message.Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void UnknownPropertyAndSource_OfferTheClosest()
    {
        var result = Load("""{ "id": "a", "source": "octt", "subject": "x", "property": "trops", "value": "400" }""");
        Assert.Contains(result.Errors, e => e.Path == "claims[0].property" && e.Message.Contains("(did you mean 'troops'?)", StringComparison.Ordinal));
        Assert.Contains(result.Errors, e => e.Path == "claims[0].source" && e.Message.Contains("(did you mean 'oct'?)", StringComparison.Ordinal));
    }

    private static ClaimSetLoadResult Load(string claim) => new ClaimSetLoader().LoadJson(
        $$"""{ "format": "contradictions/claim-set@1", {{Contradictions.Tests.Checking.CheckerTestKit.Vocabulary}}, {{Contradictions.Tests.Checking.CheckerTestKit.Sources}}, "claims": [ {{claim}} ] }""",
        "t.json");
}
