using Contradictions.Time;
using NodaTime;
using NodaTime.Text;

namespace Contradictions.Tests.Time;

public sealed class TimeExpressionResolverTests
{
    private static readonly TimeExpressionResolver Resolver = new();

    private static ResolvedTime Resolve(string text, string anchor)
    {
        var result = Resolver.Resolve(text, PartialDate.Parse(anchor).Value);
        Assert.True(result.Success, result.Error?.Message);
        return result.Value;
    }

    private static LocalDate? D(string? text) => text is null ? null : LocalDatePattern.Iso.Parse(text).Value;

    private static void AssertInterval(string? start, string? end, TimeInterval actual)
    {
        Assert.Equal(D(start), actual.Start);
        Assert.Equal(D(end), actual.End);
    }

    [Theory]
    [InlineData("2024-10-24", "2024-10-24", "2024-10-24", TimePrecision.Day)]
    [InlineData("2024-10", "2024-10-01", "2024-10-31", TimePrecision.Month)]
    [InlineData("2024", "2024-01-01", "2024-12-31", TimePrecision.Year)]
    [InlineData("October 24, 2024", "2024-10-24", "2024-10-24", TimePrecision.Day)]
    [InlineData("24 October 2024", "2024-10-24", "2024-10-24", TimePrecision.Day)]
    [InlineData("Oct. 9, 2025", "2025-10-09", "2025-10-09", TimePrecision.Day)]
    [InlineData("24th October 2024", "2024-10-24", "2024-10-24", TimePrecision.Day)]
    [InlineData("Friday, October 10, 2025", "2025-10-10", "2025-10-10", TimePrecision.Day)]
    [InlineData("October 2024", "2024-10-01", "2024-10-31", TimePrecision.Month)]
    [InlineData("in 2024", "2024-01-01", "2024-12-31", TimePrecision.Year)]
    public void Resolve_AbsoluteDates_GiveTheirCalendarPeriod(string text, string start, string end, TimePrecision precision)
    {
        var time = Resolve(text, "2025-10-10");
        AssertInterval(start, end, time.Reading);
        AssertInterval(start, end, time.Widest);
        Assert.Equal(time.Reading, time.Narrowest);
        Assert.Equal(precision, time.Precision);
        Assert.False(time.HasWeekdayMismatch);
    }

    [Theory]
    [InlineData("in September", "2025-09-01", "2025-09-30", TimePrecision.Month)]
    [InlineData("in October", "2025-10-01", "2025-10-31", TimePrecision.Month)]
    [InlineData("in November", "2024-11-01", "2024-11-30", TimePrecision.Month)]
    [InlineData("Aug. 7", "2025-08-07", "2025-08-07", TimePrecision.Day)]
    [InlineData("August 7", "2025-08-07", "2025-08-07", TimePrecision.Day)]
    [InlineData("October 11", "2024-10-11", "2024-10-11", TimePrecision.Day)]
    [InlineData("in January and February", "2025-01-01", "2025-02-28", TimePrecision.Month)]
    [InlineData("earlier this year", "2025-01-01", "2025-10-10", TimePrecision.Year)]
    [InlineData("later this year", "2025-10-10", "2025-12-31", TimePrecision.Year)]
    [InlineData("this year", "2025-01-01", "2025-12-31", TimePrecision.Year)]
    [InlineData("last year", "2024-01-01", "2024-12-31", TimePrecision.Year)]
    [InlineData("next year", "2026-01-01", "2026-12-31", TimePrecision.Year)]
    [InlineData("this month", "2025-10-01", "2025-10-31", TimePrecision.Month)]
    [InlineData("last month", "2025-09-01", "2025-09-30", TimePrecision.Month)]
    [InlineData("last week", "2025-09-29", "2025-10-05", TimePrecision.Week)]
    [InlineData("yesterday", "2025-10-09", "2025-10-09", TimePrecision.Day)]
    [InlineData("today", "2025-10-10", "2025-10-10", TimePrecision.Day)]
    [InlineData("on Friday", "2025-10-10", "2025-10-10", TimePrecision.Day)]
    [InlineData("late Wednesday", "2025-10-08", "2025-10-08", TimePrecision.Day)]
    [InlineData("last Friday", "2025-10-03", "2025-10-03", TimePrecision.Day)]
    [InlineData("two weeks ago", "2025-09-22", "2025-09-28", TimePrecision.Week)]
    [InlineData("three months ago", "2025-07-01", "2025-07-31", TimePrecision.Month)]
    [InlineData("the third quarter", "2025-07-01", "2025-09-30", TimePrecision.Quarter)]
    [InlineData("the fourth quarter", "2025-10-01", "2025-12-31", TimePrecision.Quarter)]
    [InlineData("Q3 2024", "2024-07-01", "2024-09-30", TimePrecision.Quarter)]
    [InlineData("the first quarter of 2025", "2025-01-01", "2025-03-31", TimePrecision.Quarter)]
    [InlineData("the first half of 2025", "2025-01-01", "2025-06-30", TimePrecision.HalfYear)]
    public void Resolve_RelativeExpressions_CountFromTheAnchor(string text, string start, string end, TimePrecision precision)
    {
        var time = Resolve(text, "2025-10-10");
        AssertInterval(start, end, time.Reading);
        AssertInterval(start, end, time.Widest);
        Assert.Equal(precision, time.Precision);
    }

