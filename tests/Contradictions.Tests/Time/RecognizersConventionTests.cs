using Contradictions.Time;
using NodaTime;
using NodaTime.Text;

namespace Contradictions.Tests.Time;

/// <summary>
/// Cases from Microsoft Recognizers-Text's English date-period specs (reference date Monday 7 November 2016; their end
/// dates are exclusive, written here inclusive). Where the conventions agree the reading must be theirs; where they
/// differ, the test states ours and that theirs lies within our widest reading (docs/time-expressions.md says why).
/// </summary>
public sealed class RecognizersConventionTests
{
    private static readonly LocalDate Reference = new(2016, 11, 7);

    private static ResolvedTime Resolve(string text)
    {
        var result = new TimeExpressionResolver().Resolve(text, Reference);
        Assert.True(result.Success, result.Error?.Message);
        return result.Value;
    }

    private static TimeInterval I(string start, string end) =>
        new(LocalDatePattern.Iso.Parse(start).Value, LocalDatePattern.Iso.Parse(end).Value);

    [Theory]
    [InlineData("this week", "2016-11-07", "2016-11-13")]
    [InlineData("current week", "2016-11-07", "2016-11-13")]
    [InlineData("coming week", "2016-11-14", "2016-11-20")]
    [InlineData("this weekend", "2016-11-12", "2016-11-13")]
    [InlineData("this September", "2016-09-01", "2016-09-30")]
    [InlineData("next june", "2017-06-01", "2017-06-30")]
    [InlineData("February", "2016-02-01", "2016-02-29")]
    [InlineData("june 2016", "2016-06-01", "2016-06-30")]
    [InlineData("next year", "2017-01-01", "2017-12-31")]
    [InlineData("past few days", "2016-11-04", "2016-11-07")]
    public void WhereTheConventionsAgree_TheReadingIsTheirs(string text, string start, string end)
    {
        Assert.Equal(I(start, end), Resolve(text).Reading);
    }

    [Theory]
    [InlineData("last sept", "2016-09-01", "2016-09-30", "2015-09-01", "2015-09-30")]
    [InlineData("the weekend", "2016-11-05", "2016-11-06", "2016-11-12", "2016-11-13")]
    public void WhereTheyDiffer_OursIsDocumented(string text, string oursStart, string oursEnd, string theirsStart, string theirsEnd)
    {
        var time = Resolve(text);
        Assert.Equal(I(oursStart, oursEnd), time.Reading);
        if (text == "last sept")
        {
            // "last September" in November may be the one just gone or the year before's: both are kept, theirs at widest.
            Assert.True(time.Widest.Contains(I(theirsStart, theirsEnd)));
        }
        else
        {
            // A bare "the weekend" in news is the one just gone; they read the coming one. The tagger of issue 12 reads tense.
            Assert.False(time.Reading.Overlaps(I(theirsStart, theirsEnd)));
        }
    }
}
