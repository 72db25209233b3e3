using Contradictions.Quantities;

namespace Contradictions.Tests.Quantities;

public sealed class QuantityParserTests
{
    private static readonly QuantityParser Parser = new();

    [Theory]
    [InlineData("11,000", Qualifier.Exact, 11000)]
    [InlineData("exactly 400", Qualifier.Exact, 400)]
    [InlineData("approximately 11,000", Qualifier.Approximately, 11000)]
    [InlineData("about 4,000", Qualifier.Approximately, 4000)]
    [InlineData("around 2,000", Qualifier.Approximately, 2000)]
    [InlineData("roughly 2,000", Qualifier.Approximately, 2000)]
    [InlineData("some 500", Qualifier.Approximately, 500)]
    [InlineData("an estimated 3,600", Qualifier.Approximately, 3600)]
    [InlineData("at least 3,000", Qualifier.AtLeast, 3000)]
    [InlineData("no fewer than 60", Qualifier.AtLeast, 60)]
    [InlineData("more than 10,000", Qualifier.MoreThan, 10000)]
    [InlineData("over 100", Qualifier.MoreThan, 100)]
    [InlineData("up to 5,000", Qualifier.AtMost, 5000)]
    [InlineData("at most 5,000", Qualifier.AtMost, 5000)]
    [InlineData("less than 100", Qualifier.LessThan, 100)]
    [InlineData("fewer than 100", Qualifier.LessThan, 100)]
    [InlineData("under 100", Qualifier.LessThan, 100)]
    [InlineData("nearly 2,000", Qualifier.Nearly, 2000)]
    [InlineData("almost 2,000", Qualifier.Nearly, 2000)]
    [InlineData("12 million", Qualifier.Exact, 12_000_000)]
    [InlineData("around 12 million", Qualifier.Approximately, 12_000_000)]
    [InlineData("1.2 million", Qualifier.Exact, 1_200_000)]
    [InlineData("2.5", Qualifier.Exact, 2.5)]
    public void Parse_Qualifiers_ReadTheAmountAndHowItIsBounded(string text, Qualifier qualifier, double amount)
    {
        var quantity = Parser.Parse(text).Value;
        Assert.Equal(qualifier, quantity.Qualifier);
        Assert.Equal((decimal)amount, quantity.Amount);
        Assert.Null(quantity.Maximum);
        Assert.Equal("item", quantity.Unit.Id);
    }

    [Theory]
    [InlineData("between 3,000 and 5,000", 3000, 5000)]
    [InlineData("3,000 to 5,000", 3000, 5000)]
    [InlineData("3,000-5,000", 3000, 5000)]
    [InlineData("between 3 and 5 million", 3_000_000, 5_000_000)]
    [InlineData("thousands", 2000, 999_999)]
    [InlineData("hundreds", 200, 999)]
    public void Parse_Ranges_GiveBothEnds(string text, double min, double max)
    {
        var quantity = Parser.Parse(text).Value;
        Assert.Equal(Qualifier.Range, quantity.Qualifier);
        Assert.Equal((decimal)min, quantity.Amount);
        Assert.Equal((decimal)max, quantity.Maximum);
    }

    [Theory]
    [InlineData("130 km", "km", 130)]
    [InlineData("about 130 kilometers", "km", 130)]
    [InlineData("50%", "percent", 50)]
    [InlineData("50 per cent", "percent", 50)]
    [InlineData("half", "percent", 50)]
    [InlineData("more than 20,000 containers", "item", 20000)]
    [InlineData("thousands of containers", "item", 2000)]
    [InlineData("$1.5 billion", "USD", 1_500_000_000)]
    [InlineData("152 mm", "mm", 152)]
    public void Parse_Units_AreRecognised(string text, string unit, double amount)
    {
        var quantity = Parser.Parse(text).Value;
        Assert.Equal(unit, quantity.Unit.Id);
        Assert.Equal((decimal)amount, quantity.Amount);
    }

    [Theory]
    [InlineData("lots", "lots")]
    [InlineData("-5", "-")]
    [InlineData("about", "")]
    [InlineData("11,000 parsecs", "parsecs")]
    [InlineData("approximately 11,000 approximately", "approximately")]
    public void Parse_Unparsable_FailsNamingThePart(string text, string fragment)
    {
        var result = Parser.Parse(text);
        Assert.False(result.Success);
        Assert.Equal(fragment, result.Error!.Fragment);
    }

    [Theory]
    [InlineData("between 5,000 and 3,000")]
    [InlineData("")]
    [InlineData("99999999999999999999999999999999")]
    [InlineData("more than thousands")]
    public void Parse_Invalid_Fails(string text)
    {
        Assert.False(Parser.Parse(text).Success);
    }

    [Fact]
    public void Parse_UnitOfAnotherDimensionThanTheClaimsUnit_Fails()
    {
        var result = Parser.Parse("130 km", UnitCatalog.Item);
        Assert.False(result.Success);
        Assert.Contains("does not convert", result.Error!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_NoUnitInText_UsesTheClaimsUnit()
    {
        Assert.True(UnitCatalog.Default.TryGetUnit("mile", out var mile));
        Assert.Equal("mi", Parser.Parse("about 80", mile).Value.Unit.Id);
    }
}