    [Fact]
    public void Resolve_EarlierThisYear_SpansJanuaryFirstToAnchor()
    {
        var time = Resolve("earlier this year", "2025-10-10");
        AssertInterval("2025-01-01", "2025-10-10", time.Reading);
    }

    [Fact]
    public void Resolve_EarlierThisYear_WithMonthAnchor_ReachesTheEndOfThatMonth()
    {
        var time = Resolve("earlier this year", "2025-10");
        AssertInterval("2025-01-01", "2025-10-31", time.Reading);
        AssertInterval("2025-01-01", "2025-10-31", time.Widest);
    }

    [Fact]
    public void Resolve_MonthWithoutYear_AgainstYearAnchor_CoversEveryPossibleSeptember()
    {
        var time = Resolve("in September", "2025");
        AssertInterval("2024-09-01", "2025-09-30", time.Reading);
        Assert.Null(time.Narrowest);
    }

    [Fact]
    public void Resolve_Yesterday_AgainstMonthAnchor_IsAnyDayBeforeADayOfThatMonth()
    {
        var time = Resolve("yesterday", "2025-10");
        AssertInterval("2025-09-30", "2025-10-30", time.Reading);
        Assert.Null(time.Narrowest);
    }

    [Fact]
    public void Resolve_SinceNovember_IsASpanFromNovemberToTheAnchor()
    {
        var time = Resolve("since November", "2025-03-27");
        AssertInterval("2024-11-01", "2025-03-27", time.Reading);
        AssertInterval("2024-11-01", "2025-03-27", time.Widest);
        AssertInterval("2024-11-30", "2025-03-27", time.Narrowest!.Value);
        Assert.True(time.IsSpan);
    }

    [Fact]
    public void Resolve_SinceAtLeastNovember_LeavesTheWidestStartOpen()
    {
        var time = Resolve("since at least November", "2025-03-27");
        AssertInterval("2024-11-01", "2025-03-27", time.Reading);
        AssertInterval(null, "2025-03-27", time.Widest);
    }

    [Fact]
    public void Resolve_Since2023_StartsOnJanuaryFirst()
    {
        AssertInterval("2023-01-01", "2025-10-10", Resolve("since 2023", "2025-10-10").Reading);
    }

    [Theory]
    [InlineData("early 2025", "2025-01-01", "2025-04-30", "2025-01-01", "2025-06-30", "2025-01-01", "2025-02-28")]
    [InlineData("mid-2024", "2024-05-01", "2024-08-31", "2024-04-01", "2024-09-30", "2024-06-01", "2024-07-31")]
    [InlineData("late February", "2025-02-21", "2025-02-28", "2025-02-16", "2025-02-28", "2025-02-24", "2025-02-28")]
    [InlineData("end of 2024", "2024-12-01", "2024-12-31", "2024-10-01", "2024-12-31", "2024-12-31", "2024-12-31")]
    [InlineData("the end of the year", "2025-12-01", "2025-12-31", "2025-10-01", "2025-12-31", "2025-12-31", "2025-12-31")]
    [InlineData("beginning of 2025", "2025-01-01", "2025-01-31", "2025-01-01", "2025-03-31", "2025-01-01", "2025-01-01")]
    public void Resolve_PartsOfPeriods_HaveNestedReadings(string text, string start, string end, string widestStart, string widestEnd, string narrowStart, string narrowEnd)
    {
        var time = Resolve(text, "2025-03-27");
        AssertInterval(start, end, time.Reading);
        AssertInterval(widestStart, widestEnd, time.Widest);
        AssertInterval(narrowStart, narrowEnd, time.Narrowest!.Value);
        Assert.Equal(TimePrecision.Vague, time.Precision);
    }

