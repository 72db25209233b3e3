using Contradictions.Time;
using NodaTime;

namespace Contradictions.Tests.Time;

public sealed class PartialDateTests
{
    [Theory]
    [InlineData("2025-10-10", TimePrecision.Day, 2025, 10, 10, 2025, 10, 10)]
    [InlineData("2025-10", TimePrecision.Month, 2025, 10, 1, 2025, 10, 31)]
    [InlineData("2024-02", TimePrecision.Month, 2024, 2, 1, 2024, 2, 29)]
    [InlineData("2025", TimePrecision.Year, 2025, 1, 1, 2025, 12, 31)]
    public void Parse_EachPrecision_KnowsItsEarliestAndLatestDay(string text, TimePrecision precision, int y1, int m1, int d1, int y2, int m2, int d2)
    {
        var date = PartialDate.Parse(text).Value;
        Assert.Equal(precision, date.Precision);
        Assert.Equal(new LocalDate(y1, m1, d1), date.Earliest);
        Assert.Equal(new LocalDate(y2, m2, d2), date.Latest);
        Assert.Equal(text, date.ToString());
    }

    [Theory]
    [InlineData("2025-02-30")]
    [InlineData("2025-00")]
    [InlineData("25-10-10")]
    [InlineData("2025/10/10")]
    [InlineData("October 2025")]
    [InlineData("")]
    [InlineData("2025-1-01")]
    [InlineData("2025-10-1")]
    [InlineData("2025-10-10-01")]
    [InlineData("2025--10")]
    [InlineData("2025-10-")]
    [InlineData("+025")]
    [InlineData("0000")]
    [InlineData("٢٠٢٥")]
    [InlineData("2025-1x")]
    public void Parse_Invalid_FailsWithAMessage(string text)
    {
        var result = PartialDate.Parse(text);
        Assert.False(result.Success);
        Assert.Throws<FormatException>(() => result.Value);
    }

    [Fact]
    public void Parse_SurroundingWhitespace_IsIgnored() =>
        Assert.Equal(PartialDate.Parse("2025-10").Value, PartialDate.Parse(" 2025-10\t").Value);
}
