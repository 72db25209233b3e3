using Contradictions.Time;
using NodaTime;
using NodaTime.Text;

namespace Contradictions.Tests.Time;

/// <summary>
/// The phrase families of wire copy, each with its three readings, against Tuesday 18 March 2025 unless a test says
/// otherwise (its week runs from Monday 17 to Sunday 23 March). The expected intervals are the conventions of
/// <c>docs/time-expressions.md</c>, worked out by hand.
/// </summary>
public sealed class TimeExpressionFamilyTests
{
    private static readonly TimeExpressionResolver Resolver = new();

    private static ResolvedTime Resolve(string text, string anchor = "2025-03-18")
    {
        var result = Resolver.Resolve(text, PartialDate.Parse(anchor).Value);
        Assert.True(result.Success, result.Error?.Message);
        return result.Value;
    }

    private static TimeInterval? I(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var parts = text.Split("..");
        LocalDate? Day(string s) => s.Length == 0 ? null : LocalDatePattern.Iso.Parse(s).Value;
        return parts.Length == 1 ? TimeInterval.ForDay(Day(parts[0])!.Value) : new TimeInterval(Day(parts[0]), Day(parts[1]));
    }

    private static void AssertReadings(ResolvedTime time, string reading, string widest, string? narrowest)
    {
        Assert.Equal((I(reading), I(widest), I(narrowest)), ((TimeInterval?)time.Reading, (TimeInterval?)time.Widest, time.Narrowest));
    }

    [Theory]
    [InlineData("in the past week", "2025-03-11..2025-03-18", "2025-03-10..2025-03-18", "2025-03-11..2025-03-16")]
    [InlineData("the past two weeks", "2025-03-04..2025-03-18", "2025-03-03..2025-03-18", "2025-03-04..2025-03-16")]
    [InlineData("over the past fortnight", "2025-03-04..2025-03-18", "2025-03-03..2025-03-18", "2025-03-04..2025-03-16")]
    [InlineData("in the last 10 days", "2025-03-08..2025-03-18", "2025-03-08..2025-03-18", "2025-03-08..2025-03-17")]
    [InlineData("the past three months", "2024-12-18..2025-03-18", "2024-12-01..2025-03-18", "2024-12-18..2025-02-28")]
    [InlineData("the past few days", "2025-03-15..2025-03-18", "2025-03-11..2025-03-18", null)]
    [InlineData("in recent days", "2025-03-11..2025-03-18", "2025-03-04..2025-03-18", null)]
    [InlineData("in recent weeks", "2025-02-18..2025-03-18", "2024-12-18..2025-03-18", null)]
    public void PastWindows_EndOnTheAnchor(string text, string reading, string widest, string? narrowest)
    {
        AssertReadings(Resolve(text), reading, widest, narrowest);
    }

    [Theory]
    [InlineData("the weekend", "2025-03-18", "2025-03-15..2025-03-16")]
    [InlineData("over the weekend", "2025-03-18", "2025-03-15..2025-03-16")]
    [InlineData("the weekend", "2025-03-23", "2025-03-22..2025-03-23")]
    [InlineData("last weekend", "2025-03-18", "2025-03-15..2025-03-16")]
    [InlineData("last weekend", "2025-03-23", "2025-03-15..2025-03-16")]
    [InlineData("this weekend", "2025-03-18", "2025-03-22..2025-03-23")]
    [InlineData("next weekend", "2025-03-22", "2025-03-29..2025-03-30")]
    public void Weekends_AreSaturdayAndSunday(string text, string anchor, string reading)
    {
        AssertReadings(Resolve(text, anchor), reading, reading, reading);
    }

    [Fact]
    public void NextWeekend_OnAWeekday_MayBeThisComingOneOrTheOneAfter()
    {
        AssertReadings(Resolve("next weekend"), "2025-03-22..2025-03-23", "2025-03-22..2025-03-30", null);
    }

    [Theory]
    [InlineData("this morning", "2025-03-18")]
    [InlineData("this afternoon", "2025-03-18")]
    [InlineData("earlier today", "2025-03-18")]
    [InlineData("late yesterday", "2025-03-17")]
    [InlineData("yesterday afternoon", "2025-03-17")]
    [InlineData("earlier Sunday", "2025-03-16")]
    [InlineData("Sunday evening", "2025-03-16")]
    [InlineData("so far", "2025-03-18")]
    [InlineData("to date", "2025-03-18")]
    [InlineData("now", "2025-03-18")]
    [InlineData("twenty-one days ago", "2025-02-25")]
    [InlineData("so far this year", "2025-01-01..2025-03-18")]
    [InlineData("year to date", "2025-01-01..2025-03-18")]
    [InlineData("this Friday", "2025-03-21")]
    [InlineData("last Tuesday", "2025-03-11")]
    [InlineData("next Tuesday", "2025-03-25")]
    [InlineData("last June", "2024-06-01..2024-06-30")]
    [InlineData("this May", "2025-05-01..2025-05-31")]
    public void PartsOfTheDayAndNamedDays_AreExact(string text, string reading)
    {
        AssertReadings(Resolve(text), reading, reading, reading);
    }

