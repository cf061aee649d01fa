using Accountability.Reports;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Accountability.Tests.Reports;

public class ChartScaleTests
{
    [Fact]
    public void Over_PositiveValues_StartsAtZeroAndEndsAtTheLargest()
    {
        ChartScale scale = ChartScale.Over([50m, 150m], 300m);

        Assert.Equal(0m, scale.Minimum);
        Assert.Equal(150m, scale.Maximum);
        Assert.Equal((0m, 100m), scale.Bar(50m));
        Assert.Equal((0m, 300m), scale.Bar(150m));
    }

    [Fact]
    public void Bar_NegativeValue_GrowsLeftOfTheZeroLine()
    {
        ChartScale scale = ChartScale.Over([-50m, 100m], 300m);

        Assert.Equal(100m, scale.Zero);
        Assert.Equal((0m, 100m), scale.Bar(-50m));
        Assert.Equal((100m, 200m), scale.Bar(100m));
    }

    [Fact]
    public void Bar_Zero_HasNoLength()
    {
        ChartScale scale = ChartScale.Over([0m, 10m], 100m);

        Assert.Equal((0m, 0m), scale.Bar(0m));
    }

    [Theory]
    [InlineData(new double[0])]
    [InlineData(new[] { 0d })]
    [InlineData(new[] { 0d, 0d, 0d })]
    public void Over_EmptyOrAllZero_IsZeroToOne(double[] values)
    {
        ChartScale scale = ChartScale.Over(values.Select(v => (decimal)v), 100m);

        Assert.Equal((0m, 1m), (scale.Minimum, scale.Maximum));
        Assert.Equal(0m, scale.Bar(0m).Size);
    }

    [Fact]
    public void Over_OneValue_FillsTheLength()
    {
        Assert.Equal((0m, 80m), ChartScale.Over([42.5m], 80m).Bar(42.5m));
        Assert.Equal((0m, 80m), ChartScale.Over([-3m], 80m).Bar(-3m));
    }

    [Fact]
    public void Position_OutsideTheDomain_IsClamped()
    {
        ChartScale scale = ChartScale.Over([10m], 100m);

        Assert.Equal(100m, scale.Position(1_000m));
        Assert.Equal(0m, scale.Position(-1_000m));
    }

    [Fact]
    public void Over_ZeroLength_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => ChartScale.Over([1m], 0m));

    [Property(MaxTest = 300)]
    public Property Bars_AreProportionalToTheirValues_WithinRounding()
    {
        Gen<decimal> value = Gen.Choose(-100_000, 100_000).Select(v => v / 100m);
        return Prop.ForAll(Gen.ListOf(value).Select(v => v.Take(50).ToArray()).Where(v => v.Length > 0).ToArbitrary(), values =>
        {
            ChartScale scale = ChartScale.Over(values, 400m);
            decimal perUnit = 400m / (scale.Maximum - scale.Minimum);
            return values.All(v =>
            {
                (decimal start, decimal size) = scale.Bar(v);
                return Math.Abs(size - (Math.Abs(v) * perUnit)) <= 0.011m && start >= 0m && start + size <= 400m;
            }).Label("every bar's length is |value| × length ÷ span, within the 0.01 the coordinates are rounded to");
        });
    }
}
