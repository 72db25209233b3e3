using Contradictions.Mentions;
using Contradictions.Quantities;
using Contradictions.Time;
using NodaTime;

namespace Contradictions.Tests.Mentions;

/// <summary>Quantity mentions in running text: extent, hedge, scale, unit and the noun they count, family by family (issue 12).</summary>
public sealed class QuantityMentionTests
{
    private static readonly MentionTagger Tagger = new();
    private static readonly PartialDate Published = PartialDate.FromDate(new LocalDate(2025, 10, 10));

    private static List<QuantityMention> Tag(string text) => [.. Tagger.Tag(text, Published).OfType<QuantityMention>()];

    private static QuantityMention Only(string text) => Assert.Single(Tag(text));

    [Theory]
    [InlineData("About 11,000 soldiers are in Russia.", "About 11,000", 11_000, Qualifier.Approximately, "soldiers")]
    [InlineData("Officials said around 400 North Korean soldiers were killed.", "around 400", 400, Qualifier.Approximately, "North Korean soldiers")]
    [InlineData("Nearly 3,000 were wounded.", "Nearly 3,000", 3_000, Qualifier.Nearly, null)]
    [InlineData("It sent more than 100 drones.", "more than 100", 100, Qualifier.MoreThan, "drones")]
    [InlineData("At least 12 civilians died.", "At least 12", 12, Qualifier.AtLeast, "civilians")]
    [InlineData("The unit has up to 500 men.", "up to 500", 500, Qualifier.AtMost, "men")]
    [InlineData("Fewer than 50 remained.", "Fewer than 50", 50, Qualifier.LessThan, "remained")]
    [InlineData("Exactly 1,247 people died.", "Exactly 1,247", 1_247, Qualifier.Exact, "people")]
    public void Hedges_AreKept_StrictAndNonStrict(string text, string extent, int amount, Qualifier qualifier, string? noun)
    {
        var mention = Only(text);
        Assert.Equal((extent, text.IndexOf(extent, StringComparison.Ordinal)), (mention.Text, mention.Span.Start));
        Assert.Equal(mention.Span.Start + extent.Length, mention.Span.End);
        Assert.Equal(((decimal)amount, qualifier, noun), (mention.Quantity.Amount, mention.Quantity.Qualifier, mention.Noun));
    }

    [Theory]
    [InlineData("Russia fired 12 million artillery shells.", "12 million", 12_000_000, "item", "artillery shells")]
    [InlineData("The US pledged $1.2 billion in aid.", "$1.2 billion", 1_200_000_000, "USD", "aid")]
    [InlineData("The front is 130 km long.", "130 km", 130, "km", null)]
    [InlineData("Turnout reached 64 percent.", "64 percent", 64, "percent", null)]
    [InlineData("A dozen tanks were lost.", "A dozen", 12, "item", "tanks")]
    [InlineData("Two battalions moved north.", "Two", 2, "item", "battalions")]
    public void ScaleWordsUnitsAndNumbersInWords_AreRead(string text, string extent, long amount, string unit, string? noun)
    {
        var mention = Only(text);
        Assert.Equal(extent, mention.Text);
        Assert.Equal(((decimal)amount, unit, noun), (mention.Quantity.Amount, mention.Quantity.Unit.Id, mention.Noun));
    }

    [Theory]
    [InlineData("Between 3,000 and 5,000 troops arrived.", "Between 3,000 and 5,000", 3_000, 5_000, "troops")]
    [InlineData("The border moved from 6 to 8 kilometres.", "from 6 to 8 kilometres", 6, 8, null)]
    public void Ranges_AreOneMention(string text, string extent, int min, int max, string? noun)
    {
        var mention = Only(text);
        Assert.Equal(extent, mention.Text);
        Assert.Equal(((decimal)min, (decimal?)max, noun), (mention.Quantity.Amount, mention.Quantity.Maximum, mention.Noun));
    }

    [Theory]
    [InlineData("The pact was signed on June 19, 2024, in Pyongyang.")]
    [InlineData("They met at 10:30 in Seoul.")]
    [InlineData("In 1950 the war began.")]
    [InlineData("It was the 3rd attack on the Su-27 base.")]
    [InlineData("The council passed Resolution 2231 unanimously.")]
    public void YearsDatesClockTimesOrdinalsAndNames_AreNotQuantities(string text)
    {
        Assert.Empty(Tag(text));
    }

    [Fact]
    public void QuantitiesAndTimes_ComeInTextOrder_WithSpansIntoTheWholeText()
    {
        var text = "First line.\nIn March 2025, about 11,000 soldiers were there; by October, 2,000 had died.";
        var mentions = Tagger.Tag(text, Published);
        Assert.Equal(["time", "quantity", "time", "quantity"], mentions.Select(m => m.Kind));
        Assert.All(mentions, m => Assert.Equal(m.Text, text[m.Span.Start..m.Span.End]));
        Assert.True(mentions.Select(m => m.Span.Start).SequenceEqual(mentions.Select(m => m.Span.Start).Order()));
    }
}
