using Contradictions.Parsing;

namespace Contradictions.Tests.Parsing;

public sealed class SpellingTests
{
    [Theory]
    [InlineData("septmber", "september", 1)]
    [InlineData("Septembre", "september", 1)]
    [InlineData("Sepetmbr", "september", 2)]
    [InlineData("tuseday", "tuesday", 1)]
    [InlineData("kilometrs", "kilometres", 1)]
    [InlineData("abc", "abc", 0)]
    [InlineData("north-korea", "south-korea", 2)]
    [InlineData("abcdef", "uvwxyz", 3)]
    public void Distance_CountsEditsAndSwaps_IgnoringCase_UpToTheBudget(string a, string b, int expected)
    {
        Assert.Equal(expected, Spelling.Distance(a, b, 2));
        Assert.Equal(expected, Spelling.Distance(b, a, 2));
    }

    [Theory]
    [InlineData("trops", "troops")]
    [InlineData("Febuary", "february")]
    [InlineData("us", null)]
    [InlineData("xyzzy", null)]
    public void Closest_OffersOnlyAClose_KnownWord(string word, string? expected)
    {
        Assert.Equal(expected, Spelling.Closest(word, ["troops", "february", "uk", "killed"]));
    }

    [Theory]
    [InlineData("forty-two", 42, 3)]
    [InlineData("two hundred and fifty thousand", 250_000, 5)]
    [InlineData("a dozen eggs", 12, 2)]
    [InlineData("zero", 0, 1)]
    [InlineData("nineteen eighty", 19, 1)]
    public void NumberWords_ReadTheLongestNumber(string text, long value, int consumed)
    {
        var words = text.Replace("-", " - ", StringComparison.Ordinal).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        Assert.True(NumberWords.TryRead(words, 0, out var read, out var taken));
        Assert.Equal((value, consumed), (read, taken));
    }
}
