using Contradictions.Time;
using NodaTime;

namespace Contradictions.Tests.Time;

public sealed class ResolvedTimeTests
{
    private static TimeInterval I(int y1, int m1, int d1, int y2, int m2, int d2) => new(new LocalDate(y1, m1, d1), new LocalDate(y2, m2, d2));

    [Fact]
    public void SurelyOverlaps_PointInsideTheNarrowestOfASpan_IsCertain()
    {
        var tenure = ResolvedTime.Exact(new TimeInterval(new LocalDate(2024, 10, 1), null), TimePrecision.Day, "from 2024-10-01");
        var november = new ResolvedTime(I(2024, 11, 1, 2024, 11, 30), I(2024, 11, 1, 2024, 11, 30), null, TimePrecision.Month, "2024-11");
        Assert.True(november.SurelyOverlaps(tenure));
        Assert.True(tenure.SurelyOverlaps(november));
    }

    [Fact]
    public void SurelyOverlaps_TwoPointsInTheSameMonth_IsNotCertain()
    {
        var a = new ResolvedTime(I(2025, 9, 1, 2025, 9, 30), I(2025, 9, 1, 2025, 9, 30), null, TimePrecision.Month, "September");
        var b = new ResolvedTime(I(2025, 9, 1, 2025, 9, 30), I(2025, 9, 1, 2025, 9, 30), null, TimePrecision.Month, "September");
        Assert.False(a.SurelyOverlaps(b));
    }

    [Fact]
    public void Constructor_ReadingOutsideWidest_Throws()
    {
        Assert.Throws<ArgumentException>(() => new ResolvedTime(I(2025, 1, 1, 2025, 12, 31), I(2025, 2, 1, 2025, 2, 28), null, TimePrecision.Year, "x"));
    }

    [Fact]
    public void TimeInterval_EndBeforeStart_Throws()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => new TimeInterval(new LocalDate(2025, 2, 1), new LocalDate(2025, 1, 1)));
        Assert.Equal("end", e.ParamName);
    }

    [Fact]
    public void TimeInterval_SharingOneDay_Overlaps_AndIsNotBefore()
    {
        var a = I(2021, 1, 20, 2025, 1, 20);
        var b = new TimeInterval(new LocalDate(2025, 1, 20), null);
        Assert.True(a.Overlaps(b));
        Assert.False(a.IsBefore(b));
        Assert.Equal(TimeInterval.ForDay(new LocalDate(2025, 1, 20)), a.Intersect(b));
    }
}
