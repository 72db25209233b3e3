using Contradictions.Mentions;
using Contradictions.Time;
using NodaTime;
using NodaTime.Text;

namespace Contradictions.Tests.Mentions;

/// <summary>Time mentions in running text: extents and types as TIMEX3 draws them, values read in their sentence (issue 12).</summary>
public sealed class MentionTaggerTests
{
    private static readonly MentionTagger Tagger = new();
    private static readonly PartialDate Tuesday18March = PartialDate.FromDate(new LocalDate(2025, 3, 18));

    private static List<TimeMention> Tag(string text, PartialDate? published = null) =>
        [.. Tagger.Tag(text, published ?? Tuesday18March).OfType<TimeMention>()];

    private static TimeInterval I(string text)
    {
        var parts = text.Split("..");
        LocalDate Day(string s) => LocalDatePattern.Iso.Parse(s).Value;
        return parts.Length == 1 ? TimeInterval.ForDay(Day(parts[0])) : new TimeInterval(Day(parts[0]), Day(parts[1]));
    }

    [Theory]
    [InlineData("The pact was signed last week in Moscow.", "last week", "2025-03-10..2025-03-16")]
    [InlineData("Officials expect a deal by the end of the year, they said.", "the end of the year", "2025-12-01..2025-12-31")]
    [InlineData("The troops arrived two weeks ago.", "two weeks ago", "2025-03-03..2025-03-09")]
    [InlineData("Growth slowed in the third quarter of 2024 as orders fell.", "the third quarter of 2024", "2024-07-01..2024-09-30")]
    [InlineData("Fighting resumed on Monday, Oct. 26, 2024, near Kursk.", "Monday, Oct. 26, 2024", "2024-10-26")]
    [InlineData("The ministry gave its figures late yesterday.", "late yesterday", "2025-03-17")]
    [InlineData("Talks collapsed in early 2025 after a year of delays.", "early 2025", "2025-01-01..2025-04-30")]
    public void DateMentions_HaveTheirTimex3ExtentAndDays(string text, string expression, string days)
    {
        var mention = Tag(text).First();
        Assert.Equal((expression, TimeMentionType.Date), (mention.Text, mention.Type));
        Assert.Equal(text.IndexOf(expression, StringComparison.Ordinal), mention.Span.Start);
        Assert.Equal(mention.Span.Start + expression.Length, mention.Span.End);
        Assert.Equal(I(days), mention.Time!.Reading);
    }

    [Theory]
    [InlineData("The ministers met on Tuesday.", "2025-03-18")]
    [InlineData("The ministers will meet on Tuesday.", "2025-03-25")]
    [InlineData("The ministers met on Friday.", "2025-03-14")]
    [InlineData("The ministers will meet on Friday.", "2025-03-21")]
    [InlineData("The ministers met in April.", "2024-04-01..2024-04-30")]
    [InlineData("The ministers are expected to meet in April.", "2025-04-01..2025-04-30")]
    [InlineData("He said the talks will resume in June.", "2025-06-01..2025-06-30")]
    [InlineData("The company said Friday it will cut 500 jobs.", "2025-03-14")]
    [InlineData("Officials announced on Monday that talks will resume.", "2025-03-17")]
    public void TenseDecides_WhetherABareDayOrMonthIsPastOrComing(string text, string days)
    {
        Assert.Equal(I(days), Assert.Single(Tag(text)).Time!.Reading);
    }

    [Fact]
    public void Anaphors_ResolveAgainstTheLastDate_OrStayUnresolved()
    {
        var mentions = Tag("The treaty was signed on March 3, 2025. Parliament ratified it two days later. It entered into force the following week.");
        Assert.Equal(["March 3, 2025", "two days later", "the following week"], mentions.Select(m => m.Text));
        Assert.Equal(I("2025-03-05"), mentions[1].Time!.Reading);
        Assert.Equal(I("2025-03-10..2025-03-16"), mentions[2].Time!.Reading);

        var alone = Assert.Single(Tag("That day, nobody spoke."));
        Assert.Equal("That day", alone.Text);
        Assert.Null(alone.Time);
    }

    [Theory]
    [InlineData("The soldiers served for six weeks at a time.", "six weeks", TimeMentionType.Duration)]
    [InlineData("It is a five-year plan.", "five-year", TimeMentionType.Duration)]
    [InlineData("A 41-year history ended.", "41-year", TimeMentionType.Duration)]
    [InlineData("Reports come in every Monday.", "every Monday", TimeMentionType.Set)]
    [InlineData("The figures are published weekly.", "weekly", TimeMentionType.Set)]
    [InlineData("The launch came at 18:00 UTC near the border.", "18:00 UTC", TimeMentionType.Time)]
    [InlineData("Sirens sounded at 6:40 p.m. in the city.", "6:40 p.m", TimeMentionType.Time)]
    [InlineData("Prices rose in the past week.", "the past week", TimeMentionType.Duration)]
    public void DurationsAndSets_AreTypedAndHaveNoDays(string text, string expression, TimeMentionType type)
    {
        var mention = Assert.Single(Tag(text));
        Assert.Equal((expression, type), (mention.Text, mention.Type));
        if (type == TimeMentionType.Set || expression != "the past week")
        {
            Assert.Null(mention.Time);
        }
    }

