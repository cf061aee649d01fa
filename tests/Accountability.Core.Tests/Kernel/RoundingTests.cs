namespace Accountability.Tests.Kernel;

public class RoundingTests
{
    [Theory]
    [InlineData("2.5", 0, "3")]
    [InlineData("-2.5", 0, "-3")]
    [InlineData("87.125", 2, "87.13")]
    [InlineData("87.124", 2, "87.12")]
    public void Round_UsesHalfAwayFromZero(string value, int decimals, string expected)
    {
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), Rounding.Round(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture), decimals));
    }

    [Fact]
    public void Format_IsInvariantWithFixedPlaces()
    {
        Assert.Equal("1234.50", Rounding.Format(1234.5m));
        Assert.Equal("33.3", Rounding.Format(100m / 3m, 1));
    }

    [Fact]
    public void Round_DecimalsOutOfRange_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Rounding.Round(1m, 29));
        Assert.Throws<ArgumentOutOfRangeException>(() => Rounding.Round(1m, -1));
    }
}
