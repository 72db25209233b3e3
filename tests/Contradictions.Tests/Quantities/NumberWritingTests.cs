using Contradictions.Quantities;

namespace Contradictions.Tests.Quantities;

/// <summary>Numbers as news writes them: in words, with spaces between thousands, and separators that must not be guessed (issue 11).</summary>
public sealed class NumberWritingTests
{
    private static readonly QuantityParser Parser = new();

    [Theory]
    [InlineData("zero", 0)]
    [InlineData("nineteen", 19)]
    [InlineData("thirty", 30)]
    [InlineData("forty-two", 42)]
    [InlineData("forty two soldiers", 42)]
    [InlineData("a dozen", 12)]
    [InlineData("two dozen", 24)]
    [InlineData("a hundred", 100)]
    [InlineData("one hundred and five", 105)]
    [InlineData("two hundred fifty", 250)]
    [InlineData("three thousand four hundred", 3400)]
    [InlineData("a thousand", 1000)]
    [InlineData("twelve million", 12_000_000)]
    [InlineData("two billion", 2_000_000_000)]
    [InlineData("about twenty thousand troops", 20_000)]
    [InlineData("11 000", 11_000)]
    [InlineData("11\u00A0000", 11_000)]
    [InlineData("1\u2009250\u2009000", 1_250_000)]
    [InlineData("11\u202F000 troops", 11_000)]
    [InlineData("1,234.5", 1234.5)]
    [InlineData("0.125", 0.125)]
    [InlineData("11.5", 11.5)]
    public void Numbers_AreRead(string text, double amount)
    {
        var result = Parser.Parse(text);
        Assert.True(result.Success, result.Error?.Message);
        Assert.Equal((decimal)amount, result.Value.Amount);
        Assert.Null(result.Value.Maximum);
    }

    [Theory]
    [InlineData("a few", 2, 5)]
    [InlineData("several", 3, 9)]
    [InlineData("several hundred", 300, 900)]
    [InlineData("a few thousand", 2000, 5000)]
    [InlineData("dozens of", 24, 143)]
    [InlineData("dozens of soldiers", 24, 143)]
    [InlineData("tens of thousands", 20_000, 99_999)]
    [InlineData("tens of thousands of troops", 20_000, 99_999)]
    [InlineData("hundreds of thousands", 200_000, 999_999)]
    [InlineData("a couple of", 2, 3)]
    public void VagueAmounts_AreTheirDocumentedRanges(string text, double min, double max)
    {
        var result = Parser.Parse(text);
        Assert.True(result.Success, result.Error?.Message);
        Assert.Equal(Qualifier.Range, result.Value.Qualifier);
        Assert.Equal(((decimal)min, (decimal?)max), (result.Value.Amount, result.Value.Maximum));
    }

    [Theory]
    [InlineData("11.000", "11.000", "11,000")]
    [InlineData("about 1.500 troops", "1.500", "1,500")]
    [InlineData("1.234.567", "1.234.567", "1,234,567")]
    [InlineData("1,5", "1,5", "1.5")]
    [InlineData("11,00", "11,00", "11.00")]
    public void AmbiguousSeparators_AreRefusedNotGuessed(string text, string fragment, string suggestion)
    {
        var result = Parser.Parse(text);
        Assert.False(result.Success);
        Assert.Equal(fragment, result.Error!.Fragment);
        Assert.Contains(suggestion, result.Error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("forty-two", "42")]
    [InlineData("tens of thousands", "20000..99999")]
    public void NumberWords_InAClaimFile_AreCheckedLikeDigits(string value, string expected)
    {
        var set = Contradictions.Tests.Checking.CheckerTestKit.Load(Contradictions.Tests.Checking.CheckerTestKit.C("a", "oct", "x", "troops", $"\"{value}\""));
        var quantity = ((Contradictions.Claims.QuantityValue)set.Claims[0].Value).Quantity;
        Assert.Equal(expected, quantity.Maximum is { } max ? $"{quantity.Amount}..{max}" : $"{quantity.Amount}");
    }
}