    [Fact]
    public void Resolve_Recently_UsesTheConfiguredWindows()
    {
        var time = Resolve("recently", "2025-10-10");
        AssertInterval("2025-09-10", "2025-10-10", time.Reading);
        AssertInterval("2025-04-10", "2025-10-10", time.Widest);
        Assert.Null(time.Narrowest);

        var custom = new TimeExpressionResolver(new TimeResolutionOptions { Recently = Period.FromWeeks(2), RecentlyAtMost = Period.FromMonths(3) });
        var narrow = custom.Resolve("recently", new LocalDate(2025, 10, 10)).Value;
        AssertInterval("2025-09-26", "2025-10-10", narrow.Reading);
        AssertInterval("2025-07-10", "2025-10-10", narrow.Widest);
    }

    [Theory]
    [InlineData("as of late February", "2025-02-21", "2025-02-28")]
    [InlineData("by 2024-10-24", null, "2024-10-24")]
    [InlineData("until 2024-09-30", null, "2024-09-30")]
    [InlineData("before 2024", null, "2023-12-31")]
    [InlineData("after 2024-10-24", "2024-10-25", null)]
    [InlineData("from 2019-05-20 to 2024-05-20", "2019-05-20", "2024-05-20")]
    [InlineData("between 2024 and 2025", "2024-01-01", "2025-12-31")]
    [InlineData("2024-10-01/2024-12-31", "2024-10-01", "2024-12-31")]
    [InlineData("2024-10-01/..", "2024-10-01", null)]
    [InlineData("../2024-09-30", null, "2024-09-30")]
    public void Resolve_Bounds_OpenTheRightSide(string text, string? start, string? end)
    {
        AssertInterval(start, end, Resolve(text, "2025-03-27").Reading);
    }

    [Fact]
    public void Resolve_StatedWeekdayThatDoesNotMatch_IsReportedNotSwallowed()
    {
        var time = Resolve("Thursday, October 10, 2025", "2025-10-10");
        Assert.Equal(IsoDayOfWeek.Thursday, time.StatedWeekday);
        Assert.True(time.HasWeekdayMismatch);
        AssertInterval("2025-10-10", "2025-10-10", time.Reading);
    }

    [Theory]
    [InlineData("in Septembr", "Septembr")]
    [InlineData("late Febuary", "Febuary")]
    [InlineData("sometime soon", "sometime")]
    [InlineData("October 24 20245", "20245")]
    public void Resolve_UnknownWords_FailNamingThePart(string text, string fragment)
    {
        var result = Resolver.Resolve(text, new LocalDate(2025, 10, 10));
        Assert.False(result.Success);
        Assert.Equal(fragment, result.Error!.Fragment);
        Assert.Contains(fragment, result.Error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2025-02-30")]
    [InlineData("February 30, 2025")]
    [InlineData("February 29, 2025")]
    [InlineData("2025-13")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("Q5 2024")]
    [InlineData("from 2025 to 2024")]
    public void Resolve_ImpossibleOrEmpty_Fails(string text)
    {
        var result = Resolver.Resolve(text, new LocalDate(2025, 10, 10));
        Assert.False(result.Success);
        Assert.False(string.IsNullOrWhiteSpace(result.Error!.Message));
    }

    [Theory]
    [InlineData("after 9999-12-31")]
    [InlineData("tomorrow")]
    [InlineData("next year")]
    public void Resolve_PastTheEndOfTheCalendar_FailsInsteadOfThrowing(string text)
    {
        var result = Resolver.Resolve(text, new LocalDate(9999, 12, 31));
        Assert.False(result.Success);
        Assert.Contains("calendar", result.Error!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolve_TooLong_FailsWithoutParsing()
    {
        var result = Resolver.Resolve(new string('x', 201), new LocalDate(2025, 10, 10));
        Assert.False(result.Success);
        Assert.Contains("200", result.Error!.Message, StringComparison.Ordinal);
    }
}