    [Theory]
    [InlineData("last night", "2025-03-17", "2025-03-17..2025-03-18")]
    [InlineData("overnight", "2025-03-17", "2025-03-17..2025-03-18")]
    [InlineData("tonight", "2025-03-18", "2025-03-18..2025-03-19")]
    public void Nights_FallOnOneOfTwoDays(string text, string reading, string widest)
    {
        AssertReadings(Resolve(text), reading, widest, null);
    }

    [Theory]
    [InlineData("last Tuesday", "2025-03-19", "2025-03-18", "2025-03-11..2025-03-18")]
    [InlineData("last Monday", "2025-03-19", "2025-03-17", "2025-03-10..2025-03-17")]
    [InlineData("next Thursday", "2025-03-18", "2025-03-20", "2025-03-20..2025-03-27")]
    [InlineData("last June", "2025-07-10", "2025-06-01..2025-06-30", "2024-06-01..2025-06-30")]
    [InlineData("next December", "2025-07-10", "2025-12-01..2025-12-31", "2025-12-01..2026-12-31")]
    [InlineData("next June", "2025-03-18", "2025-06-01..2025-06-30", "2025-06-01..2026-06-30")]
    [InlineData("a fortnight ago", "2025-03-18", "2025-03-03..2025-03-09", "2025-03-03..2025-03-09")]
    public void LastAndNext_InTheAnchorsOwnWeekOrYear_HaveTwoReadings_AndAgoNoCertainDay(string text, string anchor, string reading, string widest)
    {
        AssertReadings(Resolve(text, anchor), reading, widest, null);
    }

    [Theory]
    [InlineData("summer 2024", "2025-03-18", "2024-06-01..2024-08-31", "2024-06-01..2024-09-23", "2024-06-22..2024-08-31")]
    [InlineData("the summer of 2024", "2025-03-18", "2024-06-01..2024-08-31", "2024-06-01..2024-09-23", "2024-06-22..2024-08-31")]
    [InlineData("last spring", "2025-03-18", "2024-03-01..2024-05-31", "2024-03-01..2024-06-21", "2024-03-21..2024-05-31")]
    [InlineData("last spring", "2025-07-01", "2025-03-01..2025-05-31", "2025-03-01..2025-06-21", "2025-03-21..2025-05-31")]
    [InlineData("this winter", "2025-01-10", "2024-12-01..2025-02-28", "2024-12-01..2025-03-20", "2024-12-23..2025-02-28")]
    [InlineData("in the autumn", "2025-10-10", "2025-09-01..2025-11-30", "2025-09-01..2025-12-22", "2025-09-24..2025-11-30")]
    [InlineData("the summer", "2025-03-18", "2024-06-01..2024-08-31", "2024-06-01..2024-09-23", "2024-06-22..2024-08-31")]
    [InlineData("next summer", "2025-07-01", "2026-06-01..2026-08-31", "2026-06-01..2026-09-23", "2026-06-22..2026-08-31")]
    public void Seasons_AreMeteorologicalWithTheAstronomicalAtWidest(string text, string anchor, string reading, string widest, string narrowest)
    {
        AssertReadings(Resolve(text, anchor), reading, widest, narrowest);
    }

    [Fact]
    public void WinterOfAYear_IsTheOneEndingInIt_AndAtWidestTheOneStartingInIt()
    {
        AssertReadings(Resolve("winter 2024"), "2023-12-01..2024-02-29", "2023-12-01..2025-03-20", null);
    }

    [Theory]
    [InlineData("until today", "..2025-03-18", "2025-03-18")]
    [InlineData("until 2025-03-01", "..2025-03-01", "2025-03-01")]
    [InlineData("from 2025-03-14", "2025-03-14..", "2025-03-14..2025-03-18")]
    [InlineData("from 2024-10-01 to 2025-02-01", "2024-10-01..2025-02-01", "2024-10-01..2025-02-01")]
    public void OpenEnds_AreOpenAtWidestAndClosedAtTheKnownDateInTheNarrowest(string text, string reading, string narrowest)
    {
        var time = Resolve(text);
        Assert.True(time.IsSpan);
        AssertReadings(time, reading, reading, narrowest);
    }

    [Theory]
    [InlineData("in Septmber", "Septmber", "september")]
    [InlineData("last Tuseday", "Tuseday", "tuesday")]
    [InlineData("the past two weks", "weks", "weeks")]
    [InlineData("summer 20245", "20245", null)]
    [InlineData("a fortnigt ago", "fortnigt", "fortnight")]
    public void UnreadableExpressions_NameTheWordAndTheFormThatWouldWork(string text, string fragment, string? suggestion)
    {
        var result = Resolver.Resolve(text, new LocalDate(2025, 3, 18));
        Assert.False(result.Success);
        Assert.Equal(fragment, result.Error!.Fragment);
        if (suggestion is null)
        {
            Assert.DoesNotContain("did you mean", result.Error.Message, StringComparison.Ordinal);
        }
        else
        {
            Assert.EndsWith($"did you mean '{suggestion}'?", result.Error.Message, StringComparison.Ordinal);
        }
    }
}
