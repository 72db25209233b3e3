using Contradictions.Mentions;
using Contradictions.Time;
using NodaTime;

namespace Contradictions.Tests.Mentions;

/// <summary>Attributions (who a statement is attributed to, and what it covers) and office holders in running text (issue 12).</summary>
public sealed class AttributionAndOfficeMentionTests
{
    private static readonly MentionTagger Tagger = new();
    private static readonly PartialDate Published = PartialDate.FromDate(new LocalDate(2025, 10, 10));

    private static List<T> Tag<T>(string text) => [.. Tagger.Tag(text, Published).OfType<T>()];

    [Theory]
    [InlineData("According to South Korea's National Intelligence Service, about 11,000 soldiers are in Russia.", "According to South Korea's National Intelligence Service", "South Korea's National Intelligence Service", "about 11,000 soldiers are in Russia")]
    [InlineData("About 11,000 soldiers are in Russia, according to the NIS.", "according to the NIS", "the NIS", "About 11,000 soldiers are in Russia")]
    [InlineData("The JCS said that 3,000 more arrived in March.", "The JCS said", "The JCS", "3,000 more arrived in March")]
    [InlineData("About 400 were killed, Ukrainian officials say.", "Ukrainian officials say", "Ukrainian officials", "About 400 were killed")]
    [InlineData("In March the Pentagon estimated 2,000 casualties.", "the Pentagon estimated", "the Pentagon", "2,000 casualties")]
    public void Attributions_NameTheSource_AndCoverTheRestOfTheClause(string text, string extent, string source, string covered)
    {
        var mention = Assert.Single(Tag<AttributionMention>(text));
        Assert.Equal((extent, source), (mention.Text, mention.Source));
        Assert.Equal(text.IndexOf(extent, StringComparison.Ordinal), mention.Span.Start);
        Assert.Equal(covered, text[mention.Covers.Start..mention.Covers.End]);
    }

    [Theory]
    [InlineData("He said the talks failed.")]
    [InlineData("The report was released in March.")]
    public void Pronouns_AndSentencesWithoutASpeaker_AreNoAttribution(string text)
    {
        Assert.Empty(Tag<AttributionMention>(text));
    }

    [Theory]
    [InlineData("NATO Secretary-General Jens Stoltenberg visited Kyiv.", "NATO Secretary-General Jens Stoltenberg", "NATO Secretary-General", "Jens Stoltenberg", false)]
    [InlineData("He met Russian Defense Minister Sergei Shoigu in Moscow.", "Russian Defense Minister Sergei Shoigu", "Russian Defense Minister", "Sergei Shoigu", false)]
    [InlineData("Kim greeted former President Donald Trump at the border.", "former President Donald Trump", "President", "Donald Trump", true)]
    [InlineData("The letter reached ex-Prime Minister Boris Johnson on Monday.", "ex-Prime Minister Boris Johnson", "Prime Minister", "Boris Johnson", true)]
    public void OfficeHolders_HaveTheirTitlePersonAndNegation(string text, string extent, string title, string person, bool former)
    {
        var mention = Assert.Single(Tag<OfficeHolderMention>(text));
        Assert.Equal((extent, title, person, former), (mention.Text, mention.Title, mention.Person, mention.Former));
        Assert.Equal(text.IndexOf(extent, StringComparison.Ordinal), mention.Span.Start);
    }

    [Theory]
    [InlineData("The president said nothing.")]
    [InlineData("The minister of the interior resigned.")]
    public void ATitleWithoutAName_IsNoOfficeHolder(string text)
    {
        Assert.Empty(Tag<OfficeHolderMention>(text));
    }

    [Theory]
    [InlineData("About 10,000 troops were deployed, according to a recent report from the British Ministry of Defense (MoD).", "a recent report from the British Ministry of Defense")]
    [InlineData("Both Kiev and Seoul estimate that 10,000 troops were sent.", "Kiev and Seoul")]
    public void LongerSpeakers_AreKeptWhole(string text, string source)
    {
        var attribution = Assert.Single(Tag<AttributionMention>(text));
        Assert.Equal(source, attribution.Source);
    }

    [Fact]
    public void AccordingToNoOneNamed_IsNoAttribution() =>
        Assert.Empty(Tag<AttributionMention>("According to estimates, around 2,000 soldiers were killed."));
}
