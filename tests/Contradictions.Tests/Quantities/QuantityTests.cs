using Contradictions.Quantities;

namespace Contradictions.Tests.Quantities;

public sealed class QuantityTests
{
    private static readonly TolerancePolicy Policy = new();
    private static readonly Unit Item = UnitCatalog.Item;

    private static NumericInterval Interval(Qualifier qualifier, decimal amount, QuantityReading reading = QuantityReading.Default) =>
        Quantity.From(amount, qualifier, Item).ToInterval(Policy, reading);

    [Fact]
    public void Exact_DefaultReading_IsThePoint()
    {
        Assert.Equal(NumericInterval.Point(400m), Interval(Qualifier.Exact, 400m));
    }

    [Fact]
    public void Exact_WidestReading_AllowsForRoundingOfTheLastNonZeroDigit()
    {
        Assert.Equal(new NumericInterval(4650m, 4750m), Interval(Qualifier.Exact, 4700m, QuantityReading.Widest));
        Assert.Equal(new NumericInterval(11_500_000m, 12_500_000m), Interval(Qualifier.Exact, 12_000_000m, QuantityReading.Widest));
        Assert.Equal(new NumericInterval(4696.5m, 4697.5m), Interval(Qualifier.Exact, 4697m, QuantityReading.Widest));
    }

    [Fact]
    public void Exact_WidestReading_WithRoundingDisabled_IsThePoint()
    {
        var policy = new TolerancePolicy { RoundFiguresMayBeRounded = false };
        Assert.Equal(NumericInterval.Point(4700m), Quantity.From(4700m, Qualifier.Exact, Item).ToInterval(policy, QuantityReading.Widest));
    }

    [Fact]
    public void Approximately_UsesTheDefaultAndWidestTolerances()
    {
        Assert.Equal(new NumericInterval(9900m, 12100m), Interval(Qualifier.Approximately, 11000m));
        Assert.Equal(new NumericInterval(8250m, 13750m), Interval(Qualifier.Approximately, 11000m, QuantityReading.Widest));
    }

    [Fact]
    public void Approximately_IsConfigurable()
    {
        var policy = new TolerancePolicy { Approximately = 0.05m };
        Assert.Equal(new NumericInterval(1900m, 2100m), Quantity.From(2000m, Qualifier.Approximately, Item).ToInterval(policy));
    }

    [Fact]
    public void Bounds_AreHalfOpenOrClosedAsStated()
    {
        Assert.Equal(new NumericInterval(3000m, null), Interval(Qualifier.AtLeast, 3000m));
        Assert.Equal(new NumericInterval(10000m, null, lowerOpen: true), Interval(Qualifier.MoreThan, 10000m));
        Assert.Equal(new NumericInterval(0m, 5000m), Interval(Qualifier.AtMost, 5000m));
        Assert.Equal(new NumericInterval(0m, 100m, upperOpen: true), Interval(Qualifier.LessThan, 100m));
        Assert.Equal(new NumericInterval(1900m, 2000m), Interval(Qualifier.Nearly, 2000m));
        Assert.Equal(new NumericInterval(1700m, 2000m), Interval(Qualifier.Nearly, 2000m, QuantityReading.Widest));
    }

    [Fact]
    public void MoreThan_DoesNotOverlapAtMostTheSameAmount()
    {
        Assert.False(Interval(Qualifier.MoreThan, 100m).Overlaps(Interval(Qualifier.AtMost, 100m)));
        Assert.True(Interval(Qualifier.AtLeast, 100m).Overlaps(Interval(Qualifier.AtMost, 100m)));
    }

    [Fact]
    public void ToInterval_ConvertsIntoTheTargetUnit()
    {
        Assert.True(UnitCatalog.Default.TryGetUnit("mi", out var mile));
        Assert.True(UnitCatalog.Default.TryGetUnit("km", out var km));
        var interval = Quantity.From(10m, Qualifier.Exact, mile).ToInterval(Policy, target: km);
        Assert.Equal(NumericInterval.Point(16.09344m), interval);
    }

    [Fact]
    public void ToInterval_IntoAnotherDimension_Throws()
    {
        Assert.True(UnitCatalog.Default.TryGetUnit("km", out var km));
        Assert.Throws<InvalidOperationException>(() => Quantity.From(10m, Qualifier.Exact, km).ToInterval(Policy, target: Item));
    }

    [Fact]
    public void Currencies_DoNotConvertIntoEachOther()
    {
        Assert.True(UnitCatalog.Default.TryGetUnit("USD", out var usd));
        Assert.True(UnitCatalog.Default.TryGetUnit("EUR", out var eur));
        Assert.Equal(usd.Dimension, eur.Dimension);
        Assert.False(usd.CanConvertTo(eur));
    }

    [Fact]
    public void Percent_ConvertsToRatio()
    {
        Assert.True(UnitCatalog.Default.TryGetUnit("%", out var percent));
        Assert.Equal(0.5m, percent.Convert(50m, UnitCatalog.Ratio));
    }

    [Fact]
    public void NegativeAmounts_AreRejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Quantity.From(-1m, Qualifier.Exact, Item));
        Assert.Throws<ArgumentOutOfRangeException>(() => Quantity.Between(5m, 3m, Item));
    }

    [Fact]
    public void Sum_OfIntervals_AddsTheEnds()
    {
        var sum = Interval(Qualifier.Approximately, 400m).Plus(NumericInterval.Point(3600m));
        Assert.Equal(new NumericInterval(3960m, 4040m), sum);
    }

    [Fact]
    public void ToString_NamesWhatWasCounted_AndNeverTheUnitIdItem()
    {
        Assert.Equal("approximately 11000", Quantity.From(11000m, Qualifier.Approximately, Item).ToString());
        Assert.Equal("between 6858 and 7824", Quantity.Between(6858m, 7824m, Item).ToString());
        Assert.Equal("approximately 11000 soldiers", Quantity.From(11000m, Qualifier.Approximately, Item).WithNoun("soldiers").ToString());
        Assert.Equal("at least 2 USD", Quantity.From(2m, Qualifier.AtLeast, Usd()).ToString());
    }

    private static Unit Usd() => UnitCatalog.Default.TryGetUnit("USD", out var usd) ? usd : throw new InvalidOperationException("USD is a built-in unit.");
}