    [Theory]
    [InlineData("Since November, the units have rotated.", "since", "November")]
    [InlineData("The deadline is until 2026.", "until", "2026")]
    public void SignalWords_AreKeptOutOfTheExtent_AndNamed(string text, string signal, string expression)
    {
        var mention = Assert.Single(Tag(text));
        Assert.Equal((expression, signal), (mention.Text, mention.Signal));
    }

    [Theory]
    [InlineData("About 2000 troops may march on the capital.")]
    [InlineData("The sun sat low; we may wed in a year or so.")]
    [InlineData("He scored 1,500 points.")]
    [InlineData("")]
    public void WordsThatOnlyLookLikeTimes_AreNotMentions(string text)
    {
        Assert.DoesNotContain(Tag(text), m => m.Type == TimeMentionType.Date && m.Text is "2000" or "march" or "may" or "sun" or "sat" or "wed" or "1,500" or "500");
    }

    [Theory]
    [InlineData("last June")]
    [InlineData("the weekend")]
    [InlineData("two weeks ago")]
    [InlineData("the past two weeks")]
    [InlineData("summer 2024")]
    [InlineData("October 24, 2024")]
    public void ResolveAndMentions_Agree_OnAnExpressionGivenAlone(string expression)
    {
        var resolved = new TimeExpressionResolver().Resolve(expression, Tuesday18March).Value;
        var mention = Assert.Single(Tag(expression));
        Assert.Equal((expression, resolved.Reading, resolved.Widest), (mention.Text, mention.Time!.Reading, mention.Time.Widest));
    }

    [Fact]
    public void HostileText_IsTaggedInLinearTime_WithoutErrors()
    {
        // A 2 MB line with no full stop, another script, controls and lone surrogates: an answer, never a hang or a crash.
        var line = string.Concat(Enumerable.Repeat("the last the next the end of 2024 ", 60_000));
        var mentions = Tag(line + "\u0000\uD800 Привет 2025年3月 \u202E");
        Assert.Equal(60_000, mentions.Count(m => m.Text == "the end of 2024"));
    }

    [Theory]
    [InlineData("They discussed Resolution 2231 and the sanctions.")]
    [InlineData("Airlines ordered the Boeing 2707 and others.")]
    public void ANumberRightAfterAName_IsNoYear(string text)
    {
        Assert.Empty(Tag(text));
    }

    [Theory]
    [InlineData("Deliveries run from 2009 to 2011, says the airline.", "2009|2011")]
    [InlineData("Then, between 2014 and 2016, it takes more jets.", "2014|2016")]
    [InlineData("Troops arrived in January and February.", "January|February")]
    public void TwoTimesJoined_AreTwoMentions_AsTimeMlMarksThem(string text, string expressions)
    {
        var mentions = Tag(text);
        Assert.Equal(expressions.Split('|'), mentions.Select(m => m.Text));
        Assert.All(mentions, m => Assert.NotNull(m.Time));
    }

    [Fact]
    public void TheEndsOfASpan_KeepTheirSignals() =>
        Assert.Equal(["from", "to"], Tag("Deliveries run from 2009 to 2011, says the airline.").Select(m => m.Signal));

    [Theory]
    [InlineData("Steve Jobs gave the keynote at WWDC 2005, in San Francisco.", "2005")]
    [InlineData("It breaches the 1991 settlement between them.", "1991")]
    [InlineData("The 2024 Comprehensive Strategic Partnership Treaty took effect.", "2024")]
    public void AYearNamingWhatFollowsOrEndingAName_IsAYear(string text, string year)
    {
        var mention = Assert.Single(Tag(text));
        Assert.Equal((year, TimeMentionType.Date), (mention.Text, mention.Type));
    }

    [Fact]
    public void TheCountOfAPluralNoun_AfterThe_IsNoYear() =>
        Assert.Empty(Tag("It sent the 2000 troops it had promised."));

    [Theory]
    [InlineData("It took several years to build.", "several years")]
    [InlineData("Five years after the crash, prices rose.", "Five years")]
    [InlineData("The talks have dragged on for years.", "years")]
    [InlineData("Prices fell over the decades.", "decades")]
    public void DurationsWithoutACountOrBeforeASignal_AreDurations(string text, string expression)
    {
        var mention = Assert.Single(Tag(text), m => m.Type == TimeMentionType.Duration);
        Assert.Equal(expression, mention.Text);
    }

    [Fact]
    public void APluralUnitAlone_IsNoDuration() =>
        Assert.DoesNotContain(Tag("Years of war left months of debris."), m => m.Type == TimeMentionType.Duration);
}
