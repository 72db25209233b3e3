using Contradictions.Drafting;

namespace Contradictions.Tests.Drafting;

/// <summary>
/// The words a lexicon phrase is matched against come from the time tokenizer's tokens, joined where letters, digits,
/// apostrophes and hyphens touch: a phrase of the lexicon and the same words in an article must split alike.
/// </summary>
public sealed class LexiconWordsTests
{
    [Theory]
    [InlineData("North-Korean troops", "north-korean|troops")]
    [InlineData("North Korea\u2019s army", "north|korea's|army")]
    [InlineData("an F-16 and a 3rd wave", "an|f-16|and|a|3rd|wave")]
    [InlineData("the soldiers' families", "the|soldiers|families")]
    [InlineData("the U.S. said", "the|u|s|said")]
    [InlineData("from 2014\u20132016", "from|2014|2016")]
    [InlineData("a non\u2011stop, well\u2010known - thing", "a|non-stop|well-known|thing")]
    [InlineData("rock'n'roll 'quoted'", "rock'n'roll|quoted")]
    [InlineData("unit \u0663\u0664b", "unit|\u0663\u0664b")]
    public void Words_JoinWhatTouches_AndLowerCaseIt(string text, string expected)
    {
        Assert.Equal(expected, string.Join('|', LexiconMatcher.Words(text, 0, text.Length).Select(w => w.Word)));
    }

    [Fact]
    public void Words_KeepTheirOffsetsInTheWholeText()
    {
        const string text = "He said: North-Korean troops\u2019 losses.";
        var words = LexiconMatcher.Words(text, 9, text.Length);
        Assert.Equal(["north-korean", "troops", "losses"], words.Select(w => w.Word));
        Assert.All(words, w => Assert.Equal(w.Word, text[w.Start..w.End].ToLowerInvariant().Replace('\u2019', '\'')));
    }
}
