using Accountability.Scoring;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Accountability.Tests.Scoring;

public class ScoreScaleTests
{
    private static readonly ScoreScale Stars = new(1m, 5m);

    [Theory]
    [InlineData("1", "0")]
    [InlineData("4", "75")]
    [InlineData("4.5", "87.5")]
    [InlineData("5", "100")]
    public void ConvertTo_StarsToPercent_IsExact(string stars, string expected) =>
        Assert.Equal(
            decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture),
            Stars.ConvertTo(decimal.Parse(stars, System.Globalization.CultureInfo.InvariantCulture), ScoreScale.Percent));

    [Fact]
    public void ConvertTo_ScaleWithOtherMinimum_IsExact() =>
        Assert.Equal(2.5m, ScoreScale.Percent.ConvertTo(50m, new ScoreScale(1m, 4m)));

    [Fact]
    public void ConvertTo_OutsideScale_Throws()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Stars.ConvertTo(6m, ScoreScale.Percent));
        Assert.StartsWith("The value is outside the scale 1–5.", ex.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => new ScoreScale(5m, 5m));
        Assert.Throws<ArgumentNullException>(() => Stars.ConvertTo(3m, null!));
    }

    [Property(MaxTest = 300)]
    public Property ConvertTo_IsMonotoneAndKeepsEndpoints(int a, int b, PositiveInt width, int k1, int k2)
    {
        var from = new ScoreScale(a, a + width.Get);
        var to = new ScoreScale(b / 4m, (b / 4m) + 10m);
        decimal x = a + (Math.Abs(k1 % 1000) * width.Get / 1000m);
        decimal y = a + (Math.Abs(k2 % 1000) * width.Get / 1000m);
        decimal cx = from.ConvertTo(x, to);
        decimal cy = from.ConvertTo(y, to);
        bool monotone = x <= y ? cx <= cy : cx >= cy;
        bool ends = from.ConvertTo(from.Minimum, to) == to.Minimum && from.ConvertTo(from.Maximum, to) == to.Maximum;
        bool inside = cx >= to.Minimum && cx <= to.Maximum;
        return (monotone && ends && inside).Label($"{x}->{cx}, {y}->{cy}");
    }

    [Property(MaxTest = 300)]
    public Property ConvertTo_RoundTripsForGridValues(int quarterSteps)
    {
        // Quarter-star values on 1–5 map to exact percentages and back.
        decimal stars = 1m + (Math.Abs(quarterSteps % 17) / 4m);
        decimal percent = Stars.ConvertTo(stars, ScoreScale.Percent);
        return (ScoreScale.Percent.ConvertTo(percent, Stars) == stars).Label($"{stars} -> {percent}");
    }
}
