using Contradictions.Checking;
using Contradictions.Time;
using NodaTime;

namespace Contradictions.Tests.Checking;

public sealed class DayRangeTests
{
    [Fact]
    public void DayNumbers_AreThoseOfDateOnly_FromTheFirstYearToTheLast()
    {
        // Every day of four centuries around the leap rules, and a sample of all others the format can hold.
        var days = Enumerable.Range(0, 146_097 + 1).Select(d => new LocalDate(1899, 12, 1).PlusDays(d))
            .Concat(Enumerable.Range(0, 3_650).Select(d => new LocalDate(1, 1, 1).PlusDays(d * 1_000)).Where(d => d.Year < 9999));
        foreach (var day in days)
        {
            var range = DayRange.Of(TimeInterval.ForDay(day));
            Assert.Equal((long)day.ToDateOnly().DayNumber, range.Start);
            Assert.Equal(range.Start, range.End);
        }
    }

    [Fact]
    public void OpenSides_AreTheExtremes_AndTheRangeMustBeInOrder()
    {
        var open = DayRange.Of(TimeInterval.Unbounded);
        Assert.Equal((long.MinValue, long.MaxValue), (open.Start, open.End));
        Assert.True(open.Overlaps(new DayRange(5, 5)));
        Assert.Equal(new Contradictions.Quantities.NumericInterval(null, null), open.AsNumbers());
        Assert.True(new DayRange(1, 2).IsBefore(new DayRange(3, 3)));
        Assert.Throws<ArgumentOutOfRangeException>(() => new DayRange(3, 2));
    }
}
